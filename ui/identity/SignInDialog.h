#pragma once

#include "records/User.h"
#include "workspace/Workspace.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace cs::ui {

/// Sign-in (21 CFR 11.10(d)): user ID and password for the open workspace. In unlock mode (after inactivity) the
/// user ID is fixed and only the password is asked. A wrong password says how many attempts are left; a locked
/// account is shown as an alert. The password field is cleared after every attempt.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        SignIn,
        Unlock,
    };
    SignInDialog(Workspace& workspace, Mode mode, QWidget* parent = nullptr);

    /// Signs a person in (or unlocks the session). Returns false when they cancel or sign out.
    static bool run(QWidget* parent, Workspace& workspace, Mode mode);
    /// Test stand-in: the next run() does not show the dialog but tries these credentials once.
    static void setNextCredentials(const QString& username, const QString& password);

private:
    void attempt();

    Workspace& m_workspace;
    Mode m_mode;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLabel* m_message;
};

/// The details of a new account and its first password (new workspace, first administrator, add user).
class NewAccountDialog : public QDialog
{
    Q_OBJECT
public:
    NewAccountDialog(const QString& title, const QString& intro, QWidget* parent = nullptr);

    /// Asks for an administrator account. Returns false when cancelled.
    static bool askAdministrator(QWidget* parent, const QString& intro, NewAccount& account, SecretBytes& password);
    /// Test stand-in for the next askAdministrator().
    static void setNextAccount(const NewAccount& account, const QString& password);

private:
    void check();

    QLineEdit* m_fullName;
    QLineEdit* m_username;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;

public:
    NewAccount account() const;
    SecretBytes password() const;
};

/// Changing one's own password (required after an administrator set it, or when it expired).
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(Workspace& workspace, const QString& why, QWidget* parent = nullptr);
    /// Returns false when cancelled.
    static bool run(QWidget* parent, Workspace& workspace, const QString& why);
    static void setNextPasswords(const QString& current, const QString& replacement);

private:
    void attempt();

    Workspace& m_workspace;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QLabel* m_message;
};

} // namespace cs::ui
