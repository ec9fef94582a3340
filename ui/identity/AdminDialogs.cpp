#include "AdminDialogs.h"

#include "WorkspaceController.h"
#include "commands/TrustCommands.h"
#include "commands/UserCommands.h"
#include "common/FileDialog.h"
#include "pki/CertificateCheck.h"
#include "queries/PeopleQuery.h"
#include "util/DisplayText.h"
#include "util/UtcTime.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace cs::ui {

namespace {
std::optional<QString> g_nextReason;

SecretBytes secretOf(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    return SecretBytes::take(bytes);
}

QTableWidget* makeTable(QWidget* parent, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel* makeMessage(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("message"));
    return label;
}

void report(QLabel* label, const Status& status, const QString& done)
{
    label->setStyleSheet(status ? QStringLiteral("color: #1a7f37;") : QStringLiteral("color: #a40000;"));
    label->setText(status ? done : status.error().message);
}

QString when(qint64 ms)
{
    return UtcTime::formatMsString(ms).left(10);
}
} // namespace

namespace ReasonPrompt {
bool ask(QWidget* parent, const QString& title, const QString& prompt, QString& reason)
{
    if (g_nextReason) {
        reason = *g_nextReason;
        g_nextReason.reset();
        return true;
    }
    bool ok = false;
    reason = QInputDialog::getText(parent, title, prompt, QLineEdit::Normal, QString(), &ok).trimmed();
    return ok;
}

void setNextReason(const QString& reason)
{
    g_nextReason = reason;
}
} // namespace ReasonPrompt

// --- UsersDialog

