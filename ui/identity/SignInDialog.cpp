#include "SignInDialog.h"

#include "commands/UserCommands.h"
#include "common/MessageBox.h"
#include "demo/DemoWorkspace.h"
#include "identity/UserRules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace cs::ui {

namespace {
std::optional<std::pair<QString, QString>> g_nextCredentials;
std::optional<std::pair<NewAccount, QString>> g_nextAccount;
std::optional<std::pair<QString, QString>> g_nextPasswords;

/// Takes the text of a password field into wiped bytes and clears the field.
SecretBytes takeSecret(QLineEdit* field)
{
    QByteArray bytes = field->text().toUtf8();
    field->clear();
    return SecretBytes::take(bytes);
}

SecretBytes secretOf(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    return SecretBytes::take(bytes);
}

QLineEdit* passwordField(QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    field->setAttribute(Qt::WA_InputMethodEnabled, false);
    return field;
}

QLabel* messageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a40000;"));
    label->hide();
    return label;
}

void showMessage(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}
} // namespace

// --- SignInDialog

SignInDialog::SignInDialog(Workspace& workspace, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_mode(mode)
    , m_username(new QLineEdit(this))
    , m_password(passwordField(this))
    , m_message(messageLabel(this))
{
    setWindowTitle(mode == Mode::SignIn ? tr("Sign in — Countersign") : tr("Session locked — Countersign"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    if (mode == Mode::SignIn) {
        intro->setText(tr("<b>%1</b><br>Sign in with your user ID and password. Everything you do is recorded "
                          "under your name.")
                           .arg((workspace.name().isEmpty() ? workspace.path() : workspace.name()).toHtmlEscaped()));
    } else {
        intro->setText(tr("The session was locked after %1 minutes without activity. Enter the password of "
                          "<b>%2</b> to continue, or sign out.")
                           .arg(workspace.inactivityLimitMs() / 60000)
                           .arg(workspace.session().actor.toHtmlEscaped()));
        m_username->setText(workspace.session().actor);
        m_username->setEnabled(false);
    }
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->addRow(tr("&User ID:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    layout->addWidget(m_message);
    if (workspace.isDemo() && mode == Mode::SignIn) {
        QStringList logins;
        for (const auto& p : DemoWorkspace::cast()) {
            logins.append(QStringLiteral("%1 / %2 (%3)").arg(p.username, p.password, displayNameOf(p.role)));
        }
        auto* demo = new QLabel(tr("Demo workspace. Logins:\n%1").arg(logins.join(u'\n')), this);
        demo->setTextInteractionFlags(Qt::TextSelectableByMouse);
        demo->setStyleSheet(QStringLiteral("color: palette(mid);"));
        layout->addWidget(demo);
    }
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(mode == Mode::SignIn ? tr("Sign In") : tr("Unlock"), QDialogButtonBox::AcceptRole);
    buttons->addButton(mode == Mode::SignIn ? tr("Cancel") : tr("Sign Out"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (mode == Mode::SignIn ? static_cast<QWidget*>(m_username) : m_password)->setFocus();
    setMinimumWidth(420);
}

void SignInDialog::attempt()
{
    const SecretBytes password = takeSecret(m_password);
    Status result;
    if (m_mode == Mode::SignIn) {
        auto user = m_workspace.signIn(m_username->text().trimmed(), password);
        result = user ? Status() : Status(user.error());
    } else {
        result = m_workspace.unlock(password);
    }
    if (result) {
        accept();
        return;
    }
    if (result.error().code == ErrorCode::AccountLocked) {
        MessageBox::critical(this, tr("Account locked"), result.error().message);
        if (m_mode == Mode::Unlock) {
            reject();
            return;
        }
    }
    showMessage(m_message, result.error().message);
    m_password->setFocus();
}

bool SignInDialog::run(QWidget* parent, Workspace& workspace, Mode mode)
{
    if (g_nextCredentials) {
        const auto [username, password] = *g_nextCredentials;
        g_nextCredentials.reset();
        Status result;
        if (mode == Mode::SignIn) {
            auto user = workspace.signIn(username, secretOf(password));
            result = user ? Status() : Status(user.error());
        } else {
            result = workspace.unlock(secretOf(password));
        }
        if (!result) {
            MessageBox::critical(parent, tr("Cannot sign in"), result.error().message);
        }
        return result.ok();
    }
    SignInDialog dialog(workspace, mode, parent);
    return dialog.exec() == QDialog::Accepted;
}

void SignInDialog::setNextCredentials(const QString& username, const QString& password)
{
    g_nextCredentials = std::pair {username, password};
}

// --- NewAccountDialog

NewAccountDialog::NewAccountDialog(const QString& title, const QString& intro, QWidget* parent)
    : QDialog(parent)
    , m_fullName(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(passwordField(this))
    , m_repeat(passwordField(this))
    , m_message(messageLabel(this))
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(intro, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* form = new QFormLayout;
    form->addRow(tr("Printed &name:"), m_fullName);
    form->addRow(tr("&User ID:"), m_username);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAccountDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

NewAccount NewAccountDialog::account() const
{
    return {
        m_username->text().trimmed(), m_fullName->text().trimmed(), m_email->text().trimmed(), {Role::Administrator}};
}

SecretBytes NewAccountDialog::password() const
{
    return secretOf(m_password->text());
}

void NewAccountDialog::check()
{
    if (auto r = UserRules::validate(account()); !r) {
        showMessage(m_message, r.error().message);
        return;
    }
    if (m_password->text() != m_repeat->text()) {
        showMessage(m_message, tr("The two passwords differ."));
        m_repeat->clear();
        return;
    }
    accept();
}

bool NewAccountDialog::askAdministrator(QWidget* parent, const QString& intro, NewAccount& account,
                                        SecretBytes& password)
{
    if (g_nextAccount) {
        account = g_nextAccount->first;
        password = secretOf(g_nextAccount->second);
        g_nextAccount.reset();
        return true;
    }
    NewAccountDialog dialog(tr("Administrator account"), intro, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    account = dialog.account();
    password = dialog.password();
    dialog.m_password->clear();
    dialog.m_repeat->clear();
    return true;
}

void NewAccountDialog::setNextAccount(const NewAccount& account, const QString& password)
{
    g_nextAccount = std::pair {account, password};
}

// --- ChangePasswordDialog

ChangePasswordDialog::ChangePasswordDialog(Workspace& workspace, const QString& why, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_current(passwordField(this))
    , m_new(passwordField(this))
    , m_repeat(passwordField(this))
    , m_message(messageLabel(this))
{
    setWindowTitle(tr("Change password"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(why, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void ChangePasswordDialog::attempt()
{
    if (m_new->text() != m_repeat->text()) {
        showMessage(m_message, tr("The two new passwords differ."));
        m_new->clear();
        m_repeat->clear();
        return;
    }
    ChangeOwnPasswordCommand command(takeSecret(m_current), takeSecret(m_new));
    m_repeat->clear();
    if (auto r = m_workspace.execute(command); !r) {
        showMessage(m_message, r.error().message);
        return;
    }
    accept();
}

bool ChangePasswordDialog::run(QWidget* parent, Workspace& workspace, const QString& why)
{
    if (g_nextPasswords) {
        ChangeOwnPasswordCommand command(secretOf(g_nextPasswords->first), secretOf(g_nextPasswords->second));
        g_nextPasswords.reset();
        auto r = workspace.execute(command);
        if (!r) {
            MessageBox::critical(parent, tr("Cannot change the password"), r.error().message);
        }
        return r.ok();
    }
    ChangePasswordDialog dialog(workspace, why, parent);
    return dialog.exec() == QDialog::Accepted;
}

void ChangePasswordDialog::setNextPasswords(const QString& current, const QString& replacement)
{
    g_nextPasswords = std::pair {current, replacement};
}

} // namespace cs::ui
