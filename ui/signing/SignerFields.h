#pragma once

#include <QObject>

#include <functional>

class QBoxLayout;
class QDialog;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace cs {
class Workspace;
struct SignRequest;
} // namespace cs

namespace cs::ui {

/// The signer's half of every signing dialog (21 CFR 11.200: both components of the signature, then the key): user
/// ID, password, the PKCS#12 file with Browse… and its passphrase, added as rows to the dialog's form (object names
/// username, password, pkcs12, passphrase). Secrets leave the fields when they are taken.
class SignerFields : public QObject
{
    Q_OBJECT
public:
    SignerFields(QWidget* dialog, QFormLayout* form);
    /// Moves what was typed into `request`: the user ID and the file, and the password and passphrase, which are
    /// wiped from their fields.
    void take(SignRequest& request);
    /// Empties the password and passphrase fields (after a refusal).
    void clearSecrets();
    /// The foot of every signing dialog, added to `layout`: the refusal message (hidden until there is one; object
    /// name "message"), then `acceptText` (object name "sign") and Cancel; accepting calls `attempt`, Cancel rejects.
    /// Returns the message label.
    static QLabel* addFoot(QDialog* dialog, QBoxLayout* layout, const QString& acceptText,
                           const std::function<void()>& attempt);
    /// The signer's enrolled certificate for the "what you sign" preview, or a warning that there is none.
    static QString certificateHtml(Workspace& workspace, const QString& username);

private:
    QWidget* m_dialog;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLineEdit* m_file;
    QLineEdit* m_passphrase;
};

} // namespace cs::ui
