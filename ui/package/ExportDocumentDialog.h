#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace cs::ui {

class SignerFields;
class WorkspaceController;

/// Export Package… on a change request, Export PDF… on a PCCP version and Audit > Export Audit Report…: where to write
/// the signed PDF and on what paper, for the audit report the days whose events it lists, and the signer's credentials
/// (the PDF is signed with the exporter's enrolled certificate); the export goes through reports::exportPackage or
/// exportAuditReport (audited, written atomically).
class ExportDocumentDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Package, ///< the change-control package of a request
        AuditReport, ///< the inspector's audit report of the workspace
        Pccp, ///< a version of a model's PCCP
    };
    /// `requestId` names the request of a package, or the PCCP version ("MODEL@N") of a PCCP document (ignored for
    /// the audit report).
    ExportDocumentDialog(WorkspaceController* controller, Kind kind, const QString& requestId,
                         QWidget* parent = nullptr);
    /// Exports with what was typed; on success accepts the dialog, else shows why and clears the secrets.
    bool attempt();
    QLineEdit* file() const { return m_file; }
    QComboBox* paper() const { return m_paper; }
    /// The audit report's range: each end applies when its box is checked (null for a package).
    QCheckBox* fromEnabled() const { return m_fromEnabled; }
    QDateEdit* from() const { return m_from; }
    QCheckBox* toEnabled() const { return m_toEnabled; }
    QDateEdit* to() const { return m_to; }
    /// What was written, after a successful attempt: path, size and SHA-256, in words.
    const QString& result() const { return m_result; }

private:
    WorkspaceController* m_controller;
    Kind m_kind;
    QString m_requestId;
    QCheckBox* m_fromEnabled = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_toEnabled = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_file;
    QComboBox* m_paper;
    SignerFields* m_signer;
    QLabel* m_message;
    QString m_result;
};

} // namespace cs::ui
