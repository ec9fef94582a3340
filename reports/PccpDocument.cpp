#include "PccpDocument.h"

#include "PageStream.h"
#include "PdfSigner.h"
#include "commands/ExportCommands.h"
#include "json/CanonicalJson.h"
#include "queries/PccpQuery.h"
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
    Q_DECLARE_TR_FUNCTIONS(cs::reports::PccpDocument)
};

QString orNone(const QString& text)
{
    return text.trimmed().isEmpty() ? Tr::tr("(not written)") : text;
}

QString partName(const QString& part)
{
    if (part == u"data-management") {
        return Tr::tr("Data management");
    }
    if (part == u"retraining") {
        return Tr::tr("Re-training");
    }
    if (part == u"performance-evaluation") {
        return Tr::tr("Performance evaluation");
    }
    return Tr::tr("Update procedures");
}

void rulesTable(PageStream& s, const QList<PccpRule>& rules)
{
    s.table({{Tr::tr("Rule"), 1}, {Tr::tr("Acceptance criterion"), 7}, {Tr::tr("Severity"), 2}});
    for (const PccpRule& r : rules) {
        s.row({r.id, (r.title.isEmpty() ? QString() : r.title + QStringLiteral(": ")) + r.text(),
               displayNameOf(r.severity)});
    }
    s.endTable();
}

struct DocumentFacts
{
    PccpStanding standing;
    bool demo = false;
    QString exporter;
    qint64 exportedAtMs = 0;
};

Status render(PageStream& s, const DocumentFacts& f)
{
    if (auto b = s.begin(); !b) {
        return b;
    }
    const PccpRecord& r = f.standing.pccp;
    const Pccp& p = r.content;
    s.heading(p.title.isEmpty() ? Tr::tr("Predetermined Change Control Plan") : p.title);
    if (f.demo) {
        s.paragraph(Tr::tr("Demo workspace: invented data, for trying Countersign only."));
    }
    QStringList signatures;
    for (const PccpStanding::Signed& g : f.standing.signatures) {
        signatures.append(Tr::tr("%1 by %2 at %3").arg(g.meaning, g.signer, UtcTime::displayMs(g.atMs)));
    }
    for (const QString& missing : f.standing.missing) {
        signatures.append(Tr::tr("%1: missing").arg(missing));
    }
    s.facts({
        {Tr::tr("Model"), r.model},
        {Tr::tr("PCCP version"), QString::number(r.version)},
        {Tr::tr("Status"), displayNameOf(f.standing.status)},
        {Tr::tr("Content SHA-256"), r.contentSha256},
        {Tr::tr("Saved"), Tr::tr("%1 by %2 from %3").arg(UtcTime::displayMs(r.createdAtMs), r.author, r.source)},
        {Tr::tr("Signatures"), signatures.join(QStringLiteral("; "))},
        {Tr::tr("Exported"), Tr::tr("%1 by %2").arg(UtcTime::displayMs(f.exportedAtMs), f.exporter)},
    });
    s.paragraph(Tr::tr("Structured as FDA's guidance on Predetermined Change Control Plans for AI-enabled device "
                       "software functions (December 2024): description of modifications, modification protocol, "
                       "impact assessment. The acceptance criteria are the rules Countersign evaluates on every change "
                       "request of this model; the traceability table is generated from the plan. This document is "
                       "signed by the person who exported it (PAdES); its manifest carries the plan's content, whose "
                       "SHA-256 is the one above."));
    if (!p.summary.isEmpty()) {
        s.paragraph(p.summary);
    }

    s.heading(Tr::tr("1. Description of modifications"));
    s.table({{Tr::tr("Id"), 1},
             {Tr::tr("Modification"), 4},
             {Tr::tr("Type"), 4},
             {Tr::tr("Applied"), 2},
             {Tr::tr("Frequency"), 3}});
    for (const PccpModification& m : p.modifications) {
        s.row({m.id, m.title, displayNameOf(m.type),
               (m.automatic ? Tr::tr("automatic") : Tr::tr("manual")) + QStringLiteral(", ") +
                   (m.global ? Tr::tr("global") : Tr::tr("local")),
               orNone(m.frequency)});
    }
    s.endTable();
    for (const PccpModification& m : p.modifications) {
        s.facts({{Tr::tr("%1 rationale").arg(m.id), orNone(m.rationale)},
                 {Tr::tr("%1 labelling affected").arg(m.id), orNone(m.labelling)}});
    }

    s.heading(Tr::tr("2. Modification protocol"));
    int n = 0;
    for (const PccpModification& m : p.modifications) {
        s.heading(QStringLiteral("2.%1 %2 — %3").arg(++n).arg(m.id, m.title), 2);
        s.facts({{Tr::tr("Data management"), orNone(m.dataManagement)},
                 {Tr::tr("Re-training"), orNone(m.retraining)},
                 {Tr::tr("Performance evaluation"), orNone(m.performanceEvaluation)},
                 {Tr::tr("Update procedures"), orNone(m.updateProcedures)}});
        s.paragraph(Tr::tr("Acceptance criteria (a blocking rule that fails refuses approval of the change request):"));
        rulesTable(s, m.rules);
    }

    s.heading(Tr::tr("3. Impact assessment"));
    n = 0;
    for (const PccpModification& m : p.modifications) {
        s.heading(QStringLiteral("3.%1 %2 — %3").arg(++n).arg(m.id, m.title), 2);
        s.facts({{Tr::tr("Benefits"), orNone(m.benefits)},
                 {Tr::tr("Risks, including bias"), orNone(m.risks)},
                 {Tr::tr("Mitigations"), orNone(m.mitigations)},
                 {Tr::tr("Interactions"), orNone(m.interactions)},
                 {Tr::tr("Cumulative impact"), orNone(m.cumulativeImpact)}});
    }

    s.heading(Tr::tr("4. Traceability"));
    s.paragraph(
        Tr::tr("Each modification against the four parts of its protocol: whether the protocol describes it and, "
               "for performance evaluation, the rules that make it executable. Generated from the plan."));
    s.table(
        {{Tr::tr("Modification"), 2}, {Tr::tr("Protocol part"), 4}, {Tr::tr("Described"), 2}, {Tr::tr("Rules"), 4}});
    for (const Pccp::Trace& t : p.traceability()) {
        s.row({t.modification, partName(t.part), t.described ? Tr::tr("yes") : Tr::tr("MISSING"),
               t.rules.join(QStringLiteral(", "))});
    }
    s.endTable();

    s.heading(Tr::tr("5. Real-world monitoring"));
    if (p.monitoring.isEmpty()) {
        s.paragraph(Tr::tr("The plan names no monitoring rule."));
    } else {
        s.paragraph(Tr::tr("Evaluated on every drift run of a production window; a rule that fails raises an alert "
                           "that waits for review."));
        rulesTable(s, p.monitoring);
    }
    return s.finish();
}
} // namespace

