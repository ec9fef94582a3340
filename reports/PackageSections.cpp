// The change-control package's text helpers and its data-heavy sections (docs/change-requests.md).
#include "PackageSections.h"

#include "registry/PccpGate.h"
#include "registry/VersionDiff.h"
#include "util/UtcTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cs::reports::PackageSections {

namespace {
/// The sections keep the package's translation context, so lupdate files them with the rest of it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::reports::ChangeControlPackage)
};
} // namespace

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString utcText(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? UtcTime::displayMs(at.toMSecsSinceEpoch()) : iso;
}

QString table(const EvidenceTables::TextTable& t)
{
    QString html = QStringLiteral("<table class='grid' width='100%' cellspacing='0' cellpadding='2'><tr>");
    for (const QString& h : t.header) {
        html += QStringLiteral("<th>%1</th>").arg(esc(h));
    }
    html += QStringLiteral("</tr>");
    for (const QStringList& row : t.rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row) {
            html += QStringLiteral("<td>%1</td>").arg(esc(cell).replace(u'\n', QStringLiteral("<br>")));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

/// Label/value rows of a two-column table.
QString facts(const QList<std::pair<QString, QString>>& rows)
{
    QString html = QStringLiteral("<table class='facts' cellspacing='0' cellpadding='2'>");
    for (const auto& [label, value] : rows) {
        html += QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>").arg(esc(label), value);
    }
    return html + QStringLiteral("</table>");
}

QString paragraphs(const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(esc(text).replace(u'\n', QStringLiteral("<br>")));
}
namespace {
QString valueText(const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
        return QStringLiteral("\u2014");
    }
    if (v.isString()) {
        return v.toString();
    }
    if (v.isObject() || v.isArray()) {
        return QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
    }
    const QJsonArray wrapped {v};
    const QByteArray json = QJsonDocument(wrapped).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

/// A 64-digit hex digest (or "v2:" and one) is printed whole in the monospaced style.
bool isDigest(const QString& text)
{
    static const QRegularExpression digest(QStringLiteral("^(v2:|md5:)?[0-9a-f]{32,64}$"));
    return digest.match(text).hasMatch();
}

QString valueHtml(const QJsonValue& v)
{
    const QString text = valueText(v);
    return isDigest(text) ? QStringLiteral("<span class='digest'>%1</span>").arg(esc(text)) : esc(text);
}

/// The differences of one or more sections: a row for the value before and one for the value after, so that long
/// values (digests) keep a whole line. Keys of a section other than `plain` are preceded by the section's name.
QString differencesTable(const QList<DiffEntry>& entries, const QString& before, const QString& after,
                         const QString& plain)
{
    QString html = QStringLiteral("<table class='grid' width='100%' cellspacing='0' cellpadding='2'><tr>"
                                  "<th width='28%'>%1</th><th width='9%'>%2</th><th>%3</th></tr>")
                       .arg(esc(Tr::tr("Key")), esc(Tr::tr("Version")), esc(Tr::tr("Value")));
    for (const DiffEntry& e : entries) {
        const QString section =
            e.section == u"registry" ? Tr::tr("MLflow registry at import") : e.section; // not Countersign's state
        const QString key = e.section == plain ? e.key : QStringLiteral("%1: %2").arg(section, e.key);
        const bool both = e.kind == DiffEntry::Kind::Changed;
        html += QStringLiteral("<tr><td rowspan='%1'>%2</td>").arg(both ? 2 : 1).arg(esc(key));
        if (e.kind != DiffEntry::Kind::Added) {
            html += QStringLiteral("<td>%1</td><td>%2</td></tr>")
                        .arg(esc(e.kind == DiffEntry::Kind::Removed ? Tr::tr("%1 (removed)").arg(before) : before),
                             valueHtml(e.before));
        }
        if (e.kind != DiffEntry::Kind::Removed) {
            html += QStringLiteral("%1<td>%2</td><td>%3</td></tr>")
                        .arg(both ? QStringLiteral("<tr>") : QString(),
                             esc(e.kind == DiffEntry::Kind::Added && !before.isEmpty()
                                     ? Tr::tr("%1 (added)").arg(after)
                                     : after), // a first release adds everything: no word for it
                             valueHtml(e.after));
        }
    }
    return html + QStringLiteral("</table>");
}
} // namespace

/// Section 3: the code commit of each version, then the differences frozen with the evidence, by kind: the
/// configuration key by key with each file's line diff, parameters, metrics, artifacts, data digests, and the rest
/// (tags, registry, MLflow 3's logged model).
QString whatChanged(const QJsonObject& r)
{
    const QJsonObject evidence = r[u"evidence"].toObject();
    const bool first = evidence[u"first_release"].toBool();
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("3. What changed")));
    const QString candidate = evidence[u"candidate"][u"version"].toString();
    const QString baseline = evidence[u"baseline"][u"version"].toString();
    const QJsonObject frozen = evidence[u"changes"].toObject();
    if (frozen.isEmpty()) {
        return html +
            paragraphs(Tr::tr("The evidence of this request does not record what changed (it was computed "
                              "before Countersign froze the differences with it); compare the versions in "
                              "the registry."));
    }
    html += paragraphs(
        first ? Tr::tr("A first release: everything version %1 records, as frozen with the evidence.").arg(candidate)
              : Tr::tr("From version %1 (baseline) to version %2 (candidate), as frozen with the "
                       "evidence when the request was evaluated.")
                    .arg(baseline, candidate));
    // Code: each version's commit with its particulars.
    html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Code")));
    html += QStringLiteral("<table class='grid' width='100%' cellspacing='0' cellpadding='2'><tr><th width='14%'>%1"
                           "</th><th width='46%'>%2</th><th>%3</th></tr>")
                .arg(esc(Tr::tr("Version")), esc(Tr::tr("Commit")), esc(Tr::tr("Author, time (UTC) and summary")));
    QList<std::pair<QString, QJsonObject>> versions;
    if (!first) {
        versions.append({Tr::tr("Baseline v%1").arg(baseline), evidence[u"baseline"].toObject()});
    }
    versions.append({Tr::tr("Candidate v%1").arg(candidate), evidence[u"candidate"].toObject()});
    if (evidence[u"cleared"].isObject()) {
        versions.append(
            {Tr::tr("Cleared v%1").arg(evidence[u"cleared"][u"version"].toString()), evidence[u"cleared"].toObject()});
    }
    for (const auto& [label, v] : versions) {
        const QJsonObject commit = v[u"commit"].toObject();
        const QString particulars = commit.isEmpty()
            ? Tr::tr("no commit attached (import git)")
            : QStringLiteral("%1, %2: %3")
                  .arg(commit[u"author"].toString(), utcText(commit[u"time"].toString()),
                       commit[u"summary"].toString());
        html += QStringLiteral("<tr><td>%1</td><td class='hash'>%2</td><td>%3</td></tr>")
                    .arg(esc(label), esc(valueText(v[u"code_commit"])), esc(particulars));
    }
    html += QStringLiteral("</table>");
    const QString message = evidence[u"candidate"][u"commit"][u"message"].toString().trimmed();
    if (message.contains(u'\n')) {
        html += QStringLiteral("<h4>%1</h4>").arg(esc(Tr::tr("The candidate's commit message"))) +
            QStringLiteral("<p class='note'>%1</p>").arg(esc(message));
    }
    const VersionDiff diff = VersionDiff::fromJson(frozen);
    const QString before = first ? QString() : Tr::tr("v%1").arg(baseline);
    const QString after = Tr::tr("v%1").arg(candidate);
    const auto part = [&](const QString& title, const QStringList& sections, const QString& none) -> QString {
        QList<DiffEntry> entries;
        for (const QString& name : sections) {
            entries += diff.section(name);
        }
        QString out = QStringLiteral("<h3>%1</h3>").arg(esc(title));
        if (entries.isEmpty()) {
            return out + paragraphs(none);
        }
        out += differencesTable(entries, before, after, sections.size() > 2 ? QString() : sections.first());
        for (const DiffEntry& e : entries) {
            if (!e.lineDiff.isEmpty()) {
                out += QStringLiteral("<h4>%1</h4>").arg(esc(Tr::tr("Line diff of %1").arg(e.key))) +
                    QStringLiteral("<p class='note'>%1</p>").arg(esc(e.lineDiff.trimmed()));
            }
        }
        return out;
    };
    html += part(Tr::tr("Configuration"), {QStringLiteral("config")},
                 first ? Tr::tr("A first release has no earlier configuration to compare with; its configuration "
                                "is that of the commit above.")
                       : Tr::tr("No configuration file differs, or none was recorded for both versions."));
    html += part(Tr::tr("Parameters"), {QStringLiteral("params"), QStringLiteral("model params")},
                 Tr::tr("No parameter differs."));
    html += part(Tr::tr("Metrics logged by training"), {QStringLiteral("metrics"), QStringLiteral("model metrics")},
                 Tr::tr("No logged metric differs."));
    html += part(Tr::tr("Artifacts"), {QStringLiteral("artifacts")}, Tr::tr("No artifact differs."));
    html += part(Tr::tr("Data digests"), {QStringLiteral("inputs"), QStringLiteral("data")},
                 Tr::tr("No training data digest differs, or none was recorded for both versions."));
    // The code section's commit, time and summary are the table above.
    html += part(Tr::tr("Tags, registry and logged model"),
                 {QStringLiteral("tags"), QStringLiteral("registry"), QStringLiteral("logged model"),
                  QStringLiteral("model tags")},
                 Tr::tr("Nothing else differs."));
    return html;
}

