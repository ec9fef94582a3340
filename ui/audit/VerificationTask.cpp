#include "VerificationTask.h"

#include "workspace/Workspace.h"

namespace cs::ui {

VerificationTask::VerificationTask(QObject* parent)
    : QObject(parent)
{ }

VerificationTask::~VerificationTask()
{
    if (m_thread != nullptr) {
        m_cancel = true;
        m_thread->wait();
    }
}

void VerificationTask::start(const QString& workspacePath, const QList<std::pair<QString, QByteArray>>& checkpointFiles)
{
    if (m_thread != nullptr) {
        return;
    }
    m_cancel = false;
    m_thread.reset(QThread::create([this, workspacePath, checkpointFiles] {
        auto ws = Workspace::open(workspacePath, OpenMode::ReadOnly);
        if (!ws) {
            const QString message = ws.error().message;
            QMetaObject::invokeMethod(
                this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
            return;
        }
        auto report = ws.value()->verify(checkpointFiles, [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
            return !m_cancel.load();
        });
        ws.value().reset();
        if (!report) {
            const QString message = report.error().message;
            QMetaObject::invokeMethod(
                this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
            return;
        }
        const VerificationReport result = report.value();
        QMetaObject::invokeMethod(
            this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
    }));
    // finished() is emitted on the worker as its function returns; wait() lets it leave run() before deletion.
    connect(m_thread.get(), &QThread::finished, this, [this] {
        m_thread->wait();
        m_thread.reset();
    });
    m_thread->start();
}

} // namespace cs::ui
