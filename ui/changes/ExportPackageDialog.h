#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace cs::ui {

class SignerFields;
class WorkspaceController;

/// Export Package… on a change request: where to write the change-control package and on what paper, and the
/// signer's credentials (the PDF is signed with the exporter's enrolled certificate); the export goes through
/// reports::exportPackage (audited, written atomically).
class ExportPackageDialog : public QDialog
{
    Q_OBJECT
public:
    ExportPackageDialog(WorkspaceController* controller, const QString& requestId, QWidget* parent = nullptr);
    /// Exports with what was typed; on success accepts the dialog, else shows why and clears the secrets.
    bool attempt();
    QLineEdit* file() const { return m_file; }
    QComboBox* paper() const { return m_paper; }
    /// What was written, after a successful attempt: path, size and SHA-256, in words.
    const QString& result() const { return m_result; }

private:
    WorkspaceController* m_controller;
    QString m_requestId;
    QLineEdit* m_file;
    QComboBox* m_paper;
    SignerFields* m_signer;
    QLabel* m_message;
    QString m_result;
};

} // namespace cs::ui
