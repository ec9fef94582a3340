#pragma once

#include "util/Clock.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace cs::test {

/// A workspace in a temporary folder with a manual clock, for tests. Fails the current test on any error.
class TestWorkspace
{
public:
    TestWorkspace();
    ~TestWorkspace();

    QString path() const { return m_dir.filePath(QStringLiteral("test.countersign")); }
    QString dirPath() const { return m_dir.path(); }
    Workspace& ws() { return *m_ws; }
    ManualClock& clock() { return m_clock; }

    /// Appends `count` setting changes (each one event), a minute apart. Returns false on failure.
    bool addEvents(int count);
    /// Writes a checkpoint and returns its note.
    QByteArray checkpoint();
    /// Closes the workspace (so the file can be changed underneath) and reopens it.
    void close() { m_ws.reset(); }
    bool reopen(Database::Mode mode = Database::Mode::ReadWrite);

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Workspace> m_ws;
    int m_toggle = 0;
};

} // namespace cs::test
