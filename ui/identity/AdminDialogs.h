#pragma once

#include "records/User.h"
#include "util/Result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;
class QCheckBox;

namespace cs {
class Workspace;
}

namespace cs::ui {

class WorkspaceController;

/// Asks for the reason of a change (an audit-trail requirement). Test stand-in: setNextReason().
namespace ReasonPrompt {
bool ask(QWidget* parent, const QString& title, const QString& prompt, QString& reason);
void setNextReason(const QString& reason);
} // namespace ReasonPrompt

/// User administration (administrators): the accounts with their roles and status; add, lock, unlock, disable and
/// reset a password. Every change goes through a core command, with a reason where the trail needs one.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    UsersDialog(WorkspaceController* controller, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    void refresh();
    /// Adds an account (also what the Add button does after its form).
    Status addUser(const NewAccount& account, const QString& temporaryPassword);
    Status setStatus(const QString& username, UserStatus status);
    /// Changes a person's printed name, e-mail and roles (asks for the reason).
    Status updateUser(const QString& username, const QString& fullName, const QString& email, const QList<Role>& roles);

private:
    QString selectedUser() const;
    /// The account form; without `existing` it adds an account (with a first password).
    void showForm(const User* existing);

    WorkspaceController* m_controller;
    QTableWidget* m_table;
    QLabel* m_message;
};

/// The workspace trust store (administrators): trusted CAs and their CRLs; add a CA or a CRL from a file.
class TrustStoreDialog : public QDialog
{
    Q_OBJECT
public:
    TrustStoreDialog(WorkspaceController* controller, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    void refresh();
    Status addCa(const QString& path);
    Status addCrl(const QString& path);

private:
    WorkspaceController* m_controller;
    QTableWidget* m_table;
    QLabel* m_message;
};

/// Enrolling one's own signing certificate from a PKCS#12 file.
class EnrollDialog : public QDialog
{
    Q_OBJECT
public:
    EnrollDialog(WorkspaceController* controller, QWidget* parent = nullptr);

private:
    void attempt();

    WorkspaceController* m_controller;
    QLineEdit* m_file;
    QLineEdit* m_passphrase;
    QLabel* m_current;
    QLabel* m_message;
};

} // namespace cs::ui