/// Section 4: per dataset, its role, lock, size, positives and prevalence, every imported file with its digests and
/// the samples it added, and each data contract attached to it, all as frozen with the evidence.
QString dataSection(const QJsonObject& r)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("4. Data")));
    const QJsonArray datasets = r[u"evidence"][u"datasets"].toArray();
    for (qsizetype k = 0; k < datasets.size(); ++k) {
        const QJsonObject d = datasets[k].toObject();
        const QJsonObject report = d[u"report"].toObject();
        const QJsonObject data = d[u"data"].toObject();
        const qint64 n = report[u"n"].toInteger();
        const qint64 positives = report[u"positives"].toInteger();
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(Tr::tr("4.%1 %2 (%3 set)").arg(k + 1).arg(d[u"name"].toString(), d[u"role"].toString())));
        QList<std::pair<QString, QString>> rows {
            {Tr::tr("Role"), esc(d[u"role"].toString())},
            {Tr::tr("Locked"),
             esc(data.isEmpty()
                     ? Tr::tr("not recorded")
                     : (data[u"locked"].toBool() ? Tr::tr("yes: no sample can be added or changed") : Tr::tr("no")))},
            {Tr::tr("Samples evaluated"), esc(QString::number(n))},
            {Tr::tr("Positives"), esc(QString::number(positives))},
            {Tr::tr("Prevalence"),
             esc(QStringLiteral("%1%").arg(n > 0 ? 100.0 * double(positives) / double(n) : 0.0, 0, 'f', 1))},
        };
        const QJsonObject sets = d[u"predictions_sha256"].toObject();
        for (auto set = sets.begin(); set != sets.end(); ++set) {
            rows.append({Tr::tr("Predictions of the %1").arg(set.key()),
                         QStringLiteral("<span class='hash'>%1</span>").arg(esc(set.value().toString()))});
        }
        html += facts(rows);
        html += QStringLiteral("<h4>%1</h4>").arg(esc(Tr::tr("Files imported")));
        const QJsonArray files = data[u"files"].toArray();
        if (files.isEmpty()) {
            html += paragraphs(Tr::tr("The evidence does not record this dataset's files."));
        } else {
            html +=
                QStringLiteral("<table class='grid' width='100%' cellspacing='0' cellpadding='2'><tr><th width='30%'>"
                               "%1</th><th width='12%'>%2</th><th>%3</th></tr>")
                    .arg(esc(Tr::tr("File")), esc(Tr::tr("Rows, samples added")),
                         esc(Tr::tr("SHA-256 of the file, digest of the samples it added")));
            for (const QJsonValue& f : files) {
                html +=
                    QStringLiteral("<tr><td>%1</td><td>%2, %3</td><td><span class='digest'>%4<br>%5</span></td></tr>")
                        .arg(esc(f[u"file"].toString()))
                        .arg(f[u"rows"].toInteger())
                        .arg(f[u"samples_added"].toInteger())
                        .arg(esc(f[u"sha256"].toString()), esc(f[u"samples_sha256"].toString()));
            }
            html += QStringLiteral("</table>");
        }
        html += QStringLiteral("<h4>%1</h4>").arg(esc(Tr::tr("Data contracts")));
        const QJsonArray contracts = data[u"contracts"].toArray();
        if (contracts.isEmpty()) {
            html += paragraphs(Tr::tr("No data contract is attached to this dataset."));
        }
        for (const QJsonValue& c : contracts) {
            const QJsonObject summary = c[u"content"][u"summary"].toObject();
            html += paragraphs(
                Tr::tr("%1 suite \"%2\" (Great Expectations %3): %4, %5 of %6 expectations met. Read from %7, "
                       "SHA-256 %8.")
                    .arg(c[u"kind"].toString(), summary[u"suite"].toString(), summary[u"gx_version"].toString(),
                         summary[u"success"].toBool() ? Tr::tr("passed") : Tr::tr("FAILED"))
                    .arg(summary[u"successful"].toInteger())
                    .arg(summary[u"evaluated"].toInteger())
                    .arg(QFileInfo(c[u"source"].toString()).fileName(), c[u"sha256"].toString()));
            EvidenceTables::TextTable expectations;
            expectations.header = {Tr::tr("Expectation"), Tr::tr("Column"), Tr::tr("Outcome"), Tr::tr("Observed")};
            for (const QJsonValue& e : c[u"content"][u"expectations"].toArray()) {
                QStringList observed;
                for (const char* key : {"observed_value", "element_count", "unexpected_count"}) {
                    if (e.toObject().contains(QLatin1String(key))) {
                        observed << QStringLiteral("%1 %2").arg(QLatin1String(key), valueText(e[QLatin1String(key)]));
                    }
                }
                expectations.rows.append({e[u"type"].toString(), e[u"column"].toString(),
                                          e[u"success"].toBool() ? Tr::tr("met") : Tr::tr("NOT MET"),
                                          observed.join(QStringLiteral(", "))});
            }
            html += table(expectations);
        }
    }
    return html;
}

