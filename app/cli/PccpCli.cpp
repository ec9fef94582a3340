#include "CliSupport.h"
#include "pccp/Pccp.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace cs::cli {

namespace {
/// pccp check FILE.yaml: reads a PCCP as regulatory affairs wrote it and shows it as Countersign reads it (every rule
/// in words, the generated traceability table), or every problem with its line and field. Needs no workspace.
int pccpCheck(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check a PCCP written in YAML: every modification, every acceptance rule in words and the "
                       "traceability table, or every problem with the file, line and field. Needs no workspace."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the PCCP and its traceability table as JSON.")});
    if (!parse(parser, QStringLiteral("pccp check"), args, {QStringLiteral("FILE.yaml")})) {
        return exitAfterParse(args);
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(
            QStringLiteral("pccp check: cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    auto pccp = Pccp::fromYaml(file.readAll(), QDir::toNativeSeparators(path));
    if (!pccp) {
        return fail(pccp.error().message); // bad input: 2, as for every unreadable file
    }
    const QList<Pccp::Trace> table = pccp->traceability();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray trace;
        for (const Pccp::Trace& t : table) {
            trace.append(QJsonObject {{QStringLiteral("modification"), t.modification},
                                      {QStringLiteral("part"), t.part},
                                      {QStringLiteral("described"), t.described},
                                      {QStringLiteral("rules"), QJsonArray::fromStringList(t.rules)}});
        }
        QJsonObject json = pccp->toJson();
        json.insert(QStringLiteral("traceability"), trace);
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Success;
    }
    out() << pccp->title << " (model " << pccp->model << ")\n";
    for (const PccpModification& m : pccp->modifications) {
        out() << '\n'
              << m.id << "  " << m.title << "\n    " << displayNameOf(m.type) << ", "
              << (m.automatic ? QStringLiteral("automatic") : QStringLiteral("manual")) << ", "
              << (m.global ? QStringLiteral("global") : QStringLiteral("local"))
              << (m.frequency.isEmpty() ? QString() : QStringLiteral(", ") + m.frequency) << '\n';
        for (const PccpRule& r : m.rules) {
            out() << "    " << pad(r.id, 5) << r.text() << '\n';
        }
    }
    if (!pccp->monitoring.isEmpty()) {
        out() << "\nReal-world monitoring\n";
        for (const PccpRule& r : pccp->monitoring) {
            out() << "    " << pad(r.id, 5) << r.text() << '\n';
        }
    }
    out() << "\nTraceability (modification x protocol part: described, rules)\n";
    for (const Pccp::Trace& t : table) {
        out() << "    " << pad(t.modification, 6) << pad(t.part, 24) << (t.described ? "described" : "MISSING")
              << (t.rules.isEmpty() ? QString() : QStringLiteral("  ") + t.rules.join(QStringLiteral(", "))) << '\n';
    }
    return Success;
}
} // namespace

int pccp(const QStringList& args)
{
    if (!args.isEmpty() && args.first() == u"check") {
        return pccpCheck(args.mid(1));
    }
    return fail(QStringLiteral("pccp: expected check (import, show, list and sign come with stored PCCPs)"));
}

} // namespace cs::cli
