#include "SignerFields.h"

#include "common/FileDialog.h"
#include "queries/PeopleQuery.h"
#include "util/UtcTime.h"
#include "workspace/SigningCeremony.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cs::ui {

namespace {
QLineEdit* field(QWidget* parent, const char* name, bool secret)
{
    auto* f = new QLineEdit(parent);
    f->setObjectName(QLatin1String(name));
    if (secret) {
        f->setEchoMode(QLineEdit::Password);
    }
    return f;
}

SecretBytes takeSecret(QLineEdit* f)
{
    QByteArray bytes = f->text().toUtf8();
    f->clear();
    return SecretBytes::take(bytes);
}
} // namespace

SignerFields::SignerFields(QWidget* dialog, QFormLayout* form)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_username(field(dialog, "username", false))
    , m_password(field(dialog, "password", true))
    , m_file(field(dialog, "pkcs12", false))
    , m_passphrase(field(dialog, "passphrase", true))
{
    form->addRow(tr("&User ID:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    auto* browse = new QPushButton(tr("&Browse…"), dialog);
    fileRow->addWidget(browse);
    // A row holding a layout gets no buddy from addRow: the label needs one for its mnemonic.
    auto* fileLabel = new QLabel(tr("PKCS#12 &file:"), dialog);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("Pa&ssphrase:"), m_passphrase);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(m_dialog, tr("Your PKCS#12 file"),
                                                      tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
        if (!path.isEmpty()) {
            m_file->setText(path);
        }
    });
}

void SignerFields::take(SignRequest& request)
{
    request.username = m_username->text().trimmed();
    request.password = takeSecret(m_password);
    request.pkcs12Path = m_file->text();
    request.passphrase = takeSecret(m_passphrase);
}

QLabel* SignerFields::addFoot(QDialog* dialog, QBoxLayout* layout, const QString& acceptText,
                              const std::function<void()>& attempt)
{
    auto* message = new QLabel(dialog);
    message->setWordWrap(true);
    message->setObjectName(QStringLiteral("message"));
    message->setStyleSheet(QStringLiteral("color: #a40000;"));
    message->hide();
    layout->addWidget(message);
    auto* buttons = new QDialogButtonBox(dialog);
    buttons->addButton(acceptText, QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("sign"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, attempt);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return message;
}

void SignerFields::clearSecrets()
{
    m_password->clear();
    m_passphrase->clear();
}

QString SignerFields::certificateHtml(Workspace& workspace, const QString& username)
{
    auto certificates = PeopleQuery(workspace).certificates(username);
    if (certificates && !certificates->isEmpty()) {
        const EnrolledCertificate& c = certificates->last();
        return tr("<p><b>Your certificate</b><br>%1<br>issued by %2, valid until %3</p>")
            .arg(c.subject.toHtmlEscaped(), c.issuer.toHtmlEscaped(), UtcTime::formatMsString(c.notAfterMs).left(10));
    }
    return tr("<p style='color:#a40000'><b>You have no enrolled certificate.</b> Enroll one before signing "
              "(countersign-cli cert enroll).</p>");
}

} // namespace cs::ui
