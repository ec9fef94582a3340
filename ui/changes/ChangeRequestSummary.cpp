#include "ChangeRequestSummary.h"

#include "registry/ChangeRequestEvidence.h"
#include "registry/PccpGate.h"
#include "util/DisplayText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace cs::ui::ChangeRequestSummary {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ui::ChangeRequestSummary)
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

/// A verdict as a symbol, so it reads without colour.
QString verdictMark(const QString& verdict)
{
    if (verdict == u"superior" || verdict == u"non-inferior") {
        return QStringLiteral("<span style='color:#1a7f37'>&#10003;</span>");
    }
    if (verdict == u"inferior") {
        return QStringLiteral("<span style='color:#a40000'>&#10007;</span>");
    }
    if (verdict == u"inconclusive") {
        return QStringLiteral("<span style='color:#8a5a00'>?</span>");
    }
    return QStringLiteral("&#8211;");
}

/// The PCCP determination frozen with the evidence: in words, then each rule with its verdict, as a word (the
/// table reads without colour).
QString pccpHtml(const QJsonValue& frozen)
{
    if (!frozen.isObject()) {
        return {};
    }
    const QJsonObject pccp = frozen.toObject();
    QString html = Tr::tr("<h4>PCCP</h4><p>%1</p>").arg(esc(PccpGate::statement(pccp)));
    const QJsonArray rules = pccp[u"rules"].toArray();
    if (rules.isEmpty()) {
        return html;
    }
    html += Tr::tr("<table cellpadding='2'><tr><th align='left'>Rule</th><th align='left'>Verdict</th>"
                   "<th align='left'>Acceptance criterion</th></tr>");
    for (const QJsonValue& rule : rules) {
        const auto verdict = enumFromName<RuleVerdict>(rule[u"verdict"].toString());
        const bool blocking = rule[u"severity"].toString() == u"blocking";
        const bool bad = verdict && *verdict != RuleVerdict::Pass;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(esc(rule[u"rule"].toString()),
                         (bad && blocking ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1"))
                             .arg(esc(verdict ? displayNameOf(*verdict) : rule[u"verdict"].toString())),
                         esc(PccpGate::ruleText(rule.toObject())));
    }
    return html + QStringLiteral("</table>");
}

/// Each signature on the request as 21 CFR 11.50 asks it to be shown: the printed name, the date and time (local
/// and UTC), the meaning, and whether it verifies now; with the role, the reason and the certificate.
QString signaturesHtml(const QList<SignatureCheck>& signatures)
{
    if (signatures.isEmpty()) {
        return QString();
    }
    QString html = Tr::tr("<h4>Signatures</h4><table cellpadding='3' border='0'>"
                          "<tr><th align='left'>No.</th><th align='left'>Signed by</th><th align='left'>Meaning</th>"
                          "<th align='left'>Local time</th><th align='left'>UTC</th><th align='left'>Status</th>"
                          "<th align='left'>Reason</th></tr>");
    for (const SignatureCheck& c : signatures) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(c.stored.signedAtMs, QTimeZone::utc());
        const QString name = c.manifest
            ? QStringLiteral("%1 (%2, %3)")
                  .arg(c.manifest->signerName, c.manifest->signerUsername, c.manifest->signerRole)
            : c.stored.signer;
        const QString status = c.valid
            ? QStringLiteral("&#10003; ") + esc(Tr::tr("verifies"))
            : QStringLiteral("<span style='color:#a40000'>&#10007; %1</span>").arg(esc(c.problem));
        html += QStringLiteral("<tr><td>%1</td><td>%2<br><small>%3</small></td><td>%4</td><td>%5</td><td>%6</td>"
                               "<td>%7</td><td>%8</td></tr>")
                    .arg(c.stored.id)
                    .arg(esc(name), esc(c.certificateSubject), esc(c.stored.meaning),
                         esc(at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t"))),
                         esc(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))), status,
                         esc(c.manifest ? c.manifest->reason : QString()));
    }
    return html + QStringLiteral("</table>");
}
/// Every revision with its hashes and, after the first, what its author changed (each value cut at 120 characters).
QString revisionsHtml(const QJsonArray& revisions)
{
    QString html = Tr::tr("<h4>Revisions</h4>");
    const auto cut = [](const QString& text) -> QString {
        return text.size() > 120 ? text.left(119) + QStringLiteral("…") : text;
    };
    for (const QJsonValue& rev : revisions) {
        html +=
            Tr::tr("<p><b>Revision %1</b>%2: content <code>%3</code>, plan <code>%4</code>%5")
                .arg(rev[u"revision"].toInt())
                .arg(rev[u"locked"].toBool() ? Tr::tr(" (locked)") : QString())
                .arg(esc(rev[u"content_sha256"].toString().left(16)), esc(rev[u"plan_sha256"].toString().left(16)),
                     rev[u"evidence_sha256"].isString()
                         ? Tr::tr(", evidence <code>%1</code>").arg(esc(rev[u"evidence_sha256"].toString().left(16)))
                         : QString());
        const QJsonArray changes = rev[u"changes"].toArray();
        for (const QJsonValue& change : changes) {
            html += Tr::tr("<br>%1: “%2” → “%3”")
                        .arg(esc(change[u"field"].toString()), esc(cut(change[u"before"].toString())),
                             esc(cut(change[u"after"].toString())));
        }
        html += QStringLiteral("</p>");
    }
    return html;
}
} // namespace

