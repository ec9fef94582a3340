#pragma once

#include "workspace/SigningCeremony.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTextBrowser;

namespace cs::ui {

class SignerFields;

/// Signing a record (21 CFR 11.50, 11.200): shows exactly what is signed (the record's summary and SHA-256, the
/// meaning and the statement the signer attests to) and the signer's enrolled certificate, then asks for both
/// components (user ID and password) and the PKCS#12 file with its passphrase. Secrets are wiped after use.
class SignDialog : public QDialog
{
    Q_OBJECT
public:
    SignDialog(Workspace& workspace, QWidget* parent = nullptr);
    /// Preselects a record.
    void selectRecord(const QString& type, const QString& id);
    /// The signature made (after the dialog was accepted).
    const StoredSignature& signature() const { return m_signature; }

private:
    /// The meanings the selected record's type accepts.
    void fillMeanings();
    void updatePreview();
    void attempt();

    Workspace& m_workspace;
    QComboBox* m_record;
    QComboBox* m_meaning;
    QTextBrowser* m_preview;
    QLineEdit* m_reason;
    SignerFields* m_signer;
    QLabel* m_message;
    StoredSignature m_signature;
};

} // namespace cs::ui