UsersDialog::UsersDialog(WorkspaceController* controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_table(makeTable(this,
                        {tr("User ID"), tr("Printed name"), tr("E-mail"), tr("Roles"), tr("Status"),
                         tr("Failed sign-ins"), tr("Password changed")}))
    , m_message(makeMessage(this))
{
    m_table->setAccessibleName(tr("User accounts"));
    setWindowTitle(tr("Users"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add…"), this);
    auto* edit = new QPushButton(tr("&Edit…"), this);
    auto* unlock = new QPushButton(tr("&Unlock…"), this);
    auto* lock = new QPushButton(tr("&Lock…"), this);
    auto* disable = new QPushButton(tr("&Disable…"), this);
    auto* reset = new QPushButton(tr("&Reset Password…"), this);
    auto* close = new QPushButton(tr("Close"), this);
    for (QPushButton* b : {add, edit, unlock, lock, disable, reset}) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] { showForm(nullptr); });
    connect(edit, &QPushButton::clicked, this, [this] {
        Workspace* ws = m_controller->workspace();
        auto user = ws ? PeopleQuery(*ws).user(selectedUser()) : Result<User>(Error());
        if (user) {
            showForm(&user.value());
        } else {
            m_message->setText(tr("Select an account first."));
        }
    });
    connect(unlock, &QPushButton::clicked, this, [this] { (void)setStatus(selectedUser(), UserStatus::Active); });
    connect(lock, &QPushButton::clicked, this, [this] { (void)setStatus(selectedUser(), UserStatus::Locked); });
    connect(disable, &QPushButton::clicked, this, [this] { (void)setStatus(selectedUser(), UserStatus::Disabled); });
    connect(reset, &QPushButton::clicked, this, [this] {
        const QString username = selectedUser();
        bool ok = false;
        const QString password = QInputDialog::getText(this, tr("Reset password"),
                                                       tr("New password for %1 (they must change it at next "
                                                          "sign-in):")
                                                           .arg(username),
                                                       QLineEdit::Password, QString(), &ok);
        QString reason;
        if (!ok || !ReasonPrompt::ask(this, tr("Reset password"), tr("Reason:"), reason)) {
            return;
        }
        ResetPasswordCommand command(username, secretOf(password), reason);
        report(m_message, m_controller->execute(command), tr("New password set for %1.").arg(username));
        refresh();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    resize(900, 420);
    refresh();
}

QString UsersDialog::selectedUser() const
{
    const int row = m_table->currentRow();
    return row >= 0 ? m_table->item(row, 0)->text() : QString();
}

void UsersDialog::refresh()
{
    Workspace* ws = m_controller->workspace();
    m_table->setRowCount(0);
    if (ws == nullptr) {
        return;
    }
    auto users = PeopleQuery(*ws).users();
    if (!users) {
        report(m_message, users.error(), {});
        return;
    }
    m_table->setRowCount(int(users->size()));
    int locked = 0;
    for (int row = 0; row < users->size(); ++row) {
        const User& u = users->at(row);
        QStringList roles;
        for (Role r : u.roles) {
            roles.append(displayNameOf(r));
        }
        locked += u.status == UserStatus::Locked ? 1 : 0;
        const QStringList cells = {u.username,
                                   u.fullName,
                                   u.email,
                                   roles.join(QStringLiteral(", ")),
                                   displayNameOf(u.status),
                                   QString::number(u.failedAttempts),
                                   when(u.passwordChangedAtMs)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(DisplayText::escaped(cells.at(col)));
            if (u.status == UserStatus::Locked) {
                item->setForeground(QColor(0xa4, 0x00, 0x00));
            }
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (locked > 0 && m_message->text().isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
        m_message->setText(tr("%n account(s) locked after failed sign-ins: check with the person, then unlock with a "
                              "reason.",
                              nullptr, locked));
    }
}

Status UsersDialog::addUser(const NewAccount& account, const QString& temporaryPassword)
{
    AddUserCommand command(account, secretOf(temporaryPassword));
    auto r = m_controller->execute(command);
    report(m_message, r,
           tr("Added %1. Give them the password by a separate channel; they must change it at first sign-in.")
               .arg(account.username));
    refresh();
    return r;
}

Status UsersDialog::setStatus(const QString& username, UserStatus status)
{
    if (username.isEmpty()) {
        m_message->setText(tr("Select an account first."));
        return Error(ErrorCode::InvalidArgument, tr("no account selected"));
    }
    QString reason;
    if (!ReasonPrompt::ask(this, tr("Change account %1").arg(username), tr("Reason (recorded in the audit trail):"),
                           reason)) {
        return Error(ErrorCode::Cancelled, tr("cancelled"));
    }
    SetUserStatusCommand command(username, status, reason);
    auto r = m_controller->execute(command);
    report(m_message, r, tr("%1 is now %2.").arg(username, displayNameOf(status).toLower()));
    refresh();
    return r;
}

Status UsersDialog::updateUser(const QString& username, const QString& fullName, const QString& email,
                               const QList<Role>& roles)
{
    QString reason;
    if (!ReasonPrompt::ask(this, tr("Change account %1").arg(username), tr("Reason (recorded in the audit trail):"),
                           reason)) {
        return Error(ErrorCode::Cancelled, tr("cancelled"));
    }
    UpdateUserCommand command(username, fullName, email, roles, reason);
    auto r = m_controller->execute(command);
    report(m_message, r, tr("Updated %1.").arg(username));
    refresh();
    return r;
}

void UsersDialog::showForm(const User* existing)
{
    QDialog form(this);
    form.setWindowTitle(existing ? tr("Edit %1").arg(existing->username) : tr("Add user"));
    auto* layout = new QFormLayout(&form);
    auto* username = new QLineEdit(&form);
    auto* fullName = new QLineEdit(&form);
    auto* email = new QLineEdit(&form);
    auto* password = new QLineEdit(&form);
    password->setEchoMode(QLineEdit::Password);
    layout->addRow(tr("&User ID:"), username);
    layout->addRow(tr("Printed &name:"), fullName);
    layout->addRow(tr("&E-mail:"), email);
    if (existing) {
        username->setText(existing->username);
        username->setEnabled(false); // usernames never change
        fullName->setText(existing->fullName);
        email->setText(existing->email);
        password->hide();
    } else {
        layout->addRow(tr("First &password:"), password);
    }
    QList<std::pair<Role, QCheckBox*>> boxes;
    for (Role role : Authority::allRoles()) {
        auto* box = new QCheckBox(displayNameOf(role), &form);
        box->setChecked(existing && existing->hasRole(role));
        boxes.append({role, box});
        layout->addRow(boxes.size() == 1 ? tr("Roles:") : QString(), box);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &form, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    if (form.exec() != QDialog::Accepted) {
        return;
    }
    NewAccount account {username->text().trimmed(), fullName->text().trimmed(), email->text().trimmed(), {}};
    for (const auto& [role, box] : boxes) {
        if (box->isChecked()) {
            account.roles.append(role);
        }
    }
    if (existing) {
        (void)updateUser(existing->username, account.fullName, account.email, account.roles);
    } else {
        (void)addUser(account, password->text());
    }
    password->clear();
}

// --- TrustStoreDialog

TrustStoreDialog::TrustStoreDialog(WorkspaceController* controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_table(makeTable(this, {tr("Trusted CA"), tr("Valid until"), tr("Added"), tr("Revocation list")}))
    , m_message(makeMessage(this))
{
    setWindowTitle(tr("Trust Store"));
    m_table->setAccessibleName(tr("Trusted CAs"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Signing certificates are accepted only from these CAs. With a revocation list, a "
                                "revoked certificate is refused, and signing stops when the list is out of date."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    auto* addCaButton = new QPushButton(tr("Add &CA Certificate…"), this);
    auto* addCrlButton = new QPushButton(tr("Add &Revocation List…"), this);
    auto* close = new QPushButton(tr("Close"), this);
    buttons->addWidget(addCaButton);
    buttons->addWidget(addCrlButton);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(addCaButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(this, tr("CA certificate"),
                                                      tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!path.isEmpty()) {
            (void)addCa(path);
        }
    });
    connect(addCrlButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(this, tr("Revocation list"),
                                                      tr("Revocation lists (*.crl *.pem *.der);;All files (*)"));
        if (!path.isEmpty()) {
            (void)addCrl(path);
        }
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    resize(1040, 360);
    refresh();
}

void TrustStoreDialog::refresh()
{
    Workspace* ws = m_controller->workspace();
    m_table->setRowCount(0);
    if (ws == nullptr) {
        return;
    }
    auto trust = PeopleQuery(*ws).trustStore();
    if (!trust) {
        report(m_message, trust.error(), {});
        return;
    }
    const qint64 now = ws->clock().nowMs();
    m_table->setRowCount(int(trust->anchors().size()));
    for (int row = 0; row < trust->anchors().size(); ++row) {
        const TrustAnchor& a = trust->anchors().at(row);
        QString crlText = tr("none: revocation is not checked");
        bool stale = false;
        if (const TrustCrl* crl = trust->currentCrl(a.fingerprint)) {
            stale = crl->nextUpdateMs < now;
            crlText = tr("issued %1, next update %2, %3 revoked%4")
                          .arg(when(crl->thisUpdateMs), when(crl->nextUpdateMs))
                          .arg(crl->revokedCount)
                          .arg(stale ? tr(" — OUT OF DATE: signing is refused") : QString());
        }
        const QStringList cells = {a.subject, when(a.notAfterMs), tr("%1 by %2").arg(when(a.addedAtMs), a.addedBy),
                                   crlText};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(DisplayText::escaped(cells.at(col)));
            item->setToolTip(tr("SHA-256 %1").arg(a.fingerprint));
            if (col == 3 && stale) {
                item->setForeground(QColor(0xa4, 0x00, 0x00));
            }
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
}

Status TrustStoreDialog::addCa(const QString& path)
{
    auto ca = Certificate::fromFile(path);
    if (!ca) {
        report(m_message, ca.error(), {});
        return ca.error();
    }
    QString reason;
    if (!ReasonPrompt::ask(this, tr("Trust %1").arg(ca->commonName()), tr("Why is this CA trusted?"), reason)) {
        return Error(ErrorCode::Cancelled, tr("cancelled"));
    }
    AddTrustedCaCommand command(ca.value(), reason);
    auto r = m_controller->execute(command);
    report(m_message, r, tr("Trusted %1.").arg(ca->subject()));
    refresh();
    return r;
}

Status TrustStoreDialog::addCrl(const QString& path)
{
    auto crl = Crl::fromFile(path);
    if (!crl) {
        report(m_message, crl.error(), {});
        return crl.error();
    }
    AddCrlCommand command(crl.value());
    auto r = m_controller->execute(command);
    report(m_message, r, tr("Added the revocation list of %1.").arg(crl->issuer()));
    refresh();
    return r;
}

// --- EnrollDialog

EnrollDialog::EnrollDialog(WorkspaceController* controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_file(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_current(new QLabel(this))
    , m_message(makeMessage(this))
{
    setWindowTitle(tr("Enroll Signing Certificate"));
    m_file->setObjectName(QStringLiteral("pkcs12"));
    m_file->setAccessibleName(tr("PKCS#12 file"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose your PKCS#12 file (.p12, .pfx). Countersign checks the certificate and that "
                                "you hold its key, then stores the certificate only: the private key stays in "
                                "your file."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_current->setWordWrap(true);
    layout->addWidget(m_current);
    auto* form = new QFormLayout;
    auto* row = new QHBoxLayout;
    row->addWidget(m_file, 1);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    row->addWidget(browse);
    form->addRow(tr("PKCS#12 &file:"), row);
    form->addRow(tr("Pa&ssphrase:"), m_passphrase);
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Enroll"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("enroll"));
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            FileDialog::openFileName(this, tr("Your PKCS#12 file"), tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
        if (!path.isEmpty()) {
            m_file->setText(path);
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &EnrollDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (Workspace* ws = controller->workspace()) {
        auto user = ws->currentUser();
        auto certificates = user ? PeopleQuery(*ws).certificates(user->username)
                                 : Result<QList<EnrolledCertificate>>(QList<EnrolledCertificate>());
        if (certificates && !certificates->isEmpty()) {
            m_current->setText(tr("Enrolled now: %1, valid until %2.")
                                   .arg(certificates->last().subject, when(certificates->last().notAfterMs)));
        } else {
            m_current->setText(tr("You have no enrolled certificate yet."));
        }
    }
    resize(560, 260);
}

void EnrollDialog::attempt()
{
    QByteArray bytes = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    const SecretBytes passphrase = SecretBytes::take(bytes);
    auto credentials = Pkcs12::read(m_file->text(), passphrase);
    if (!credentials) {
        report(m_message, credentials.error(), {});
        return;
    }
    const Certificate cert = credentials->certificate;
    const bool legacy = credentials->legacyEncryption;
    EnrollCertificateCommand command(std::move(credentials.value()));
    auto r = m_controller->execute(command);
    report(m_message, r,
           tr("Enrolled %1 (%2).%3")
               .arg(cert.subject(), cert.keyDescription(),
                    legacy ? tr(" The file uses legacy encryption (RC2 or 3DES); re-export it with AES when you can.")
                           : QString()));
}

} // namespace cs::ui
