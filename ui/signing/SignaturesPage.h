#pragma once

#include "signing/SignatureVerifier.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace cs::ui {

class WorkspaceController;

/// Every electronic signature in the workspace, verified when shown (21 CFR 11.50 manifestation): printed name,
/// date and time (local, and UTC), meaning, role, reason and the verification status, with what was signed.
class SignaturesPage : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        RecordColumn,
        MeaningColumn,
        SignerColumn,
        LocalTimeColumn,
        UtcTimeColumn,
        StatusColumn,
        ColumnCount,
    };
    SignaturesPage(WorkspaceController* controller, QWidget* parent = nullptr);

    /// Reads and verifies every signature again.
    void refresh();
    QTableWidget* table() const { return m_table; }
    const QList<SignatureCheck>& checks() const { return m_checks; }

signals:
    /// The person asked to sign a record.
    void signRequested();

private:
    void showDetail();

    WorkspaceController* m_controller;
    QLabel* m_summary;
    QPushButton* m_sign;
    QTableWidget* m_table;
    QTextBrowser* m_detail;
    QList<SignatureCheck> m_checks;
};

} // namespace cs::ui
