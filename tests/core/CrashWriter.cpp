// Test helper for TestCrashRecovery and TestServerWorkspace: appends audit events to WORKSPACE (a file or a server
// URI) through the normal command path, and prints the sequence number of each one after its transaction committed.
// Without COUNT it runs for ever and is killed with SIGKILL; with COUNT it makes that many changes, each with the
// reason "TAG change N", and prints "TAG N" after each commit (several writers at once on a team workspace).
#include "commands/ChangeSettingCommand.h"
#include "settings/WorkspaceSettings.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2 && argc != 4) {
        std::fprintf(stderr, "usage: crash_writer WORKSPACE [COUNT TAG]\n");
        return 2;
    }
    const int count = argc == 4 ? std::atoi(argv[2]) : -1;
    const QString tag = argc == 4 ? QString::fromLocal8Bit(argv[3]) : QString();
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
    // Writers at once: each toggles between two values of its own (from the digits ending its tag), so no writer
    // ever sets the value another has just set.
    int base = 20;
    if (count >= 0) {
        qsizetype digits = tag.size();
        while (digits > 0 && tag.at(digits - 1).isDigit()) {
            --digits;
        }
        base = 30 + 2 * (tag.mid(digits).toInt() % 100);
    }
    for (int n = 1; count < 0 || n <= count; ++n) {
        value = value == base ? base + 1 : base;
        const QString reason =
            count < 0 ? QStringLiteral("crash test") : QStringLiteral("%1 change %2").arg(tag).arg(n);
        cs::Status done;
        // Another writer may have set the value this one was about to set (refused as no change), or a server may
        // ask to try again: a few attempts, each a whole command.
        for (int attempt = 0; attempt < (count < 0 ? 1 : 5); ++attempt) {
            cs::ChangeSettingCommand command(cs::SettingKey::AuditReviewIntervalDays, value, reason);
            done = ws.value()->execute(command);
            if (done || (done.error().code != cs::ErrorCode::Rule && done.error().code != cs::ErrorCode::Locked)) {
                break;
            }
            value = value == base ? base + 1 : base;
        }
        if (!done) {
            std::fprintf(stderr, "crash_writer: %s\n", qPrintable(done.error().message));
            return 2;
        }
        if (count < 0) {
            std::printf("%lld\n", static_cast<long long>(ws.value()->eventCount().value()));
        } else {
            std::printf("%s %d\n", qPrintable(tag), n);
        }
        std::fflush(stdout);
    }
    return 0;
}
