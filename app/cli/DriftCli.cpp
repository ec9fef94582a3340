#include "CliCommands.h"
#include "CliSupport.h"
#include "commands/DriftCommands.h"
#include "queries/DriftQuery.h"
#include "util/UtcTime.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace cs::cli {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::cli::DriftCli)
};
} // namespace

namespace {

QString number(const QJsonValue& v, int digits = 4)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'g', digits) : QStringLiteral("-");
}

QString alertText(const DriftRunView& v)
{
    if (!v.alert) {
        return QStringLiteral("-");
    }
    return v.alert->alert.label() + QStringLiteral(" (") + v.alert->status + u')';
}

/// An estimate as "0.717 (0.645-0.779)".
QString estimateText(const QJsonValue& e)
{
    return number(e[u"value"], 3) + QStringLiteral(" (") + number(e[u"ci_low"], 3) + u'-' + number(e[u"ci_high"], 3) +
        u')';
}

/// The version's performance on a labelled window, and each subgroup column's largest gaps.
void printPerformance(const QJsonValue& p)
{
    if (!p.isObject()) {
        out() << Tr::tr("The window has no labels: no performance.") << '\n';
        return;
    }
    const QJsonObject m = p[u"metrics"].toObject();
    out() << '\n'
          << say(Tr::tr("Performance of version %1 on %2 labelled samples (%3 positives) at threshold %4 (%5)\n    "
                        "sensitivity %6   specificity %7   AUC %8\n    PPV %9   NPV %10   Brier %11"),
                 p[u"version"].toString(), p[u"n"].toInteger(), p[u"positives"].toInteger(), number(p[u"threshold"]),
                 (p[u"threshold_from"].toString().startsWith(u"CR-")
                      ? Tr::tr("released by %1").arg(p[u"threshold_from"].toString())
                      : p[u"threshold_from"].toString()),
                 estimateText(m[u"sensitivity"]), estimateText(m[u"specificity"]), estimateText(m[u"auc"]),
                 estimateText(m[u"ppv"]), estimateText(m[u"npv"]), number(m[u"brier"], 3))
          << '\n';
    for (const QJsonValue& s : p[u"subgroups"].toArray()) {
        out() << "    " << s[u"column"].toString() << ":";
        for (const QJsonValue& g : s[u"groups"].toArray()) {
            out() << say(Tr::tr(" %1 sensitivity %2 (%3 positives);"), g[u"group"].toString(),
                         number(g[u"metrics"][u"sensitivity"][u"value"], 3), g[u"positives"].toInteger());
        }
        out() << '\n';
        for (const QJsonValue& gap : s[u"largest_gaps"].toArray()) {
            const QString metric = gap[u"metric"].toString();
            if (metric == u"sensitivity" || metric == u"specificity") {
                out() << say(Tr::tr("    largest %1 gap %2: %3 over %4 (groups with at least %5 positives)"), metric,
                             number(gap[u"gap"], 3), gap[u"highest"].toString(), gap[u"lowest"].toString(),
                             s[u"min_positives"].toInteger())
                      << '\n';
            }
        }
    }
}