Result<ExportedFile> exportPccp(Workspace& workspace, const PccpExportRequest& request)
{
    auto found = PccpQuery(workspace).find(request.model, request.version);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return Error(ErrorCode::NotFound,
                     request.version > 0
                         ? Tr::tr("model %1 has no PCCP version %2").arg(request.model).arg(request.version)
                         : Tr::tr("model %1 has no PCCP in this workspace").arg(request.model));
    }
    DocumentFacts facts;
    facts.standing = *found.value();
    facts.demo = workspace.isDemo();
    auto content = CanonicalJson::serialize(facts.standing.pccp.content.toJson());
    if (!content) {
        return content.error();
    }
    AtomicFile::Staged file(request.outPath);
    if (auto opened = file.open(); !opened) {
        return opened.error();
    }
    const QPageSize::PageSizeId paper = request.paper;
    const PccpRecord& record = facts.standing.pccp;
    ExportSignedDocumentCommand command(
        {QStringLiteral("pccp"), QStringLiteral("pccp"), record.reference(), QFileInfo(request.outPath).fileName()},
        request.credentials, file.device(),
        [&facts, &record, &content, paper, workspaceId = workspace.id()](
            QIODevice& out, const SigningCredentials& credentials, const User& signer, qint64 nowMs,
            const std::optional<Checkpoint>&, const std::function<Status()>& stepDone) -> Status {
            facts.exporter = signer.fullName;
            facts.exportedAtMs = nowMs;
            PagedPdf::Furniture furniture;
            furniture.title = Tr::tr("PCCP of %1, version %2").arg(record.model).arg(record.version);
            furniture.footer =
                Tr::tr("PCCP %1, content SHA-256 %2").arg(record.reference(), record.contentSha256.left(16));
            furniture.demo = facts.demo;
            furniture.author = signer.fullName;
            PageStream counting(nullptr, paper, furniture, 0);
            if (auto counted = render(counting, facts); !counted) {
                return counted;
            }
            if (auto going = stepDone(); !going) {
                return going;
            }
            PageStream painting(&out, paper, furniture, counting.pages());
            if (auto painted = render(painting, facts); !painted) {
                return painted;
            }
            if (auto going = stepDone(); !going) {
                return going;
            }
            const QJsonObject manifest {
                {QStringLiteral("format"), QString::fromLatin1(kPccpManifestFormat)},
                {QStringLiteral("workspace_id"), workspaceId},
                {QStringLiteral("model"), record.model},
                {QStringLiteral("version"), record.version},
                {QStringLiteral("status"), nameOf(facts.standing.status)},
                {QStringLiteral("content_sha256"), record.contentSha256},
                {QStringLiteral("content"), QJsonDocument::fromJson(content.value()).object()},
                {QStringLiteral("pages"), counting.pages()},
            };
            PdfSigner::Options options;
            options.name = signer.fullName;
            options.reason = Tr::tr("Exported by %1 as version %2 of the PCCP of %3")
                                 .arg(signer.fullName)
                                 .arg(record.version)
                                 .arg(record.model);
            options.signingTimeMs = nowMs;
            options.manifest = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
            return PdfSigner::signFile(out, credentials, options);
        },
        2);
    if (auto run = workspace.execute(command, request.progress); !run) {
        return run.error();
    }
    if (auto committed = file.commit(AtomicFile::ordinaryPermissions()); !committed) {
        return Error(ErrorCode::Io,
                     Tr::tr("the export of the PCCP was recorded (SHA-256 %1) but %2")
                         .arg(command.sha256(), committed.error().message));
    }
    return ExportedFile {request.outPath, command.sha256(), command.bytes()};
}

} // namespace cs::reports