QString determination(const QJsonObject& r)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("6. Regulatory determination (PCCP)")));
    const QJsonValue frozen = r[u"evidence"][u"pccp"];
    if (!frozen.isObject()) {
        return html +
            paragraphs(Tr::tr("This request's evidence was frozen before Countersign checked change requests "
                              "against a PCCP; it records no determination."));
    }
    const QJsonObject pccp = frozen.toObject();
    html += paragraphs(PccpGate::statement(pccp));
    if (pccp.contains(u"version")) {
        QList<std::pair<QString, QString>> rows = {
            {Tr::tr("PCCP"),
             esc(Tr::tr("%1, version %2, of %3")
                     .arg(pccp[u"title"].toString())
                     .arg(pccp[u"version"].toInt())
                     .arg(pccp[u"model"].toString()))},
            {Tr::tr("Content SHA-256"),
             QStringLiteral("<span class='digest'>%1</span>").arg(esc(pccp[u"content_sha256"].toString()))},
            {Tr::tr("Modification named"),
             esc(pccp[u"modification"].toString().isEmpty() ? Tr::tr("none") : pccp[u"modification"].toString())}};
        if (pccp.contains(u"modification_title")) {
            rows.append({Tr::tr("Modification"), esc(pccp[u"modification_title"].toString())});
        }
        html += facts(rows);
    }
    const QJsonArray rules = pccp[u"rules"].toArray();
    if (rules.isEmpty()) {
        return html;
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Acceptance criteria and their verdicts")));
    EvidenceTables::TextTable t;
    t.header = {Tr::tr("Rule"), Tr::tr("Acceptance criterion"), Tr::tr("Verdict"), Tr::tr("Read on")};
    for (const QJsonValue& rule : rules) {
        QStringList read;
        for (const QJsonValue& reading : rule[u"readings"].toArray()) {
            if (!reading[u"in_scope"].toBool(true)) {
                continue;
            }
            read.append(PccpGate::readingText(reading.toObject()));
        }
        const auto verdict = enumFromName<RuleVerdict>(rule[u"verdict"].toString());
        t.rows.append({rule[u"rule"].toString(), PccpGate::ruleText(rule.toObject()),
                       verdict ? displayNameOf(*verdict) : rule[u"verdict"].toString(), read.join(u'\n')});
    }
    return html + table(t) +
        paragraphs(Tr::tr("PASS: the criterion is met. FAIL: it is not, and the interval's other end does not meet it "
                          "either. INCONCLUSIVE: the interval straddles the bound, so the criterion is not shown to "
                          "be met. NOT EVALUABLE: the evidence holds no such number, or fewer positives than the rule "
                          "asks. A blocking rule that fails or is inconclusive refuses approval; one not evaluable "
                          "needs a QA officer's signed justification."));
}

} // namespace cs::reports::PackageSections
