// Test helper for TestCrashRecovery: appends audit events to WORKSPACE for ever, through the normal command path,
// and prints the sequence number of each one after its transaction committed. It is killed with SIGKILL.
#include "commands/ChangeSettingCommand.h"
#include "settings/WorkspaceSettings.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: crash_writer WORKSPACE\n");
        return 2;
    }
    auto ws = cs::Workspace::open(QString::fromLocal8Bit(argv[1]), cs::OpenMode::ReadWrite);
    if (!ws) {
        std::fprintf(stderr, "crash_writer: %s\n", qPrintable(ws.error().message));
        return 2;
    }
    QByteArray password("uftufs-password-1"); // TestWorkspace::passwordOf("tester")
    if (auto user = ws.value()->signIn(QStringLiteral("tester"), cs::SecretBytes::take(password)); !user) {
        std::fprintf(stderr, "crash_writer: %s\n", qPrintable(user.error().message));
        return 2;
    }
    int value = ws.value()->settings().value().integer(cs::SettingKey::AuditReviewIntervalDays);
    for (;;) {
        value = value == 20 ? 21 : 20;
        cs::ChangeSettingCommand command(cs::SettingKey::AuditReviewIntervalDays, value, QStringLiteral("crash test"));
        if (auto r = ws.value()->execute(command); !r) {
            std::fprintf(stderr, "crash_writer: %s\n", qPrintable(r.error().message));
            return 2;
        }
        std::printf("%lld\n", static_cast<long long>(ws.value()->eventCount().value()));
        std::fflush(stdout);
    }
}