/// One run in words: what was compared, each feature's test and verdict, the scores, the monitoring rules, breaches.
void printRun(const DriftRunView& v)
{
    const QJsonObject& c = v.run.content;
    out() << say(Tr::tr("%1: window %2 (%3 samples) against %4 (%5), model %6 version %7\nRecorded by %8 at %9; "
                        "content SHA-256 %10"),
                 v.run.label(), v.run.window, c[u"window_samples"].toInteger(), v.run.reference,
                 c[u"reference_samples"].toInteger(), v.run.model, v.run.version, v.run.createdBy,
                 UtcTime::formatMsString(v.run.createdAtMs), v.run.contentSha256)
          << "\n\n";
    out() << pad(Tr::tr("FEATURE"), 16) << pad(Tr::tr("TYPE"), 13) << pad(Tr::tr("METHOD"), 14)
          << pad(Tr::tr("SCORE"), 12) << pad(Tr::tr("HOLM P"), 12) << pad(Tr::tr("THRESHOLD"), 11)
          << pad(Tr::tr("PSI"), 9) << Tr::tr("DRIFTED") << '\n';
    auto row = [](const QJsonObject& f) {
        out() << pad(f[u"name"].toString(), 16) << pad(f[u"type"].toString(), 13) << pad(f[u"method"].toString(), 14)
              << pad(number(f[u"score"]), 12) << pad(number(f[u"holm_p_value"]), 12) << pad(number(f[u"threshold"]), 11)
              << pad(number(f[u"psi"], 3), 9) << (f[u"drifted"].toBool() ? "DRIFTED" : "no") << '\n';
    };
    for (const QJsonValue& f : c[u"features"].toArray()) {
        row(f.toObject());
    }
    if (c[u"prediction"].isObject()) {
        out() << say(Tr::tr("scores of version %1:"), v.run.version) << '\n';
        row(c[u"prediction"].toObject());
    }
    out() << '\n'
          << say(Tr::tr("%1 of %2 features drifted (share %3, alert at %4)"), c[u"drifted_features"].toInteger(),
                 c[u"compared_features"].toInteger(), number(c[u"drifted_share"]), number(c[u"drift_share_threshold"]))
          << '\n';
    printPerformance(c[u"performance"]);
    const QJsonArray monitoring = c[u"monitoring"].toArray();
    if (!monitoring.isEmpty()) {
        out() << '\n'
              << say(Tr::tr("Real-world monitoring rules of PCCP %1"), c[u"pccp"][u"reference"].toString()) << '\n';
        for (const QJsonValue& m : monitoring) {
            out() << "    " << pad(m[u"id"].toString(), 5) << pad(m[u"verdict"].toString().toUpper(), 16)
                  << m[u"text"].toString() << " (read " << number(m[u"value"]) << ')'
                  << (m[u"note"].isString() ? QStringLiteral(": ") + m[u"note"].toString() : QString()) << '\n';
        }
    }
    if (v.alert) {
        out() << '\n' << say(Tr::tr("Alert %1 (%2)"), v.alert->alert.label(), v.alert->status) << '\n';
        for (const QJsonValue& r : v.alert->alert.reasons) {
            out() << "    " << r[u"text"].toString() << '\n';
        }
        for (const AlertDecision& d : v.alert->decisions) {
            out() << say(Tr::tr("    %1 by %2 at %3%4"), displayNameOf(d.action), d.by, UtcTime::formatMsString(d.atMs),
                         (d.changeRequest.isEmpty() ? QStringLiteral(": ") + d.reason
                                                    : QStringLiteral(": ") + d.changeRequest))
                  << '\n';
        }
    } else {
        out() << Tr::tr("No threshold breached: no alert.") << '\n';
    }
}

