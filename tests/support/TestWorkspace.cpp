#include "TestWorkspace.h"

#include "commands/ChangeSettingCommand.h"
#include "settings/WorkspaceSettings.h"

#include <QTest>

namespace cs::test {

TestWorkspace::TestWorkspace()
    : m_clock(1764000000000) // 2025-11-24T16:00:00Z
{
    auto ws = Workspace::create(path(), Session::forActor(QStringLiteral("tester")),
                                {QStringLiteral("Test workspace"), false}, {&m_clock, nullptr});
    if (!ws) {
        qFatal("cannot create the test workspace: %s", qPrintable(ws.error().message));
    }
    m_ws = std::move(ws.value());
}

TestWorkspace::~TestWorkspace() = default;

bool TestWorkspace::addEvents(int count)
{
    for (int i = 0; i < count; ++i) {
        m_clock.advance(60 * 1000);
        // Alternate between two values so every change is a real change.
        const int value = 20 + (m_toggle++ % 2);
        ChangeSettingCommand command(SettingKey::AuditReviewIntervalDays, value,
                                     QStringLiteral("test change %1").arg(m_toggle));
        if (auto r = m_ws->execute(command); !r) {
            qWarning("addEvents: %s", qPrintable(r.error().message));
            return false;
        }
    }
    return true;
}

QByteArray TestWorkspace::checkpoint()
{
    m_clock.advance(1000);
    auto cp = m_ws->writeCheckpoint();
    if (!cp) {
        qWarning("checkpoint: %s", qPrintable(cp.error().message));
        return {};
    }
    return cp->note;
}

bool TestWorkspace::reopen(Database::Mode mode)
{
    m_ws.reset();
    auto ws = Workspace::open(path(), mode, Session::forActor(QStringLiteral("tester")), {&m_clock, nullptr});
    if (!ws) {
        qWarning("reopen: %s", qPrintable(ws.error().message));
        return false;
    }
    m_ws = std::move(ws.value());
    return true;
}

} // namespace cs::test
