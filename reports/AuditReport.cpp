#include "AuditReport.h"

#include "PageStream.h"
#include "PdfSigner.h"
#include "commands/ExportCommands.h"
#include "queries/AuditQuery.h"
#include "queries/SignatureQuery.h"
#include "records/User.h"
#include "util/AtomicFile.h"
#include "util/UtcTime.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace cs::reports {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::reports::AuditReport)
};

/// What the report prints besides what it reads from the trail as it paints.
struct ReportFacts
{
    QString workspaceName;
    QString workspaceId;
    QString verifierKey;
    bool demo = false;
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs;
    VerificationReport verification;
    QList<SignatureCheck> signatures;
    QList<AuditReview> reviews;
    Checkpoint checkpoint; ///< the one the export carries
    QString exporter;
    qint64 exportedAtMs = 0;
};

bool inRange(const ReportFacts& f, qint64 ms)
{
    return (!f.fromMs || ms >= *f.fromMs) && (!f.toMs || ms < *f.toMs);
}

QString rangeText(const ReportFacts& f)
{
    if (!f.fromMs && !f.toMs) {
        return Tr::tr("the whole trail");
    }
    return Tr::tr("from %1 to %2")
        .arg(f.fromMs ? UtcTime::displayMs(*f.fromMs) : Tr::tr("the beginning"),
             f.toMs ? Tr::tr("before %1").arg(UtcTime::displayMs(*f.toMs)) : Tr::tr("the end"));
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

/// The events of the range that `pick` selects, in order, read from the trail as they are painted.
Status eachEvent(AuditQuery& query, const ReportFacts& f, const std::function<bool(const AuditEvent&)>& pick,
                 const std::function<void(const AuditEvent&)>& visit)
{
    return query.scan(1, [&](const AuditEvent& e) {
        if (f.toMs && e.timeMs >= *f.toMs) {
            return false; // events are timed in the order they are numbered
        }
        if (inRange(f, e.timeMs) && pick(e)) {
            visit(e);
        }
        return true;
    });
}

QString jsonText(const QByteArray& json)
{
    return json.isEmpty() ? QString() : QString::fromUtf8(json);
}

Status render(PageStream& s, Workspace& workspace, const ReportFacts& f)
{
    if (auto b = s.begin(); !b) {
        return b;
    }
    AuditQuery query(workspace);
    s.heading(Tr::tr("Audit report"));
    if (f.demo) {
        s.paragraph(Tr::tr("Demo workspace: invented data, for trying Countersign only."));
    }
    s.facts({
        {Tr::tr("Workspace"), QStringLiteral("%1 (%2)").arg(f.workspaceName, f.workspaceId)},
        {Tr::tr("Verifier key"), f.verifierKey},
        {Tr::tr("Events listed"), rangeText(f)},
        {Tr::tr("Exported"), Tr::tr("%1 by %2").arg(UtcTime::displayMs(f.exportedAtMs), f.exporter)},
    });
    s.paragraph(Tr::tr("This report is signed by the person who exported it (PAdES, ETSI.CAdES.detached). Its "
                       "checkpoint can be checked with the verifier key above, which the workspace recorded when it "
                       "was created; every event's chain hash follows from the one before it (docs/audit-trail.md)."));

    s.heading(Tr::tr("1. Verification of the whole trail"));
    const VerificationReport& v = f.verification;
    s.facts({
        {Tr::tr("Result"), v.summary()},
        {Tr::tr("Events"), QString::number(v.eventCount)},
        {Tr::tr("Checkpoints checked"), QString::number(v.checkpointsChecked)},
        {Tr::tr("Root hash"), hex(v.rootHash)},
        {Tr::tr("Chain head"), hex(v.chainHead)},
    });
    if (!v.findings.isEmpty()) {
        s.table({{Tr::tr("Event"), 1}, {Tr::tr("Finding"), 2}, {Tr::tr("What"), 7}});
        for (const Finding& finding : v.findings) {
            s.row({finding.seq > 0 ? QString::number(finding.seq) : QString(), nameOf(finding.kind), finding.message});
        }
        s.endTable();
    }
    for (const QString& warning : v.warnings) {
        s.paragraph(Tr::tr("Warning: %1").arg(warning));
    }

    s.heading(Tr::tr("2. Checkpoints"));
    s.paragraph(Tr::tr("Every checkpoint written in the range; the last is the one this export wrote or found current. "
                       "Its note, verbatim:"));
    s.paragraph(QString::fromUtf8(f.checkpoint.note), true);
    s.table({{Tr::tr("No."), 0.6},
             {Tr::tr("Signed (UTC)"), 1.6},
             {Tr::tr("By"), 1.2},
             {Tr::tr("Events"), 0.8},
             {Tr::tr("Root hash (base64)"), 3.4, true}});
    Status status = eachEvent(
        query, f, [](const AuditEvent& e) { return e.action == u"audit.checkpoint_created"; },
        [&s](const AuditEvent& e) {
            const QJsonObject after = QJsonDocument::fromJson(e.after).object();
            s.row({e.entityId, UtcTime::displayMs(e.timeMs), e.actor, QString::number(after[u"size"].toInteger()),
                   after[u"root_hash"].toString()});
        });
    if (!status) {
        return status;
    }
    s.endTable();

    s.heading(Tr::tr("3. Audit-trail reviews"));
    s.table({{Tr::tr("No."), 0.6},
             {Tr::tr("Reviewed (UTC)"), 1.6},
             {Tr::tr("Reviewer"), 1.2},
             {Tr::tr("Events"), 1.2},
             {Tr::tr("Finding"), 5}});
    for (const AuditReview& r : f.reviews) {
        if (inRange(f, r.reviewedAtMs)) {
            s.row({QString::number(r.id), UtcTime::displayMs(r.reviewedAtMs), r.reviewer,
                   QStringLiteral("%1-%2").arg(r.fromSeq).arg(r.toSeq), r.finding});
        }
    }
    s.endTable();

    s.heading(Tr::tr("4. Signatures (21 CFR 11.50 manifestation)"));
    s.table({{Tr::tr("No."), 0.5},
             {Tr::tr("Printed name (user ID, role)"), 2},
             {Tr::tr("Meaning"), 1},
             {Tr::tr("Signed (UTC)"), 1.4},
             {Tr::tr("Record"), 1.6},
             {Tr::tr("Reason"), 2},
             {Tr::tr("Verified now"), 1.3}});
    for (const SignatureCheck& c : f.signatures) {
        if (!inRange(f, c.stored.signedAtMs)) {
            continue;
        }
        const SignatureManifest* m = c.manifest ? &*c.manifest : nullptr;
        s.row({QString::number(c.stored.id),
               m ? QStringLiteral("%1 (%2, %3)").arg(m->signerName, m->signerUsername, m->signerRole) : c.stored.signer,
               c.stored.meaning, UtcTime::displayMs(c.stored.signedAtMs),
               QStringLiteral("%1 %2").arg(c.stored.recordType, c.stored.recordId), m ? m->reason : QString(),
               c.valid ? Tr::tr("valid") : Tr::tr("NOT VALID: %1").arg(c.problem)});
    }
    s.endTable();

    const QList<QStringView> accountActions = {u"user.created",       u"user.updated",  u"user.disabled",
                                               u"user.locked",        u"user.unlocked", u"user.password_reset",
                                               u"user.sign_in_failed"};
    s.heading(Tr::tr("5. Accounts, roles, lockouts and failed sign-ins"));
    const QList<PageStream::Column> changeColumns = {
        {Tr::tr("Event"), 0.6}, {Tr::tr("Time (UTC)"), 1.5},         {Tr::tr("By"), 1},
        {Tr::tr("What"), 1.5},  {Tr::tr("Account or setting"), 1.4}, {Tr::tr("Change and reason"), 4}};
    const auto changeRow = [&s](const AuditEvent& e) {
        QString change = jsonText(e.after);
        if (!e.before.isEmpty()) {
            change = Tr::tr("%1 -> %2").arg(jsonText(e.before), change);
        }
        if (!e.reason.isEmpty()) {
            change += QStringLiteral("\n") + Tr::tr("Reason: %1").arg(e.reason);
        }
        s.row({QString::number(e.seq), UtcTime::displayMs(e.timeMs), e.actor, e.action, e.entityId, change});
    };
    s.table(changeColumns);
    status = eachEvent(
        query, f, [&](const AuditEvent& e) { return accountActions.contains(QStringView(e.action)); }, changeRow);
    if (!status) {
        return status;
    }
    s.endTable();

    s.heading(Tr::tr("6. Settings changes"));
    s.table(changeColumns);
    status = eachEvent(
        query, f, [](const AuditEvent& e) { return e.action == u"setting.changed"; }, changeRow);
    if (!status) {
        return status;
    }
    s.endTable();

    s.heading(Tr::tr("7. Events"));
    s.paragraph(Tr::tr("Every event of the range with its leaf hash (SHA-256 of a zero byte and the event's canonical "
                       "bytes) and its chain hash (SHA-256 of the previous chain hash and the leaf hash)."));
    // The hash column fits a 64-digit hash on one line (DejaVu Sans Mono at 6 points).
    s.table({{Tr::tr("Event"), 0.6},
             {Tr::tr("Time (UTC)"), 1.2},
             {Tr::tr("By"), 0.9},
             {Tr::tr("Action, record, reason"), 2.3},
             {Tr::tr("Leaf hash, chain hash"), 5, true}});
    status = eachEvent(
        query, f, [](const AuditEvent&) { return true; },
        [&s](const AuditEvent& e) {
            QString what = QStringLiteral("%1\n%2 %3").arg(e.action, e.entityType, e.entityId);
            if (!e.reason.isEmpty()) {
                what += u'\n' + e.reason;
            }
            s.row({QString::number(e.seq), UtcTime::displayMs(e.timeMs), e.actor, what,
                   hex(e.leafHash) + u'\n' + hex(e.chainHash)});
        });
    if (!status) {
        return status;
    }
    s.endTable();
    return s.finish();
}
} // namespace