int driftRun(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Compare a production window with a reference feature by feature (the engine and defaults of stats drift), "
        "and the version's scores; freeze the run as evidence and raise an alert when a threshold is breached."));
    addSignInOptions(parser);
    parser.addOption(
        {QStringLiteral("window"), Tr::tr("The production window (a dataset)."), QStringLiteral("DATASET")});
    parser.addOption({QStringLiteral("reference"),
                      Tr::tr("The reference: a drift reference, validation or challenge set."),
                      QStringLiteral("DATASET")});
    parser.addOption({QStringLiteral("version"),
                      Tr::tr("The version whose scores to compare (default: the one in production)."),
                      QStringLiteral("LABEL")});
    parser.addOption(
        {QStringLiteral("bins"), Tr::tr("PSI bins on reference quantiles (default 10)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("drift-share"), Tr::tr("Alert when this share of features drifts (default 0.5)."),
                      QStringLiteral("X")});
    parser.addOption({QStringLiteral("threshold"),
                      Tr::tr("On a labelled window, the threshold to measure the version's performance at "
                             "(default: the one it was released at)."),
                      QStringLiteral("X")});
    parser.addOption({QStringLiteral("min-positives"),
                      Tr::tr("A subgroup counts in the largest gaps from this many positives (default 20)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print the run as JSON.")});
    if (!parse(parser, QStringLiteral("drift run"), args, {QStringLiteral("WORKSPACE"), QStringLiteral("MODEL")})) {
        return exitAfterParse(args);
    }
    if (!parser.isSet(QStringLiteral("window")) || !parser.isSet(QStringLiteral("reference"))) {
        return fail(Tr::tr("drift run: give --window DATASET and --reference DATASET"));
    }
    DriftRunRequest request;
    request.model = parser.positionalArguments().at(1);
    request.window = parser.value(QStringLiteral("window"));
    request.reference = parser.value(QStringLiteral("reference"));
    request.version = parser.value(QStringLiteral("version"));
    auto bins = positiveNumber(parser, QStringLiteral("bins"), 10);
    if (!bins) {
        return fail(bins.error());
    }
    request.bins = int(bins.value());
    if (parser.isSet(QStringLiteral("drift-share"))) {
        bool ok = false;
        request.driftShareThreshold = parser.value(QStringLiteral("drift-share")).toDouble(&ok);
        if (!ok) {
            return fail(Tr::tr("drift run: --drift-share takes a number above 0 and at most 1, not \"%1\"")
                            .arg(parser.value(QStringLiteral("drift-share"))));
        }
    }
    if (parser.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        const double threshold = parser.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok || !std::isfinite(threshold)) {
            return fail(Tr::tr("drift run: --threshold takes a number, not \"%1\"")
                            .arg(parser.value(QStringLiteral("threshold"))));
        }
        request.threshold = threshold;
    }
    if (parser.isSet(QStringLiteral("min-positives"))) {
        bool ok = false;
        request.minimumPositives = parser.value(QStringLiteral("min-positives")).toLongLong(&ok);
        if (!ok || request.minimumPositives < 0) {
            return fail(Tr::tr("drift run: --min-positives takes a whole number of at least 0, not \"%1\"")
                            .arg(parser.value(QStringLiteral("min-positives"))));
        }
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    RunDriftCommand command(request);
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    auto view = DriftQuery(*ws.value()).run(command.run().label());
    if (!view || !view.value()) {
        return fail(view ? Error(ErrorCode::NotFound, Tr::tr("the run just recorded cannot be read back"))
                         : view.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(DriftQuery::toJson(*view.value())).toJson(QJsonDocument::Indented);
        return Success;
    }
    printRun(*view.value());
    return Success;
}

int driftList(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List every drift run with its drifted features and alert."));
    parser.addOption({QStringLiteral("model"), Tr::tr("Only this model's runs."), QStringLiteral("M")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    if (!parse(parser, QStringLiteral("drift list"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
    if (!ws) {
        return fail(ws.error());
    }
    auto runs = DriftQuery(*ws.value()).runs(parser.value(QStringLiteral("model")));
    if (!runs) {
        return fail(runs.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const DriftRunView& v : runs.value()) {
            QJsonObject o = DriftQuery::toJson(v);
            const QJsonObject c = v.run.content;
            o.remove(QStringLiteral("content"));
            o.insert(QStringLiteral("drifted_features"), c[u"drifted_features"]);
            o.insert(QStringLiteral("compared_features"), c[u"compared_features"]);
            list.append(o);
        }
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (runs->isEmpty()) {
        out() << Tr::tr(
                     "No drift run in this workspace; run one with drift run WORKSPACE MODEL --window W --reference R")
              << '\n';
        return Success;
    }
    out() << pad(Tr::tr("RUN"), 7) << pad(Tr::tr("MODEL"), 14) << pad(Tr::tr("WINDOW"), 24)
          << pad(Tr::tr("REFERENCE"), 24) << pad(Tr::tr("DRIFTED"), 9) << pad(Tr::tr("RECORDED"), 12) << Tr::tr("ALERT")
          << '\n';
    for (const DriftRunView& v : runs.value()) {
        const QJsonObject& c = v.run.content;
        out() << pad(v.run.label(), 7) << pad(v.run.model, 14) << pad(v.run.window, 24) << pad(v.run.reference, 24)
              << pad(QStringLiteral("%1/%2")
                         .arg(c[u"drifted_features"].toInteger())
                         .arg(c[u"compared_features"].toInteger()),
                     9)
              << pad(UtcTime::formatMsString(v.run.createdAtMs).left(10), 12) << alertText(v) << '\n';
    }
    return Success;
}

int driftShow(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Show one drift run: each feature's test, score, threshold and PSI, and its alert."));
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON (every frozen number, the PSI bins).")});
    if (!parse(parser, QStringLiteral("drift show"), args, {QStringLiteral("WORKSPACE"), QStringLiteral("RUN")})) {
        return exitAfterParse(args);
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
    if (!ws) {
        return fail(ws.error());
    }
    const QString label = parser.positionalArguments().at(1);
    auto view = DriftQuery(*ws.value()).run(label);
    if (!view) {
        return fail(view.error());
    }
    if (!view.value()) {
        return fail(Error(ErrorCode::NotFound, Tr::tr("there is no drift run %1 (runs are DR-N)").arg(label)));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(DriftQuery::toJson(*view.value())).toJson(QJsonDocument::Indented);
        return Success;
    }
    printRun(*view.value());
    return Success;
}

int alertList(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the drift alerts and what was decided on each."));
    parser.addOption({QStringLiteral("open"), Tr::tr("Only the open ones (the review queue).")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    if (!parse(parser, QStringLiteral("alert list"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
    if (!ws) {
        return fail(ws.error());
    }
    auto alerts = DriftQuery(*ws.value()).alerts(parser.isSet(QStringLiteral("open")));
    if (!alerts) {
        return fail(alerts.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const AlertView& v : alerts.value()) {
            list.append(DriftQuery::toJson(v));
        }
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (alerts->isEmpty()) {
        out() << (parser.isSet(QStringLiteral("open")) ? Tr::tr("No open drift alert.") : Tr::tr("No drift alert."))
              << '\n';
        return Success;
    }
    for (const AlertView& v : alerts.value()) {
        out() << say(Tr::tr("%1  %2  %3, window %4 (%5), raised %6"), v.alert.label(), v.status, v.alert.model,
                     v.alert.window, v.run, UtcTime::formatMsString(v.alert.raisedAtMs))
              << '\n';
        for (const QJsonValue& r : v.alert.reasons) {
            out() << "    " << r[u"text"].toString() << '\n';
        }
        for (const AlertDecision& d : v.decisions) {
            out() << say(Tr::tr("    -> %1 by %2%3"), displayNameOf(d.action), d.by,
                         (d.changeRequest.isEmpty() ? QStringLiteral(": ") + d.reason
                                                    : QStringLiteral(": ") + d.changeRequest))
                  << '\n';
        }
    }
    return Success;
}

int alertAck(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Acknowledge an open drift alert that needs no change now, with the reason (QA officer). To act on it "
               "instead, open a change request from it: cr create ... --trigger drift-alert --trigger-ref DA-N."));
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("reason"), Tr::tr("Why no change is needed."), QStringLiteral("TEXT")});
    if (!parse(parser, QStringLiteral("alert ack"), args, {QStringLiteral("WORKSPACE"), QStringLiteral("ALERT")})) {
        return exitAfterParse(args);
    }
    const QString label = parser.positionalArguments().at(1);
    const auto id = DriftAlerts::parseLabel(label);
    if (!id) {
        return fail(Tr::tr("alert ack: \"%1\" is not an alert (DA-N)").arg(label));
    }
    if (!parser.isSet(QStringLiteral("reason"))) {
        return fail(Tr::tr("alert ack: give --reason TEXT"));
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    AcknowledgeAlertCommand command(*id, parser.value(QStringLiteral("reason")));
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    out() << say(Tr::tr("Drift alert DA-%1 acknowledged; it has left the review queue."), *id) << '\n';
    return Success;
}

} // namespace

int drift(const QStringList& args)
{
    return dispatch(
        QStringLiteral("drift"), args,
        {{QStringLiteral("run"), driftRun}, {QStringLiteral("list"), driftList}, {QStringLiteral("show"), driftShow}});
}

int alert(const QStringList& args)
{
    return dispatch(QStringLiteral("alert"), args,
                    {{QStringLiteral("list"), alertList}, {QStringLiteral("ack"), alertAck}});
}

} // namespace cs::cli
