#pragma once

#include "audit/VerificationReport.h"
#include "util/Result.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace cs::ui {

/// Verifies a workspace's audit trail on a worker thread, through its own read-only connection, so the window
/// stays responsive for a million events. Reports progress and can be cancelled.
class VerificationTask : public QObject
{
    Q_OBJECT
public:
    explicit VerificationTask(QObject* parent = nullptr);
    ~VerificationTask() override;

    bool isRunning() const { return m_thread != nullptr; }
    void start(const QString& workspacePath, const QList<std::pair<QString, QByteArray>>& checkpointFiles = {});
    void cancel() { m_cancel = true; }

signals:
    void progress(qint64 done, qint64 total);
    void finished(const cs::VerificationReport& report);
    void failed(const QString& message);

private:
    /// Owned here, not by deleteLater(): a window closed while a verification's last signal is still queued
    /// must not leave the thread behind.
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancel = false;
};

} // namespace cs::ui