Result<ExportedFile> exportAuditReport(Workspace& workspace, const AuditReportRequest& request)
{
    ReportFacts facts;
    facts.workspaceName = workspace.name();
    facts.workspaceId = workspace.id();
    facts.demo = workspace.isDemo();
    facts.fromMs = request.fromMs;
    facts.toMs = request.toMs;
    auto key = workspace.verifierKey();
    if (!key) {
        return key.error();
    }
    facts.verifierKey = key.value();
    auto verification = workspace.verify();
    if (!verification) {
        return verification.error();
    }
    facts.verification = verification.value();
    auto signatures = SignatureQuery(workspace).verifyAll();
    if (!signatures) {
        return signatures.error();
    }
    facts.signatures = signatures.value();
    auto reviews = AuditQuery(workspace).reviews();
    if (!reviews) {
        return reviews.error();
    }
    facts.reviews = reviews.value();
    auto signingKey = workspace.checkpointKey();
    if (!signingKey) {
        return Error(
            signingKey.error().code,
            Tr::tr("an audit report carries a signed checkpoint of the trail, and %1").arg(signingKey.error().message));
    }
    AtomicFile::Staged file(request.outPath);
    if (auto opened = file.open(); !opened) {
        return opened.error();
    }
    const QPageSize::PageSizeId paper = request.paper;
    ExportSignedDocumentCommand command(
        {QStringLiteral("audit-report"), QStringLiteral("workspace"), workspace.id(),
         QFileInfo(request.outPath).fileName()},
        request.credentials, file.device(),
        [&workspace, &facts, paper](QIODevice& out, const SigningCredentials& credentials, const User& signer,
                                    qint64 nowMs, const std::optional<Checkpoint>& checkpoint,
                                    const std::function<Status()>& stepDone) -> Status {
            facts.checkpoint = checkpoint.value();
            facts.exporter = signer.fullName;
            facts.exportedAtMs = nowMs;
            PagedPdf::Furniture furniture;
            furniture.title = Tr::tr("Audit report of %1").arg(facts.workspaceName);
            furniture.footer = Tr::tr("Audit report, %1").arg(UtcTime::displayMs(nowMs));
            furniture.demo = facts.demo;
            furniture.author = signer.fullName;
            // Counted first, with the same layout, so that every page can say "of Y".
            PageStream counting(nullptr, paper, furniture, 0);
            if (auto counted = render(counting, workspace, facts); !counted) {
                return counted;
            }
            if (auto going = stepDone(); !going) {
                return going;
            }
            PageStream painting(&out, paper, furniture, counting.pages());
            if (auto painted = render(painting, workspace, facts); !painted) {
                return painted;
            }
            if (auto going = stepDone(); !going) {
                return going;
            }
            const QJsonObject manifest {
                {QStringLiteral("format"), QString::fromLatin1(kAuditReportManifestFormat)},
                {QStringLiteral("workspace_id"), facts.workspaceId},
                {QStringLiteral("verifier_key"), facts.verifierKey},
                {QStringLiteral("from"),
                 facts.fromMs ? QJsonValue(QString::fromLatin1(UtcTime::formatMs(*facts.fromMs))) : QJsonValue()},
                {QStringLiteral("to"),
                 facts.toMs ? QJsonValue(QString::fromLatin1(UtcTime::formatMs(*facts.toMs))) : QJsonValue()},
                {QStringLiteral("checkpoint"), QString::fromUtf8(facts.checkpoint.note)},
                {QStringLiteral("pages"), counting.pages()},
            };
            PdfSigner::Options options;
            options.name = signer.fullName;
            options.reason =
                Tr::tr("Exported by %1 as the audit report of %2").arg(signer.fullName, facts.workspaceName);
            options.signingTimeMs = nowMs;
            options.manifest = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
            return PdfSigner::signFile(out, credentials, options);
        },
        2);
    command.carryCheckpoint(signingKey.value(), workspace.publicKey());
    if (auto run = workspace.execute(command, request.progress); !run) {
        return run.error();
    }
    if (auto committed = file.commit(AtomicFile::ordinaryPermissions()); !committed) {
        return Error(ErrorCode::Io,
                     Tr::tr("the export of the audit report was recorded (SHA-256 %1) but %2")
                         .arg(command.sha256(), committed.error().message));
    }
    return ExportedFile {request.outPath, command.sha256(), command.bytes()};
}

} // namespace cs::reports
