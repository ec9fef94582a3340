// countersign-cli cr show: a change request as text (or its JSON), with its verdicts, PCCP determination, the
// Validation tab's tables and its history. Everything printed is read from the frozen record (ChangeRequestQuery).
#include "CliCommands.h"
#include "CliSupport.h"
#include "queries/ChangeRequestQuery.h"
#include "registry/ChangeRequestEvidence.h"
#include "registry/EvidenceTables.h"
#include "registry/PccpGate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cs::cli {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::cli::ChangeRequestShow)
};

/// The request's heading: title, state and revision, the versions compared, the trigger and the two digests, a line
/// each.
void printHeading(const QJsonObject& j)
{
    const QJsonObject c = j[u"content"].toObject();
    out() << say(Tr::tr("%1: %2"), j[u"id"].toString(), c[u"title"].toString()) << '\n';
    const int revision = j[u"revision"].toInt();
    out() << say(Tr::tr("  %1, %2, by %3 on %4"), j[u"state"].toString(),
                 j[u"locked"].toBool() ? Tr::tr("revision %1 (locked)").arg(revision)
                                       : Tr::tr("revision %1").arg(revision),
                 j[u"author"].toString(), j[u"created"].toString())
          << '\n';
    const QString model = c[u"model"].toString();
    const QString candidate = c[u"candidate"].toString();
    const QString baseline = c[u"baseline"].toString();
    const QString cleared = c[u"cleared"].toString();
    if (baseline.isEmpty()) {
        out() << say(Tr::tr("  %1 version %2 against no baseline (first release)"), model, candidate) << '\n';
    } else if (cleared.isEmpty()) {
        out() << say(Tr::tr("  %1 version %2 against version %3"), model, candidate, baseline) << '\n';
    } else {
        out() << say(Tr::tr("  %1 version %2 against version %3 and the originally cleared version %4"), model,
                     candidate, baseline, cleared)
              << '\n';
    }
    out() << say(Tr::tr("  trigger %1: %2"), c[u"trigger"][u"kind"].toString(), c[u"trigger"][u"reference"].toString())
          << '\n';
    out() << say(Tr::tr("  content SHA-256 %1"), j[u"content_sha256"].toString()) << '\n';
    out() << say(Tr::tr("  plan SHA-256 %1"), j[u"plan_sha256"].toString()) << '\n';
}

/// The frozen evidence's verdicts in words, per dataset, and every subgroup verdict that is inferior or inconclusive.
void printEvidence(const QJsonObject& evidence, double alpha)
{
    QString dataset;
    for (const QJsonValue& d : evidence[u"datasets"].toArray()) {
        const QJsonObject r = d[u"report"].toObject();
        out() << say(Tr::tr("  %1 %2: n %3, positives %4"), d[u"role"].toString(), d[u"name"].toString(),
                     r[u"n"].toInteger(), r[u"positives"].toInteger())
              << '\n';
        for (const ChangeRequestEvidence::Finding& f : ChangeRequestEvidence::findings(evidence, alpha)) {
            if (f.dataset == d[u"name"].toString()) {
                out() << "    " << (f.scope.isEmpty() ? QString() : f.scope + QStringLiteral(": ")) << f.text << '\n';
            }
        }
    }
}

/// The frozen PCCP determination: in words, then each rule with its verdict and the numbers it read.
void printDetermination(const QJsonObject& pccp)
{
    if (pccp.isEmpty()) {
        return; // not evaluated yet, or evaluated before PCCPs
    }
    out() << say(Tr::tr("  PCCP: %1"), PccpGate::statement(pccp)) << '\n';
    for (const QJsonValue& rule : pccp[u"rules"].toArray()) {
        const auto verdict = enumFromName<RuleVerdict>(rule[u"verdict"].toString());
        out() << "    " << pad(rule[u"rule"].toString(), 5)
              << pad(verdict ? displayNameOf(*verdict) : rule[u"verdict"].toString(), 15) << rule[u"text"].toString()
              << '\n';
        for (const QJsonValue& reading : rule[u"readings"].toArray()) {
            if (!reading[u"in_scope"].toBool(true)) {
                continue;
            }
            out() << "         " << PccpGate::readingText(reading.toObject()) << '\n';
        }
    }
}

