#include "DemoWorkspace.h"

#include "commands/ChangeSettingCommand.h"
#include "commands/RecordAuditReviewCommand.h"
#include "settings/WorkspaceSettings.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QStandardPaths>

namespace cs::DemoWorkspace {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;

// The demo cast; later issues give each of them an account, a role and a certificate.
const QString kAdmin = QStringLiteral("praman"); // Priya Raman, administrator
const QString kQa = QStringLiteral("mlindqvist"); // Margaret Lindqvist, QA officer
const QString kAuditor = QStringLiteral("hbrandt"); // Helen Brandt, auditor

Status changeSetting(Workspace& ws, const QString& key, const QJsonValue& value, const QString& reason)
{
    ChangeSettingCommand command(key, value, reason);
    return ws.execute(command);
}

Status checkpoint(Workspace& ws)
{
    auto written = ws.writeCheckpoint();
    return written ? Status() : written.error();
}

Status review(Workspace& ws, const QString& finding)
{
    auto range = RecordAuditReviewCommand::defaultRange(ws);
    if (!range) {
        return range.error();
    }
    RecordAuditReviewCommand command(range->first, range->second, finding);
    return ws.execute(command);
}
} // namespace

QString defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo.countersign"));
}

Status create(const QString& path, qint64 nowMs)
{
    // Start 40 days ago at 09:05 UTC and let the story unfold from there.
    const qint64 start = (nowMs - 40 * kDay) / kDay * kDay + 9 * 60 * kMinute + 5 * kMinute;
    ManualClock clock(start);
    Workspace::Options options;
    options.clock = &clock;

    const QString name = QStringLiteral("Sepsis early-warning models (demo)");
    auto created = Workspace::create(path, Session::forActor(kAdmin), {name, true}, options);
    if (!created) {
        return created.error();
    }
    Workspace& ws = *created.value();

    const auto step = [&](qint64 advanceMs, const Session& who, const std::function<Status()>& action) -> Status {
        clock.advance(advanceMs);
        ws.setSession(who);
        return action();
    };
    const Session admin = Session::forActor(kAdmin);
    const Session qa = Session::forActor(kQa);
    const Session auditorFirst = Session::forActor(kAuditor);
    const Session auditorSecond = Session::forActor(kAuditor);

    const QList<std::function<Status()>> story = {
        [&] {
            return step(4 * kMinute, admin, [&] {
                return changeSetting(ws, SettingKey::OrganisationName,
                                     QStringLiteral("St. Elsewhere University Hospital"),
                                     QStringLiteral("Initial configuration per SOP-QA-014 section 3"));
            });
        },
        [&] {
            return step(2 * kMinute, admin, [&] {
                return changeSetting(ws, SettingKey::InactivityLockMinutes, 10,
                                     QStringLiteral("Information security policy ISP-7 requires a screen lock after "
                                                    "10 minutes"));
            });
        },
        [&] {
            return step(1 * kMinute, admin, [&] {
                return changeSetting(ws, SettingKey::PasswordMaxAgeDays, 180,
                                     QStringLiteral("Aligned with hospital identity policy IAM-2 (180-day rotation)"));
            });
        },
        [&] {
            return step(1 * kMinute, admin, [&] {
                return changeSetting(ws, SettingKey::AuditReviewIntervalDays, 14,
                                     QStringLiteral("QA decision QD-2026-031: fortnightly audit-trail review during "
                                                    "the model roll-out"));
            });
        },
        [&] { return step(2 * kMinute, admin, [&] { return checkpoint(ws); }); },
        [&] {
            return step(14 * kDay + 85 * kMinute, auditorFirst, [&] {
                return review(ws,
                              QStringLiteral("Configuration changes 2 to 5 each carry a documented reason and "
                                             "match change ticket CHG-1182. Checkpoint 1 verified. No "
                                             "discrepancies."));
            });
        },
        [&] {
            return step(7 * kDay + 3 * 60 * kMinute, qa, [&] {
                return changeSetting(ws, SettingKey::AuditReviewIntervalDays, 30,
                                     QStringLiteral("Roll-out complete (CHG-1190); back to the monthly review of "
                                                    "SOP-QA-014"));
            });
        },
        [&] { return step(20 * kMinute, admin, [&] { return checkpoint(ws); }); },
        [&] {
            return step(12 * kDay, auditorSecond, [&] {
                return review(ws,
                              QStringLiteral("Reviewed the change of the review interval (CHG-1190) and both "
                                             "checkpoints; the trail verifies intact. No findings."));
            });
        },
    };
    for (const auto& chapter : story) {
        if (auto r = chapter(); !r) {
            return r;
        }
    }
    clock.advance(6 * kMinute);
    ws.setSession(admin);
    return checkpoint(ws);
}

} // namespace cs::DemoWorkspace
