#include "SignDialog.h"

#include "common/FileDialog.h"
#include "queries/AuditQuery.h"
#include "queries/PeopleQuery.h"
#include "queries/SignatureQuery.h"
#include "signing/SignableRecords.h"
#include "signing/SignaturePolicy.h"
#include "util/UtcTime.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cs::ui {

namespace {
SecretBytes takeSecret(QLineEdit* field)
{
    QByteArray bytes = field->text().toUtf8();
    field->clear();
    return SecretBytes::take(bytes);
}

QLineEdit* secretField(QWidget* parent, const char* name)
{
    auto* field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    field->setObjectName(QLatin1String(name));
    return field;
}
} // namespace

SignDialog::SignDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_record(new QComboBox(this))
    , m_meaning(new QComboBox(this))
    , m_preview(new QTextBrowser(this))
    , m_reason(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(secretField(this, "password"))
    , m_file(new QLineEdit(this))
    , m_passphrase(secretField(this, "passphrase"))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Sign a Record"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_username->setObjectName(QStringLiteral("username"));
    m_file->setObjectName(QStringLiteral("pkcs12"));
    auto* layout = new QVBoxLayout(this);
    auto* what = new QFormLayout;
    what->addRow(tr("&Record:"), m_record);
    what->addRow(tr("&Meaning:"), m_meaning);
    layout->addLayout(what);
    m_preview->setMinimumHeight(190);
    layout->addWidget(m_preview, 1);
    auto* who = new QFormLayout;
    who->addRow(tr("R&eason:"), m_reason);
    who->addRow(tr("&User ID:"), m_username);
    who->addRow(tr("&Password:"), m_password);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(browse);
    who->addRow(tr("PKCS#12 &file:"), fileRow);
    who->addRow(tr("Pa&ssphrase:"), m_passphrase);
    layout->addLayout(who);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Sign"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("sign"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &SignDialog::chooseFile);

    // The records that can be signed (audit-trail reviews so far), newest first.
    auto reviews = AuditQuery(workspace).reviews();
    if (reviews) {
        for (auto it = reviews->crbegin(); it != reviews->crend(); ++it) {
            m_record->addItem(tr("Audit-trail review %1 (events %2–%3, %4)")
                                  .arg(it->id)
                                  .arg(it->fromSeq)
                                  .arg(it->toSeq)
                                  .arg(it->reviewer),
                              QStringList {QStringLiteral("audit-review"), QString::number(it->id)});
        }
    }
    if (const SignaturePolicy* policy = SignaturePolicies::forType(u"audit-review")) {
        for (const MeaningRule& rule : policy->rules) {
            m_meaning->addItem(displayNameOf(rule.meaning), nameOf(rule.meaning));
        }
    }
    connect(m_record, &QComboBox::currentIndexChanged, this, &SignDialog::updatePreview);
    connect(m_meaning, &QComboBox::currentIndexChanged, this, &SignDialog::updatePreview);
    resize(640, 640);
    updatePreview();
    m_reason->setFocus();
}

void SignDialog::selectRecord(const QString& type, const QString& id)
{
    const int index = m_record->findData(QStringList {type, id});
    if (index >= 0) {
        m_record->setCurrentIndex(index);
    }
}

void SignDialog::updatePreview()
{
    const QStringList ref = m_record->currentData().toStringList();
    auto user = m_workspace.currentUser();
    if (ref.size() != 2 || !user) {
        m_preview->setHtml(tr("<p>There is no record to sign.</p>"));
        return;
    }
    auto record = SignatureQuery(m_workspace).record(ref.at(0), ref.at(1));
    if (!record) {
        m_preview->setHtml(record.error().message.toHtmlEscaped());
        return;
    }
    const auto meaning = enumFromName<Meaning>(m_meaning->currentData().toString()).value_or(Meaning::Reviewed);
    QString html = tr("<p><b>What you sign</b><br>%1<br>SHA-256 of its content: <code>%2</code></p>")
                       .arg(record->summary.toHtmlEscaped(), record->contentSha256().value_or({}));
    html += tr("<p><b>You attest</b><br><i>%1</i></p>").arg(meaningStatement(meaning, user->fullName).toHtmlEscaped());
    auto certificates = PeopleQuery(m_workspace).certificates(user->username);
    if (certificates && !certificates->isEmpty()) {
        const EnrolledCertificate& c = certificates->last();
        html += tr("<p><b>Your certificate</b><br>%1<br>issued by %2, valid until %3</p>")
                    .arg(c.subject.toHtmlEscaped(), c.issuer.toHtmlEscaped(),
                         UtcTime::formatMsString(c.notAfterMs).left(10));
    } else {
        html += tr("<p style='color:#a40000'><b>You have no enrolled certificate.</b> Enroll one before signing "
                   "(countersign-cli cert enroll).</p>");
    }
    m_preview->setHtml(html);
}

void SignDialog::chooseFile()
{
    const QString path =
        FileDialog::openFileName(this, tr("Your PKCS#12 file"), tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
    if (!path.isEmpty()) {
        m_file->setText(path);
    }
}

void SignDialog::attempt()
{
    const QStringList ref = m_record->currentData().toStringList();
    if (ref.size() != 2) {
        return;
    }
    SignRequest request;
    request.recordType = ref.at(0);
    request.recordId = ref.at(1);
    request.meaning = enumFromName<Meaning>(m_meaning->currentData().toString()).value_or(Meaning::Reviewed);
    request.reason = m_reason->text().trimmed();
    request.username = m_username->text().trimmed();
    request.password = takeSecret(m_password);
    request.pkcs12Path = m_file->text();
    request.passphrase = takeSecret(m_passphrase);
    auto signature = Signing::sign(m_workspace, request);
    if (!signature) {
        m_message->setText(signature.error().message);
        m_message->show();
        return;
    }
    m_signature = signature.value();
    accept();
}

} // namespace cs::ui