/// The Validation tab's tables of every dataset of the request `j` (ChangeRequestQuery::toJson), tab-separated: against
/// the baseline, then against the originally cleared version when the request names one.
void printTables(const QJsonObject& j)
{
    const QJsonObject c = j[u"content"].toObject();
    const EvidenceTables::TextTable rules = EvidenceTables::pccpRules(j[u"evidence"][u"pccp"].toObject());
    if (!rules.rows.isEmpty()) {
        out() << '\n' << say(Tr::tr("PCCP acceptance rules\n%1"), rules.toTsv());
    }
    for (const QJsonValue& d : j[u"evidence"][u"datasets"].toArray()) {
        for (const bool cleared : {false, true}) {
            const QJsonObject dataset = ChangeRequestEvidence::datasetAgainst(
                d.toObject(), cleared ? QStringLiteral("cleared") : QStringLiteral("baseline"));
            if (dataset.isEmpty()) {
                continue;
            }
            const EvidenceTables::Versions versions {c[cleared ? u"cleared" : u"baseline"].toString(),
                                                     c[u"candidate"].toString(), cleared};
            out() << '\n'
                  << say(Tr::tr("%1 (%2), against %3\n%4\n%5"), dataset[u"name"].toString(),
                         dataset[u"role"].toString(), versions.comparatorName(),
                         EvidenceTables::headline(dataset, versions).toTsv(),
                         EvidenceTables::confusion(dataset, versions).toTsv());
            for (const QJsonValue& column : c[u"plan"][u"subgroups"].toArray()) {
                for (const char* metric : {"sensitivity", "specificity", "accuracy", "auc"}) {
                    out() << '\n'
                          << EvidenceTables::subgroups(dataset, versions, column.toString(), QLatin1String(metric))
                                 .toTsv();
                }
            }
        }
    }
    out() << '\n';
}
} // namespace

int crShow(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Show a change request: its content, plan, verdicts and history."));
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    parser.addOption({QStringLiteral("tables"),
                      Tr::tr("Also print each dataset's headline table, subgroup tables and confusion "
                             "matrices (tab-separated), as the window's Validation tab shows them.")});
    if (!parse(parser, QStringLiteral("cr show"), args, {QStringLiteral("WORKSPACE"), QStringLiteral("ID")})) {
        return exitAfterParse(args);
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
    if (!ws) {
        return fail(ws.error());
    }
    auto json = ChangeRequestQuery(*ws.value()).toJson(parser.positionalArguments().at(1));
    if (!json) {
        return fail(json.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(json.value()).toJson();
        return Success;
    }
    const QJsonObject j = json.value();
    const QJsonObject c = j[u"content"].toObject();
    printHeading(j);
    printEvidence(j[u"evidence"].toObject(), c[u"plan"][u"alpha"].toDouble());
    printDetermination(j[u"evidence"][u"pccp"].toObject());
    if (parser.isSet(QStringLiteral("tables"))) {
        printTables(j);
    }
    if (j[u"next_step"].isObject()) {
        out() << say(Tr::tr("  next: %1 (%2)"), j[u"next_step"][u"what"].toString(), j[u"next_step"][u"who"].toString())
              << '\n';
    }
    for (const QJsonValue& rev : j[u"revisions"].toArray()) {
        out() << say(Tr::tr("  revision %1%2: content %3, plan %4"), rev[u"revision"].toInt(),
                     (rev[u"locked"].toBool() ? Tr::tr(" (locked)") : QString()),
                     rev[u"content_sha256"].toString().left(16), rev[u"plan_sha256"].toString().left(16))
              << '\n';
        for (const QJsonValue& change : rev[u"changes"].toArray()) {
            out() << say(Tr::tr("    changed %1: \"%2\" -> \"%3\""), change[u"field"].toString(),
                         change[u"before"].toString(), change[u"after"].toString())
                  << '\n';
        }
    }
    for (const QJsonValue& m : j[u"moves"].toArray()) {
        out() << say(Tr::tr("  %1 %2 by %3: %4 -> %5"), m[u"at"].toString(), m[u"action"].toString(),
                     m[u"by"].toString(), m[u"from"].toString(), m[u"to"].toString());
        if (m[u"signature"].toInteger() > 0) {
            out() << say(Tr::tr(" (signature %1)"), m[u"signature"].toInteger());
        }
        if (!m[u"reason"].toString().isEmpty()) {
            out() << " \"" << m[u"reason"].toString() << '"';
        }
        out() << '\n';
    }
    return Success;
}

} // namespace cs::cli
