#pragma once

#include "audit/VerificationReport.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cs::ui {

/// The plain answer to "is this trail intact?": not yet verified, verifying (with progress and Cancel), intact, or
/// broken at a named event (with a button that shows that event).
class VerificationBanner : public QFrame
{
    Q_OBJECT
public:
    explicit VerificationBanner(QWidget* parent = nullptr);

    void showNotVerified();
    void showRunning(qint64 done, qint64 total);
    void showReport(const VerificationReport& report);
    void showFailure(const QString& message);
    QString text() const;

signals:
    void verifyRequested();
    void cancelRequested();
    void showEventRequested(qint64 seq);

private:
    void setTone(const QString& background, const QString& border);

    QLabel* m_text;
    QLabel* m_details;
    QProgressBar* m_progress;
    QPushButton* m_verify;
    QPushButton* m_cancel;
    QPushButton* m_showEvent;
    qint64 m_badSeq = 0;
};

} // namespace cs::ui
