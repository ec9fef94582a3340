#pragma once

#include "records/ChangeRequest.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTextBrowser;

namespace cs {
class Workspace;
}

namespace cs::ui {

class SignerFields;

class WorkspaceController;

/// A signed step of a change request (submit, approve, reject, implement, emergency rollback, review): shows exactly
/// what is signed (the record's summary and SHA-256, the meaning and the statement the signer attests to), asks for
/// the reason where the step needs one, both components of the signature (user ID and password) and the PKCS#12
/// file with its passphrase, and runs the step's core command, which signs and moves the request in one transaction.
class ChangeRequestActionDialog : public QDialog
{
    Q_OBJECT
public:
    ChangeRequestActionDialog(WorkspaceController* controller, const ChangeRequestRecord& request,
                              ChangeRequestAction action, QWidget* parent = nullptr);
    /// Runs the step with what was typed; on success accepts the dialog, else shows why and clears the secrets.
    bool attempt();

private:
    void preview();
    QString powerHtml(Workspace& ws);

    WorkspaceController* m_controller;
    ChangeRequestRecord m_request;
    ChangeRequestAction m_action;
    bool m_reasonRequired = false;
    QTextBrowser* m_preview;
    QLineEdit* m_reason;
    SignerFields* m_signer;
    QLabel* m_message;
    QCheckBox* m_acceptLowPower; ///< submit only: shown when the plan's power is below one half somewhere
    QString m_lowPower; ///< those places, for the reason
};

} // namespace cs::ui
