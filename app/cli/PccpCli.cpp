#include "CliSupport.h"
#include "commands/PccpCommands.h"
#include "commands/SignRecordCommand.h"
#include "queries/PccpQuery.h"
#include "util/UtcTime.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace cs::cli {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::cli::PccpCli)
};
} // namespace

namespace {
/// Every modification with its rules in words, the monitoring rules and the traceability table.
void printContent(const Pccp& p)
{
    const QList<Pccp::Trace> table = p.traceability();
    for (const PccpModification& m : p.modifications) {
        out() << '\n'
              << m.id << "  " << m.title << "\n    " << displayNameOf(m.type) << ", "
              << (m.automatic ? QStringLiteral("automatic") : QStringLiteral("manual")) << ", "
              << (m.global ? QStringLiteral("global") : QStringLiteral("local"))
              << (m.frequency.isEmpty() ? QString() : QStringLiteral(", ") + m.frequency) << '\n';
        for (const PccpRule& r : m.rules) {
            out() << "    " << pad(r.id, 5) << r.text() << '\n';
        }
    }
    if (!p.monitoring.isEmpty()) {
        out() << '\n' << Tr::tr("Real-world monitoring") << '\n';
        for (const PccpRule& r : p.monitoring) {
            out() << "    " << pad(r.id, 5) << r.text() << '\n';
        }
    }
    out() << '\n' << Tr::tr("Traceability (modification x protocol part: described, rules)") << '\n';
    for (const Pccp::Trace& t : table) {
        out() << "    " << pad(t.modification, 6) << pad(t.part, 24) << (t.described ? "described" : "MISSING")
              << (t.rules.isEmpty() ? QString() : QStringLiteral("  ") + t.rules.join(QStringLiteral(", "))) << '\n';
    }
}

/// pccp check FILE.yaml: reads a PCCP as regulatory affairs wrote it and shows it as Countersign reads it (every rule
/// in words, the generated traceability table), or every problem with its line and field. Needs no workspace.
int pccpCheck(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Check a PCCP written in YAML: every modification, every acceptance rule in words and the "
               "traceability table, or every problem with the file, line and field. Needs no workspace."));
    parser.addOption({QStringLiteral("json"), Tr::tr("Print the PCCP and its traceability table as JSON.")});
    if (!parse(parser, QStringLiteral("pccp check"), args, {QStringLiteral("FILE.yaml")})) {
        return exitAfterParse(args);
    }
    auto pccp = Pccp::fromYamlFile(parser.positionalArguments().first());
    if (!pccp) {
        return fail(pccp.error().message); // bad input: 2, as for every unreadable file
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = pccp->toJson();
        json.insert(QStringLiteral("traceability"), pccp->traceabilityJson());
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Success;
    }
    out() << say(Tr::tr("%1 (model %2)"), pccp->title, pccp->model) << '\n';
    printContent(pccp.value());
    return Success;
}

/// pccp import WORKSPACE FILE.yaml: saves the file as the next version of its model's PCCP (regulatory affairs).
int pccpImport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Save a PCCP written in YAML as the next version of its model's PCCP (regulatory affairs). It is in force "
        "once you sign it as authored and a QA officer approves it (pccp sign)."));
    addSignInOptions(parser);
    if (!parse(parser, QStringLiteral("pccp import"), args,
               {QStringLiteral("WORKSPACE"), QStringLiteral("FILE.yaml")})) {
        return exitAfterParse(args);
    }
    const QString path = parser.positionalArguments().at(1);
    auto content = Pccp::fromYamlFile(path);
    if (!content) {
        return fail(content.error().message);
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    SavePccpCommand command(content.value(), QFileInfo(path).fileName());
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    out() << say(Tr::tr("Saved version %1 of the PCCP of %2 (content SHA-256 %3); it is in force once its author signs "
                        "it as authored and a QA officer approves it: pccp sign %4 %5 --version %6 --meaning "
                        "authored|approved"),
                 command.version(), content->model, command.contentSha256(), parser.positionalArguments().first(),
                 content->model, command.version())
          << '\n';
    return Success;
}

QString signedBy(const PccpStanding& s)
{
    QStringList parts;
    for (const PccpStanding::Signed& g : s.signatures) {
        parts.append(g.meaning + u' ' + g.signer + u' ' + UtcTime::formatMsString(g.atMs).left(10));
    }
    for (const QString& m : s.missing) {
        parts.append(m + QStringLiteral(" -"));
    }
    return parts.join(QStringLiteral("; "));
}

