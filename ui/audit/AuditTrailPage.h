#pragma once

#include "util/Result.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace cs::ui {

class AuditEventDetail;
class AuditTrailModel;
class VerificationBanner;
class VerificationTask;
class WorkspaceController;

/// The audit trail: every event with filters, the selected event's full record, verification, reviews and
/// checkpoints.
class AuditTrailPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditTrailPage(WorkspaceController* controller, QWidget* parent = nullptr);

    AuditTrailModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    VerificationBanner* banner() const { return m_banner; }
    VerificationTask* verification() const { return m_task; }
    QSplitter* splitter() const { return m_splitter; }

    /// Starts verification on a worker thread; the banner shows progress and then the result.
    void verify();
    /// Asks for the range and finding in a dialog, then records the review.
    void requestReview();
    /// Records a review without a dialog (the dialog's accept path, and tests).
    Status recordReview(qint64 from, qint64 to, const QString& finding);
    /// Signs a checkpoint and saves it to a file the person chooses.
    void writeCheckpoint();
    /// Selects and shows event `seq`, clearing filters that hide it.
    void selectSeq(qint64 seq);
    void focusSearch();

private:
    void reloadWorkspace();
    void reloadFilterChoices();
    void applyFilter();
    void clearFilter();
    void updateCount();
    void showCurrent();

    WorkspaceController* m_controller;
    AuditTrailModel* m_model;
    VerificationTask* m_task;
    VerificationBanner* m_banner;
    QLineEdit* m_search;
    QComboBox* m_actor;
    QComboBox* m_action;
    QCheckBox* m_dates;
    QDateEdit* m_fromDate;
    QDateEdit* m_toDate;
    QLabel* m_count;
    QTableView* m_table;
    AuditEventDetail* m_detail;
    QSplitter* m_splitter;
    QTimer m_filterDelay;
};

} // namespace cs::ui
