#include "ConnectTeamDialog.h"

#include "workspace/WorkspaceLocation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace cs::ui {

ConnectTeamDialog::ConnectTeamDialog(QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_uri(new QLineEdit(this))
    , m_preview(new QLabel(this))
{
    setWindowTitle(tr("Connect to Team Workspace"));
    auto* intro = new QLabel(tr("A team workspace lives in a PostgreSQL database that several people work in at "
                                "once. Ask your database administrator for these details."),
                             this);
    intro->setWordWrap(true);
    m_host->setPlaceholderText(tr("db.hospital.example"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(tr("the team's database"));
    m_user->setPlaceholderText(tr("your database user name"));
    m_tls->addItem(tr("Verify the server's certificate (recommended)"), int(Tls::VerifyFull));
    m_tls->addItem(tr("Encrypt, without verifying the certificate"), int(Tls::Require));
    m_tls->addItem(tr("Local socket on this computer (no TLS)"), int(Tls::LocalSocket));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass or a service file"));
    m_uri->setPlaceholderText(tr("or paste a postgresql:// URI (e.g. postgresql:///?service=qa-team)"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Encryption:"), m_tls);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Connection &URI:"), m_uri);
    auto* note = new QLabel(tr("The password is used for this connection only; Countersign never saves it."), this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setDefault(true);
    m_connect = connectButton;
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(note);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_host, m_database, m_user, m_password, m_uri}) {
        connect(edit, &QLineEdit::textChanged, this, &ConnectTeamDialog::updateState);
    }
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectTeamDialog::updateState);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectTeamDialog::updateState);
    resize(520, sizeHint().height());
    updateState();
}

QString ConnectTeamDialog::buildUri(const QString& host, int port, const QString& database, const QString& user,
                                    const QString& password, Tls tls)
{
    const auto enc = [](const QString& s) {
        return QString::fromLatin1(QUrl::toPercentEncoding(s));
    };
    QString uri = QStringLiteral("postgresql://") + enc(user);
    if (!password.isEmpty()) {
        uri += u':' + enc(password);
    }
    const bool socket = tls == Tls::LocalSocket || host.startsWith(u'/');
    uri += u'@';
    if (!socket) {
        uri += host + u':' + QString::number(port);
    }
    uri += u'/' + enc(database);
    if (socket) {
        // Concatenated, not arg(): a percent-encoded path holds "%2F", which arg() would take for a place-holder.
        uri += QStringLiteral("?host=") + enc(host.isEmpty() ? QStringLiteral("/var/run/postgresql") : host) +
            QStringLiteral("&port=") + QString::number(port);
    } else {
        uri += tls == Tls::VerifyFull ? QStringLiteral("?sslmode=verify-full") : QStringLiteral("?sslmode=require");
    }
    return uri;
}

QString ConnectTeamDialog::uri() const
{
    const QString pasted = m_uri->text().trimmed();
    if (!pasted.isEmpty()) {
        return pasted;
    }
    return buildUri(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(), m_user->text().trimmed(),
                    m_password->text(), Tls(m_tls->currentData().toInt()));
}

void ConnectTeamDialog::updateState()
{
    const bool pasted = !m_uri->text().trimmed().isEmpty();
    for (QWidget* w : std::initializer_list<QWidget*> {m_host, m_port, m_database, m_user, m_tls, m_password}) {
        w->setEnabled(!pasted);
    }
    const bool complete = pasted ? WorkspaceLocation::isServer(m_uri->text().trimmed())
                                 : !m_database->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty() &&
            (!m_host->text().trimmed().isEmpty() || Tls(m_tls->currentData().toInt()) == Tls::LocalSocket);
    m_connect->setEnabled(complete);
    m_preview->setText(complete ? tr("Connects to %1").arg(WorkspaceLocation::display(uri()))
                                : tr("Fill in the server, database and user name, or paste a postgresql:// URI."));
}

} // namespace cs::ui