int pccpList(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("List every version of every model's PCCP with its status and signatures."));
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    if (!parse(parser, QStringLiteral("pccp list"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
    if (!ws) {
        return fail(ws.error());
    }
    auto all = PccpQuery(*ws.value()).all();
    if (!all) {
        return fail(all.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const PccpStanding& s : all.value()) {
            QJsonObject o = PccpQuery::toJson(s);
            o.remove(QStringLiteral("content"));
            o.remove(QStringLiteral("traceability"));
            o.insert(QStringLiteral("title"), s.pccp.content.title);
            list.append(o);
        }
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (all->isEmpty()) {
        out() << Tr::tr("No PCCP in this workspace; import one with pccp import WORKSPACE FILE.yaml") << '\n';
        return Success;
    }
    out() << pad(Tr::tr("MODEL"), 16) << pad(Tr::tr("VERSION"), 9) << pad(Tr::tr("STATUS"), 22)
          << pad(Tr::tr("SAVED"), 12) << Tr::tr("SIGNATURES") << '\n';
    for (const PccpStanding& s : all.value()) {
        out() << pad(s.pccp.model, 16) << pad(QString::number(s.pccp.version), 9) << pad(displayNameOf(s.status), 22)
              << pad(UtcTime::formatMsString(s.pccp.createdAtMs).left(10), 12) << signedBy(s) << '\n';
    }
    return Success;
}

int pccpShow(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Show a model's PCCP: the version in force (or the newest), or the one --version names, with its "
               "signatures, every modification and rule in words, and the traceability table."));
    parser.addOption({QStringLiteral("version"), Tr::tr("The version to show."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    if (!parse(parser, QStringLiteral("pccp show"), args, {QStringLiteral("WORKSPACE"), QStringLiteral("MODEL")})) {
        return exitAfterParse(args);
    }
    auto version = positiveNumber(parser, QStringLiteral("version"), 0);
    if (!version) {
        return fail(version.error());
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
    if (!ws) {
        return fail(ws.error());
    }
    const QString model = parser.positionalArguments().at(1);
    auto found = PccpQuery(*ws.value()).find(model, int(version.value()));
    if (!found) {
        return fail(found.error());
    }
    if (!found.value()) {
        return fail(Error(ErrorCode::NotFound,
                          version.value() > 0
                              ? Tr::tr("model %1 has no PCCP version %2").arg(model).arg(version.value())
                              : Tr::tr("model %1 has no PCCP in this workspace").arg(model)));
    }
    const PccpStanding& s = *found.value();
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(PccpQuery::toJson(s)).toJson(QJsonDocument::Indented);
        return Success;
    }
    out() << say(Tr::tr(
                     "%1\nPCCP of %2, version %3: %4\nSaved by %5 at %6 from %7; content SHA-256 %8\nSignatures: %9"),
                 s.pccp.content.title, s.pccp.model, s.pccp.version, displayNameOf(s.status), s.pccp.author,
                 UtcTime::formatMsString(s.pccp.createdAtMs), s.pccp.source, s.pccp.contentSha256, signedBy(s))
          << '\n';
    printContent(s.pccp.content);
    return Success;
}

/// pccp sign WORKSPACE MODEL --version N --meaning authored|approved: the author's or the QA officer's signature.
int pccpSign(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Sign a version of a model's PCCP: its author (regulatory affairs) as authored, then a QA officer who is "
        "not the author as approved. The newest approved version is in force."));
    addSignInOptions(parser);
    addSigningOptions(parser);
    parser.addOption({QStringLiteral("version"), Tr::tr("The version to sign."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("meaning"), Tr::tr("authored or approved."), QStringLiteral("M")});
    parser.addOption({QStringLiteral("reason"), Tr::tr("Why you sign."), QStringLiteral("TEXT")});
    if (!parse(parser, QStringLiteral("pccp sign"), args, {QStringLiteral("WORKSPACE"), QStringLiteral("MODEL")})) {
        return exitAfterParse(args);
    }
    auto version = positiveNumber(parser, QStringLiteral("version"), 0);
    if (!version) {
        return fail(version.error());
    }
    const auto meaning = enumFromName<Meaning>(parser.value(QStringLiteral("meaning")));
    if (version.value() == 0 || !meaning || !parser.isSet(QStringLiteral("user")) ||
        !parser.isSet(QStringLiteral("pkcs12"))) {
        return fail(
            Tr::tr("pccp sign: --version N, --meaning authored|approved, --user USER and --pkcs12 FILE are required"));
    }
    SecretBytes password;
    auto ws = openSignedIn(parser, parser.positionalArguments().first(), false, &password);
    if (!ws) {
        return fail(ws.error());
    }
    auto credentials = openCredentials(parser, *ws.value(), password);
    if (!credentials) {
        return fail(credentials.error());
    }
    const QString model = parser.positionalArguments().at(1);
    const QString id = model + u'@' + QString::number(version.value());
    SignRecordCommand command(QStringLiteral("pccp"), id, *meaning, parser.value(QStringLiteral("reason")),
                              std::move(credentials.value()));
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    auto now = PccpQuery(*ws.value()).find(model, int(version.value()));
    out() << say(Tr::tr("Signature %1: pccp:%2 signed as \"%3\"; the version is now %4"), command.signature().id, id,
                 nameOf(*meaning),
                 (now && now.value() ? displayNameOf(now.value()->status) : QStringLiteral("unknown")))
          << '\n';
    return Success;
}
} // namespace

int pccp(const QStringList& args)
{
    return dispatch(QStringLiteral("pccp"), args,
                    {{QStringLiteral("check"), pccpCheck},
                     {QStringLiteral("import"), pccpImport},
                     {QStringLiteral("list"), pccpList},
                     {QStringLiteral("show"), pccpShow},
                     {QStringLiteral("sign"), pccpSign}});
}

} // namespace cs::cli