QString html(const ChangeRequestRecord& r, const QJsonObject& shown, const QList<SignatureCheck>& signatures)
{
    const QJsonObject c = shown[u"content"].toObject();
    const QJsonObject plan = c[u"plan"].toObject();
    QString html = Tr::tr("<h3>%1 — %2</h3>").arg(esc(r.id), esc(c[u"title"].toString()));
    html += Tr::tr("<p><b>%1</b>, revision %2. %3 version %4 against %5%6; opened by %7.</p>")
                .arg(displayNameOf(r.state))
                .arg(r.revision)
                .arg(esc(c[u"model"].toString()), esc(c[u"candidate"].toString()),
                     c[u"baseline"].toString().isEmpty()
                         ? Tr::tr("no baseline (first release)")
                         : Tr::tr("version %1 in production").arg(esc(c[u"baseline"].toString())),
                     c[u"cleared"].toString().isEmpty()
                         ? QString()
                         : Tr::tr(" and the originally cleared version %1").arg(esc(c[u"cleared"].toString())),
                     esc(r.author));
    if (shown[u"review_due"].isString()) {
        html += Tr::tr("<p style='color:%1'><b>Emergency rollback: review due %2%3.</b></p>")
                    .arg(shown[u"review_overdue"].toBool() ? QStringLiteral("#a40000") : QStringLiteral("#000000"),
                         esc(shown[u"review_due"].toString()),
                         shown[u"review_overdue"].toBool() ? Tr::tr(" (overdue)") : QString());
    }
    html += Tr::tr("<p><b>Trigger:</b> %1 — %2<br><b>Classification:</b> %3 — %4</p>")
                .arg(esc(displayNameOf(r.content.trigger)), esc(c[u"trigger"][u"reference"].toString()),
                     esc(c[u"classification"][u"class"].toString()), esc(c[u"classification"][u"reason"].toString()));
    html += Tr::tr("<p><b>Description:</b> %1<br><b>Rationale:</b> %2</p>")
                .arg(esc(c[u"description"].toString()), esc(c[u"rationale"].toString()));

    const QJsonObject evidence = shown[u"evidence"].toObject();
    html += pccpHtml(evidence[u"pccp"]); // first: what decides whether it may be approved at all
    html += Tr::tr("<h4>Verdicts</h4>");
    if (evidence.isEmpty()) {
        html +=
            Tr::tr("<p>Not evaluated yet. The evidence is computed by Countersign from the stored predictions once the "
                   "plan is locked.</p>");
    } else {
        QString dataset;
        QString comparator;
        for (const ChangeRequestEvidence::Finding& f :
             ChangeRequestEvidence::findings(evidence, plan[u"alpha"].toDouble())) {
            if (f.dataset != dataset) {
                html += dataset.isEmpty() ? QString() : QStringLiteral("</p>");
                dataset = f.dataset;
                comparator = f.comparator;
                html += Tr::tr("<p><b>%1</b> (%2)<br>").arg(esc(f.dataset), esc(f.role));
            }
            if (f.comparator != comparator) {
                comparator = f.comparator;
                html += Tr::tr("<i>Against the originally cleared version %1, at its threshold %2:</i><br>")
                            .arg(esc(c[u"cleared"].toString()))
                            .arg(plan[u"thresholds"][u"cleared"].toDouble());
            }
            html += QStringLiteral("%1&nbsp;%2%3<br>")
                        .arg(verdictMark(f.verdict),
                             f.scope.isEmpty() ? QString() : esc(f.scope) + QStringLiteral(": "), esc(f.text));
        }
        html += Tr::tr("</p><p>Evidence SHA-256 <code>%1</code></p>").arg(esc(shown[u"evidence_sha256"].toString()));
    }

    QStringList datasets;
    for (const QJsonValue& d : plan[u"datasets"].toArray()) {
        datasets.append(Tr::tr("%1 (%2)").arg(d[u"name"].toString(), d[u"role"].toString()));
    }
    const QJsonObject margins = plan[u"margins"].toObject();
    const QJsonObject thresholds = plan[u"thresholds"].toObject();
    html +=
        Tr::tr("<h4>Validation plan%1</h4><p>Datasets: %2<br>Thresholds: candidate %3, baseline %4%5; alpha %6<br>"
               "Non-inferiority margins: sensitivity %7, specificity %8, accuracy %9, AUC %10<br>")
            .arg(shown[u"locked"].toBool() ? Tr::tr(" (locked)") : QString(), esc(datasets.join(QStringLiteral(", "))))
            .arg(thresholds[u"candidate"].toDouble())
            .arg(thresholds[u"baseline"].toDouble())
            .arg(thresholds.contains(u"cleared")
                     ? Tr::tr(", originally cleared %1").arg(thresholds[u"cleared"].toDouble())
                     : QString())
            .arg(plan[u"alpha"].toDouble())
            .arg(margins[u"sensitivity"].toDouble())
            .arg(margins[u"specificity"].toDouble())
            .arg(margins[u"accuracy"].toDouble())
            .arg(margins[u"auc"].toDouble());
    QStringList subgroups;
    for (const QJsonValue& s : plan[u"subgroups"].toArray()) {
        subgroups.append(s.toString());
    }
    html += Tr::tr("Subgroups: %1, with a verdict from %2 positives</p>")
                .arg(subgroups.isEmpty() ? Tr::tr("none") : esc(subgroups.join(QStringLiteral(", "))))
                .arg(plan[u"min_positives"].toInt());

    const QJsonObject risk = c[u"risk_benefit"].toObject();
    html +=
        Tr::tr("<h4>Risk-benefit analysis</h4><p><b>Benefits:</b> %1<br><b>Risks:</b> %2<br><b>Mitigations:</b> %3<br>"
               "<b>Residual risk:</b> %4</p>")
            .arg(esc(risk[u"benefits"].toString()), esc(risk[u"risks"].toString()),
                 esc(risk[u"mitigations"].toString()), esc(risk[u"residual_risk"].toString()));
    html += Tr::tr("<p><b>Rollback plan:</b> back to version %1 if %2</p>")
                .arg(esc(c[u"rollback"][u"version"].toString()), esc(c[u"rollback"][u"criteria"].toString()));

    html += Tr::tr("<h4>History</h4><table cellpadding='2'>");
    for (const QJsonValue& m : shown[u"moves"].toArray()) {
        const qint64 signature = m[u"signature"].toInteger();
        html +=
            Tr::tr("<tr><td>%1</td><td>%2 → %3</td><td>by %4</td><td>%5</td><td>%6</td></tr>")
                .arg(esc(m[u"at"].toString().left(16).replace(u'T', u' ')), esc(m[u"from"].toString()),
                     esc(m[u"to"].toString()), esc(m[u"by"].toString()),
                     signature > 0 ? Tr::tr("signature %1").arg(signature) : QString(), esc(m[u"reason"].toString()));
    }
    html += QStringLiteral("</table>");
    html += revisionsHtml(shown[u"revisions"].toArray());
    html += signaturesHtml(signatures);
    return html;
}

} // namespace cs::ui::ChangeRequestSummary
