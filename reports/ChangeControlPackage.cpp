#include "ChangeControlPackage.h"

#include "PackageSections.h"
#include "PagedPdf.h"
#include "ValidationCharts.h"
#include "pki/Certificate.h"
#include "queries/AuditQuery.h"
#include "queries/ChangeRequestQuery.h"
#include "queries/RegistryQuery.h"
#include "queries/SignatureQuery.h"
#include "registry/ChangeRequestEvidence.h"
#include "registry/EvidenceTables.h"
#include "registry/VersionDiff.h"
#include "util/UtcTime.h"
#include "workspace/Workspace.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPicture>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTimeZone>
#include <qcustomplot.h>

namespace cs::reports {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::reports::ChangeControlPackage)
};

using namespace PackageSections;

// --- charts: text objects that draw ValidationCharts into the page as vectors

constexpr int kChartObject = QTextFormat::UserObject + 1;
enum ChartProperty
{
    DatasetIndex = QTextFormat::UserProperty + 1,
    ChartKind,
    ChartWidth,
    ChartHeight,
};
enum class Chart
{
    Roc,
    Calibration,
    Subgroups,
};

/// Draws a chart object: the dataset's frozen evidence through ValidationCharts on a QCustomPlot of the object's size,
/// recorded as a QPicture (vector commands) and replayed where the layout put the object.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(QJsonArray datasets, QString comparator, QString candidate, QObject* parent)
        : QObject(parent)
        , m_datasets(std::move(datasets))
        , m_comparator(std::move(comparator))
        , m_candidate(std::move(candidate))
    { }

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        return {format.doubleProperty(ChartWidth), format.doubleProperty(ChartHeight)};
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        const QJsonObject dataset = m_datasets.at(format.intProperty(DatasetIndex)).toObject();
        QCustomPlot plot;
        plot.resize(int(rect.width()), int(rect.height()));
        QFont font(QStringLiteral("DejaVu Sans"), 7);
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // no ligatures, as in the text
        plot.setFont(font);
        for (QCPAxis* axis : {plot.xAxis, plot.yAxis}) {
            axis->setLabelFont(font);
            axis->setTickLabelFont(font);
        }
        plot.legend->setFont(font);
        switch (Chart(format.intProperty(ChartKind))) {
        case Chart::Roc:
            ValidationCharts::drawRoc(&plot, dataset, m_comparator, m_candidate);
            break;
        case Chart::Calibration:
            ValidationCharts::drawCalibration(&plot, dataset, m_comparator, m_candidate);
            break;
        case Chart::Subgroups:
            ValidationCharts::drawSubgroups(&plot, dataset, QStringLiteral("sensitivity"));
            break;
        }
        QPicture picture;
        {
            QCPPainter recorder(&picture);
            plot.toPainter(&recorder, int(rect.width()), int(rect.height()));
        }
        painter->drawPicture(rect.topLeft(), picture);
    }

private:
    QJsonArray m_datasets;
    QString m_comparator;
    QString m_candidate;
};

void insertChart(QTextCursor& cursor, int dataset, Chart kind, double width, double height)
{
    QTextCharFormat format;
    format.setObjectType(kChartObject);
    format.setProperty(DatasetIndex, dataset);
    format.setProperty(ChartKind, int(kind));
    format.setProperty(ChartWidth, width);
    format.setProperty(ChartHeight, height);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

// --- text

QString versionsLine(const QJsonObject& content)
{
    const QString baseline = content[u"baseline"].toString();
    QString line = baseline.isEmpty()
        ? Tr::tr("version %1 of %2, a first release (no baseline)")
              .arg(content[u"candidate"].toString(), content[u"model"].toString())
        : Tr::tr("version %1 of %2 against version %3 in production")
              .arg(content[u"candidate"].toString(), content[u"model"].toString(), baseline);
    if (const QString cleared = content[u"cleared"].toString(); !cleared.isEmpty()) {
        line += Tr::tr(", and against the originally cleared version %1").arg(cleared);
    }
    return line;
}

/// 21 CFR 11.50: each signature's printed name, role, date and time, meaning and reason, with the statement signed and
/// the certificate, two rows a signature in one table.
QString manifestation(const QList<SignatureCheck>& signatures)
{
    if (signatures.isEmpty()) {
        return Tr::tr("<p>No signature on this request yet.</p>");
    }
    QString html = QStringLiteral("<table class='grid' width='100%' cellspacing='0' cellpadding='2'><tr>");
    const std::pair<QString, int> headers[] = {{Tr::tr("No."), 5},      {Tr::tr("Printed name (user ID, role)"), 20},
                                               {Tr::tr("Meaning"), 10}, {Tr::tr("Signed at"), 14},
                                               {Tr::tr("Reason"), 39},  {Tr::tr("Verified at export"), 12}};
    for (const auto& [h, width] : headers) {
        html += QStringLiteral("<th width='%1%'>%2</th>").arg(width).arg(esc(h));
    }
    html += QStringLiteral("</tr>");
    for (const SignatureCheck& c : signatures) {
        auto certificate = Certificate::fromDer(c.stored.certificate, Tr::tr("signature %1").arg(c.stored.id));
        const QString fingerprint = certificate ? certificate->fingerprint().value_or(QString()) : QString();
        const SignatureManifest* m = c.manifest ? &*c.manifest : nullptr;
        const QString who =
            m ? QStringLiteral("%1 (%2, %3)").arg(m->signerName, m->signerUsername, m->signerRole) : c.stored.signer;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(c.stored.id)
                    .arg(esc(who), esc(c.stored.meaning),
                         esc(UtcTime::displayMs(c.stored.signedAtMs))
                             .replace(u' ', QStringLiteral("<br>"))
                             .replace(QStringLiteral("<br>UTC"), QStringLiteral(" UTC")),
                         esc(m ? m->reason : QString()),
                         esc(c.valid ? Tr::tr("valid") : Tr::tr("NOT VALID: %1").arg(c.problem)));
        const QString certificateText = certificate
            ? Tr::tr("Certificate %1, issued by %2, serial %3, SHA-256 fingerprint")
                  .arg(certificate->subject(), certificate->issuer(), certificate->serialHex())
            : Tr::tr("Certificate %1 (unreadable)").arg(c.certificateSubject);
        html += QStringLiteral("<tr><td></td><td colspan='5'><i>%1</i><br>%2 <span class='hash'>%3</span></td></tr>")
                    .arg(esc(m ? m->statement : QString()), esc(certificateText), esc(fingerprint));
    }
    return html + QStringLiteral("</table>");
}

QString cover(const PackageContent& p, const PackageExport& how)
{
    const QJsonObject& r = p.request;
    const QJsonObject content = r[u"content"].toObject();
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(Tr::tr("Change-control package")));
    if (p.demo) {
        html += QStringLiteral("<p class='demo'>%1</p>")
                    .arg(esc(Tr::tr("Demo workspace: invented data, for trying Countersign only.")));
    }
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(QStringLiteral("%1: %2").arg(r[u"id"].toString(), content[u"title"].toString())));
    html += facts({
        {Tr::tr("Workspace"), esc(QStringLiteral("%1 (%2)").arg(p.workspaceName, p.workspaceId))},
        {Tr::tr("Model"), esc(p.model.name)},
        {Tr::tr("Intended use"), esc(p.model.intendedUse)},
        {Tr::tr("Device class"), esc(p.model.deviceClass)},
        {Tr::tr("Risk class"), esc(p.model.riskClass)},
        {Tr::tr("Change"), esc(versionsLine(content))},
        {Tr::tr("State"), esc(Tr::tr("%1, revision %2").arg(r[u"state"].toString()).arg(r[u"revision"].toInt()))},
        {Tr::tr("Exported"), esc(Tr::tr("%1 by %2").arg(UtcTime::displayMs(how.exportedAtMs), how.exporterName))},
    });
    html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Signature manifestation")));
    return html + manifestation(p.signatures);
}

QString summary(const QJsonObject& r)
{
    const QJsonObject c = r[u"content"].toObject();
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("2. Summary")));
    html += facts({
        {Tr::tr("Trigger"),
         esc(QStringLiteral("%1: %2").arg(c[u"trigger"][u"kind"].toString(), c[u"trigger"][u"reference"].toString()))},
        {Tr::tr("Classification"),
         esc(QStringLiteral("%1: %2").arg(c[u"classification"][u"class"].toString(),
                                          c[u"classification"][u"reason"].toString()))},
    });
    html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Description"))) + paragraphs(c[u"description"].toString());
    html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Rationale"))) + paragraphs(c[u"rationale"].toString());
    html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(Tr::tr("Verdicts")));
    const double alpha = c[u"plan"][u"alpha"].toDouble();
    for (const ChangeRequestEvidence::Finding& f : ChangeRequestEvidence::findings(r[u"evidence"].toObject(), alpha)) {
        const QString where = f.scope.isEmpty() ? f.dataset : QStringLiteral("%1, %2").arg(f.dataset, f.scope);
        html += QStringLiteral("<li>%1: %2</li>").arg(esc(where), esc(f.text));
    }
    return html + QStringLiteral("</ul>");
}

/// A recorded value as text: strings as they are, numbers as JSON writes them, structures as compact JSON.
QString planText(const QJsonObject& plan)
{
    const QJsonObject m = plan[u"margins"].toObject();
    QStringList subgroups;
    for (const QJsonValue& s : plan[u"subgroups"].toArray()) {
        subgroups << s.toString();
    }
    return Tr::tr("Thresholds: candidate %1, baseline %2. Alpha %3. Non-inferiority margins: sensitivity %4, "
                  "specificity %5, accuracy %6 (points), AUC %7. Subgroups: %8, with at least %9 positives for a "
                  "verdict.")
        .arg(plan[u"thresholds"][u"candidate"].toDouble())
        .arg(plan[u"thresholds"][u"baseline"].toDouble())
        .arg(plan[u"alpha"].toDouble())
        .arg(m[u"sensitivity"].toDouble() * 100)
        .arg(m[u"specificity"].toDouble() * 100)
        .arg(m[u"accuracy"].toDouble() * 100)
        .arg(m[u"auc"].toDouble())
        .arg(subgroups.isEmpty() ? Tr::tr("none") : subgroups.join(QStringLiteral(", ")))
        .arg(plan[u"min_positives"].toInt());
}

/// Section 2: per dataset, the headline table, the confusion matrices, the charts and the subgroup tables.
void validation(QTextCursor& cursor, const QJsonObject& r, double pageWidth)
{
    const QJsonObject content = r[u"content"].toObject();
    const QJsonArray datasets = r[u"evidence"][u"datasets"].toArray();
    const EvidenceTables::Versions versions {content[u"baseline"].toString(), content[u"candidate"].toString(), false};
    cursor.insertHtml(QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("5. Validation"))) +
                      paragraphs(planText(content[u"plan"].toObject())));
    for (qsizetype k = 0; k < datasets.size(); ++k) {
        const QJsonObject d = datasets[k].toObject();
        const QJsonObject report = d[u"report"].toObject();
        const qint64 n = report[u"n"].toInteger();
        const qint64 positives = report[u"positives"].toInteger();
        cursor.insertBlock();
        cursor.insertHtml(QStringLiteral("<h3>%1</h3>")
                              .arg(esc(Tr::tr("5.%1 %2 (%3 set): %4 samples, %5 positives (prevalence %6%)")
                                           .arg(k + 1)
                                           .arg(d[u"name"].toString(), d[u"role"].toString())
                                           .arg(n)
                                           .arg(positives)
                                           .arg(n > 0 ? 100.0 * double(positives) / double(n) : 0.0, 0, 'f', 1))));
        cursor.insertBlock();
        cursor.insertHtml(table(EvidenceTables::headline(d, versions)));
        cursor.insertBlock();
        cursor.insertHtml(
            QStringLiteral("<h4>%1</h4>").arg(esc(Tr::tr("Confusion matrices at each version's threshold"))) +
            table(EvidenceTables::confusion(d, versions)));
        cursor.insertBlock();
        if (!versions.comparator.isEmpty()) {
            cursor.insertHtml(
                QStringLiteral("<h4>%1</h4>").arg(esc(Tr::tr("ROC curves and calibration (reliability diagram)"))));
            cursor.insertBlock();
            const double half = pageWidth / 2 - 12;
            insertChart(cursor, int(k), Chart::Roc, half, half + 8);
            cursor.insertText(QStringLiteral(" "));
            insertChart(cursor, int(k), Chart::Calibration, half, half + 8);
            cursor.insertBlock();
            cursor.insertHtml(
                QStringLiteral("<h4>%1</h4>")
                    .arg(esc(Tr::tr("Sensitivity difference per subgroup, against the non-inferiority margin"))));
            cursor.insertBlock();
            int rows = 1; // the whole set, then every group of every column
            for (const QJsonValue& column : d[u"subgroups"].toObject()) {
                rows += int(column.toArray().size());
            }
            insertChart(cursor, int(k), Chart::Subgroups, pageWidth - 4, 60 + 15 * rows);
            cursor.insertBlock();
        }
        const QJsonObject subgroups = d[u"subgroups"].toObject();
        for (auto column = subgroups.begin(); column != subgroups.end(); ++column) {
            for (const QString& metric : {QStringLiteral("sensitivity"), QStringLiteral("auc")}) {
                cursor.insertHtml(
                    QStringLiteral("<h4>%1</h4>").arg(esc(Tr::tr("Subgroups by %1: %2").arg(column.key(), metric))) +
                    table(EvidenceTables::subgroups(d, versions, column.key(), metric)));
                cursor.insertBlock();
            }
        }
        // The same comparison against the originally cleared version, when the request names one.
        const QJsonObject againstCleared = ChangeRequestEvidence::datasetAgainst(d, QStringLiteral("cleared"));
        if (!againstCleared.isEmpty()) {
            const EvidenceTables::Versions cleared {content[u"cleared"].toString(), content[u"candidate"].toString(),
                                                    true};
            cursor.insertHtml(QStringLiteral("<h4>%1</h4>")
                                  .arg(esc(Tr::tr("Against the originally cleared version %1 (threshold %2)")
                                               .arg(content[u"cleared"].toString())
                                               .arg(content[u"plan"][u"thresholds"][u"cleared"].toDouble()))) +
                              table(EvidenceTables::headline(againstCleared, cleared)));
            cursor.insertBlock();
            const QJsonObject clearedGroups = againstCleared[u"subgroups"].toObject();
            for (auto column = clearedGroups.begin(); column != clearedGroups.end(); ++column) {
                cursor.insertHtml(
                    QStringLiteral("<h4>%1</h4>")
                        .arg(esc(
                            Tr::tr("Against the cleared version, subgroups by %1: sensitivity").arg(column.key()))) +
                    table(EvidenceTables::subgroups(againstCleared, cleared, column.key(),
                                                    QStringLiteral("sensitivity"))));
                cursor.insertBlock();
            }
        }
    }
}

QString riskAndRollback(const QJsonObject& content)
{
    const QJsonObject rb = content[u"risk_benefit"].toObject();
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("7. Risk-benefit analysis and rollback plan")));
    for (const auto& [key, label] :
         {std::pair {u"benefits", Tr::tr("Benefits")}, std::pair {u"risks", Tr::tr("Risks considered")},
          std::pair {u"mitigations", Tr::tr("Mitigations")}, std::pair {u"residual_risk", Tr::tr("Residual risk")}}) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(label)) + paragraphs(rb[key].toString());
    }
    const QJsonObject rollback = content[u"rollback"].toObject();
    html += QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Rollback plan")));
    html += paragraphs(rollback[u"version"].toString().isEmpty()
                           ? Tr::tr("No version to return to (a first release): retire the version instead.")
                           : Tr::tr("Return to version %1 when: %2")
                                 .arg(rollback[u"version"].toString(), rollback[u"criteria"].toString()));
    return html;
}

QString approvalRecord(const QJsonObject& r)
{
    QString html =
        QStringLiteral("<h2>%1</h2><h3>%2</h3>")
            .arg(esc(Tr::tr("8. Approval record and audit-trail excerpt")), esc(Tr::tr("8.1 Steps and signatures")));
    EvidenceTables::TextTable moves;
    moves.header = {Tr::tr("When (UTC)"), Tr::tr("Step"),      Tr::tr("By"),    Tr::tr("From"),
                    Tr::tr("To"),         Tr::tr("Signature"), Tr::tr("Reason")};
    for (const QJsonValue& m : r[u"moves"].toArray()) {
        const qint64 signature = m[u"signature"].toInteger();
        moves.rows.append({utcText(m[u"at"].toString()), m[u"action"].toString(), m[u"by"].toString(),
                           m[u"from"].toString(), m[u"to"].toString(),
                           signature > 0 ? QString::number(signature) : QString(), m[u"reason"].toString()});
    }
    html += table(moves);
    EvidenceTables::TextTable revisions;
    revisions.header = {Tr::tr("Revision"), Tr::tr("Locked"), Tr::tr("What changed from the one before")};
    for (const QJsonValue& rev : r[u"revisions"].toArray()) {
        QStringList changes;
        for (const QJsonValue& c : rev[u"changes"].toArray()) {
            changes << QStringLiteral("%1: \"%2\" -> \"%3\"")
                           .arg(c[u"field"].toString(), c[u"before"].toString(), c[u"after"].toString());
        }
        revisions.rows.append({QString::number(rev[u"revision"].toInt()),
                               rev[u"locked"].toBool() ? Tr::tr("yes") : Tr::tr("no"), changes.join(u'\n')});
    }
    return html + QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("8.2 Revisions"))) + table(revisions);
}

/// Section 8.3: the excerpt's checkpoint (its facts and the signed note verbatim), the verifier key, and every event
/// with its leaf hash and inclusion proof.
QString auditExcerpt(const PackageContent& p)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("8.3 Audit-trail excerpt")));
    if (!p.excerpt) {
        return html +
            paragraphs(Tr::tr("No excerpt: this copy was not made by an export (only an export writes the "
                              "checkpoint an excerpt is proved against)."));
    }
    const AuditExcerpt& x = *p.excerpt;
    auto verified = x.verify(Tr::tr("the package's excerpt"));
    if (!verified) {
        return html + paragraphs(Tr::tr("The excerpt does not verify: %1").arg(verified.error().message));
    }
    const Checkpoint& cp = verified->checkpoint;
    html += paragraphs(
        Tr::tr("Every event of the audit trail about %1, its versions, its datasets and its signatures, up to the "
               "checkpoint below: %2 of the %3 events the checkpoint covers. Each event's leaf hash is the SHA-256 of "
               "a zero byte followed by the event's canonical bytes (RFC 8785 JSON, docs/audit-trail.md); its "
               "inclusion proof (RFC 6962, nearest sibling first) leads from the leaf to the root hash the checkpoint "
               "signs. The canonical bytes of every event, the proofs and the checkpoint are also in the manifest the "
               "PDF signature covers (key audit_excerpt), so that they can be checked without retyping: the appendix "
               "says how.")
            .arg(p.request[u"id"].toString())
            .arg(x.events.size())
            .arg(cp.size));
    html += facts({
        {Tr::tr("Checkpoint"),
         esc(Tr::tr("events 1 to %1, signed %2").arg(cp.size).arg(UtcTime::displayMs(cp.signedAtMs)))},
        {Tr::tr("Root hash"),
         QStringLiteral("<span class='hash'>%1</span>").arg(QString::fromLatin1(cp.rootHash.toHex()))},
        {Tr::tr("Verifier key"), QStringLiteral("<span class='hash'>%1</span>").arg(esc(x.verifierKey))},
    });
    // A signature line is wider than the page: it is broken at its space on paper; the manifest holds it byte for byte.
    QStringList noteLines;
    for (const QString& line : QString::fromUtf8(x.checkpointNote).split(u'\n')) {
        const qsizetype space = line.lastIndexOf(u' ');
        noteLines << (line.size() > 80 && space > 0
                          ? esc(line.left(space)) + QStringLiteral("<br>") + esc(line.mid(space + 1))
                          : esc(line));
    }
    html += QStringLiteral("<h4>%1</h4><p class='note'>%2</p>")
                .arg(esc(Tr::tr("The checkpoint, verbatim (C2SP signed note; its signature line is broken at its "
                                "space to fit the page)")),
                     noteLines.join(QStringLiteral("<br>")));
    html += QStringLiteral("<h4>%1</h4>").arg(esc(Tr::tr("Events")));
    html += QStringLiteral("<table class='grid' width='100%' cellspacing='0' cellpadding='2'><tr>");
    const std::pair<QString, int> headers[] = {{Tr::tr("Event"), 6},   {Tr::tr("Time (UTC)"), 14},
                                               {Tr::tr("By"), 11},     {Tr::tr("Action"), 22},
                                               {Tr::tr("Record"), 20}, {Tr::tr("Reason"), 27}};
    for (const auto& [h, width] : headers) {
        html += QStringLiteral("<th width='%1%'>%2</th>").arg(width).arg(esc(h));
    }
    html += QStringLiteral("</tr>");
    for (const AuditExcerpt::Entry& e : x.events) {
        const QJsonObject event = QJsonDocument::fromJson(e.canonical).object();
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                .arg(e.seq)
                .arg(esc(utcText(event[u"time"].toString())), esc(event[u"actor"].toString()),
                     esc(event[u"action"].toString()),
                     esc(QStringLiteral("%1 %2").arg(event[u"entity_type"].toString(), event[u"entity_id"].toString())),
                     esc(event[u"reason"].toString()));
        QStringList proof;
        for (const QByteArray& step : e.proof) {
            proof << QString::fromLatin1(step.toHex());
        }
        html += QStringLiteral("<tr><td></td><td colspan='5'><span class='hash'>%1 %2<br>%3 %4</span></td></tr>")
                    .arg(esc(Tr::tr("leaf")), QString::fromLatin1(e.leafHash.toHex()), esc(Tr::tr("path")),
                         proof.isEmpty() ? esc(Tr::tr("(none: the tree has one leaf)"))
                                         : proof.join(QStringLiteral("<br>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;")));
    }
    return html + QStringLiteral("</table>");
}

QString appendix(const PackageContent& p)
{
    EvidenceTables::TextTable digests;
    digests.header = {Tr::tr("What"), Tr::tr("SHA-256")};
    for (const PackageDigest& d : packageDigests(p)) {
        digests.rows.append({d.label, d.sha256});
    }
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("9. Appendix: digests and verification")));
    // Each digest whole on one line, in a typeface that tells 0 from O and 1 from l.
    html +=
        QStringLiteral("<table class='grid' width='100%' cellspacing='0' cellpadding='2'><tr><th width='34%'>%1</th>"
                       "<th>%2</th></tr>")
            .arg(esc(digests.header.at(0)), esc(digests.header.at(1)));
    for (const QStringList& row : digests.rows) {
        html += QStringLiteral("<tr><td>%1</td><td class='hash'>%2</td></tr>").arg(esc(row.at(0)), esc(row.at(1)));
    }
    html += QStringLiteral("</table>");
    html += paragraphs(
        Tr::tr("Made by Countersign %1. This PDF is signed by the person who exported it (PAdES, "
               "ETSI.CAdES.detached), over every byte but the signature itself. To check it: open it in any PDF "
               "reader and look at the signature panel, or run pdfsig with a trust store that holds the workspace's "
               "CA. countersign-cli package verify FILE.pdf --ca CA.pem checks the signature, the certificate chain "
               "and the audit-trail excerpt (the checkpoint's signature with the verifier key, each event's leaf hash "
               "and inclusion proof); with --workspace WORKSPACE it also holds the digests above and the excerpt "
               "against the workspace's records and trail. Without Countersign: qpdf --show-object with "
               "--raw-stream-data prints the manifest (the object /CS_PackageManifest names in the catalog), whose "
               "audit_excerpt holds every event's bytes and proof, and the verifier key's last 32 bytes are the "
               "Ed25519 public key that signs the checkpoint (openssl pkeyutl -verify).")
            .arg(QStringLiteral(COUNTERSIGN_VERSION)));
    return html;
}

const QString kStyle = QStringLiteral(
    "h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 14px; } h3 { font-size: 11pt; margin-top: 10px; }"
    "h4 { font-size: 9.5pt; margin-top: 8px; } p, li { font-size: 9pt; }"
    "table.grid { border-collapse: collapse; border-style: solid; border-color: #000000; border-width: 0.5px; "
    "font-size: 7.5pt; }"
    "table.grid th { background-color: #e6e6e6; font-weight: bold; text-align: left; }"
    "table.facts { font-size: 9pt; } td.label { font-weight: bold; padding-right: 12px; }"
    ".hash { font-family: 'DejaVu Sans Mono'; font-size: 7.5pt; } "
    ".digest { font-family: 'DejaVu Sans Mono'; font-size: 6.5pt; } p.note { font-family: 'DejaVu Sans Mono'; "
    "font-size: 7.5pt; white-space: pre-wrap; } .demo { font-weight: bold; font-size: 11pt; }");
} // namespace

QList<PackageDigest> packageDigests(const PackageContent& p)
{
    const QJsonObject& r = p.request;
    QList<PackageDigest> digests;
    for (const QJsonValue& rev : r[u"revisions"].toArray()) {
        const int n = rev[u"revision"].toInt();
        const QString key = QStringLiteral("revision/%1/").arg(n);
        digests.append({key + u"content", Tr::tr("Revision %1 content").arg(n), rev[u"content_sha256"].toString()});
        digests.append({key + u"plan", Tr::tr("Revision %1 plan").arg(n), rev[u"plan_sha256"].toString()});
        if (rev[u"evidence_sha256"].isString()) {
            digests.append(
                {key + u"evidence", Tr::tr("Revision %1 evidence").arg(n), rev[u"evidence_sha256"].toString()});
        }
    }
    for (const QJsonValue& d : r[u"evidence"][u"datasets"].toArray()) {
        const QString name = d[u"name"].toString();
        for (const QJsonValue& f : d[u"data"][u"files"].toArray()) {
            digests.append({QStringLiteral("dataset/%1/file/%2").arg(name, f[u"file"].toString()),
                            Tr::tr("%1: file %2").arg(name, f[u"file"].toString()), f[u"sha256"].toString()});
        }
        const QJsonArray contracts = d[u"data"][u"contracts"].toArray();
        for (qsizetype i = 0; i < contracts.size(); ++i) {
            digests.append({QStringLiteral("dataset/%1/contract/%2").arg(name).arg(i + 1),
                            Tr::tr("%1: data contract %2 (%3)")
                                .arg(name)
                                .arg(i + 1)
                                .arg(contracts[i][u"content"][u"summary"][u"suite"].toString()),
                            contracts[i][u"sha256"].toString()});
        }
        const QJsonObject sets = d[u"predictions_sha256"].toObject();
        for (auto s = sets.begin(); s != sets.end(); ++s) {
            digests.append({QStringLiteral("dataset/%1/%2/predictions").arg(d[u"name"].toString(), s.key()),
                            Tr::tr("%1: %2 predictions").arg(d[u"name"].toString(), s.key()), s.value().toString()});
        }
    }
    for (const SignatureCheck& c : p.signatures) {
        digests.append(
            {QStringLiteral("signature/%1/manifest").arg(c.stored.id), Tr::tr("Signature %1 manifest").arg(c.stored.id),
             QString::fromLatin1(QCryptographicHash::hash(c.stored.manifest, QCryptographicHash::Sha256).toHex())});
    }
    return digests;
}

QByteArray packageManifest(const PackageContent& p)
{
    QJsonObject digests;
    for (const PackageDigest& d : packageDigests(p)) {
        digests.insert(d.key, d.sha256);
    }
    QJsonObject manifest {
        {QStringLiteral("format"), QString::fromLatin1(kPackageManifestFormat)},
        {QStringLiteral("workspace_id"), p.workspaceId},
        {QStringLiteral("request_id"), p.request[u"id"].toString()},
        {QStringLiteral("digests"), digests},
    };
    if (p.excerpt) {
        manifest.insert(QStringLiteral("audit_excerpt"), p.excerpt->toJson());
    }
    return QJsonDocument(manifest).toJson(QJsonDocument::Compact);
}

bool packageConcerns(const PackageContent& p, const AuditEvent& e)
{
    const QJsonObject& r = p.request;
    const QJsonObject content = r[u"content"].toObject();
    const QString model = content[u"model"].toString();
    if (e.entityType == u"change_request") {
        return e.entityId == r[u"id"].toString();
    }
    if (e.entityType == u"signature") {
        return std::any_of(p.signatures.begin(), p.signatures.end(),
                           [&e](const SignatureCheck& c) { return QString::number(c.stored.id) == e.entityId; });
    }
    if (e.entityType == u"model") {
        return e.entityId == model;
    }
    QStringList versions;
    for (const char16_t* key : {u"candidate", u"baseline", u"cleared"}) {
        if (const QString label = content[key].toString(); !label.isEmpty()) {
            versions.append(label);
        }
    }
    if (e.entityType == u"model_version") {
        return std::any_of(versions.begin(), versions.end(),
                           [&](const QString& v) { return e.entityId == model + u'/' + v; });
    }
    if (e.entityType == u"prediction_set") {
        return std::any_of(versions.begin(), versions.end(),
                           [&](const QString& v) { return e.entityId.startsWith(model + u'/' + v + u'@'); });
    }
    if (e.entityType == u"version_attachment") {
        const QJsonObject after = QJsonDocument::fromJson(e.after).object();
        return after[u"model"].toString() == model && versions.contains(after[u"label"].toString());
    }
    if (e.entityType == u"dataset") {
        const QJsonArray datasets = r[u"evidence"][u"datasets"].toArray();
        return std::any_of(datasets.begin(), datasets.end(),
                           [&e](const QJsonValue& d) { return d[u"name"].toString() == e.entityId; });
    }
    return false;
}

Result<AuditExcerpt> packageExcerpt(Workspace& workspace, const PackageContent& content, const Checkpoint& checkpoint)
{
    auto key = workspace.verifierKey();
    if (!key) {
        return key.error();
    }
    return AuditQuery(workspace).excerpt(checkpoint, key.value(),
                                         [&content](const AuditEvent& e) { return packageConcerns(content, e); });
}

Result<PackageContent> gatherPackage(Workspace& workspace, const QString& id)
{
    PackageContent p;
    ChangeRequestQuery query(workspace);
    auto json = query.toJson(id);
    if (!json) {
        return json.error();
    }
    if (!json->contains(u"evidence")) {
        return Error(ErrorCode::Rule,
                     Tr::tr("%1 has no validation evidence yet (it is %2); a package is made once it is evaluated")
                         .arg(id, json.value()[u"state"].toString()));
    }
    p.request = json.value();
    auto model = RegistryQuery(workspace).model(p.request[u"content"][u"model"].toString());
    if (!model) {
        return model.error();
    }
    if (model.value()) {
        p.model = *model.value();
    }
    SignatureQuery signatures(workspace);
    for (const QJsonValue& m : p.request[u"moves"].toArray()) {
        if (const qint64 signature = m[u"signature"].toInteger(); signature > 0) {
            auto check = signatures.verify(signature);
            if (!check) {
                return check.error();
            }
            p.signatures.append(check.value());
        }
    }
    p.workspaceName = workspace.name();
    p.workspaceId = workspace.id();
    p.demo = workspace.isDemo();
    return p;
}

std::unique_ptr<QTextDocument> packageDocument(const PackageContent& content, const PackageExport& how)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    document->setDefaultStyleSheet(kStyle);
    const double width = PagedPdf::bodySize(how.paper).width();
    document->setPageSize(PagedPdf::bodySize(how.paper));
    const QJsonObject& r = content.request;
    const QJsonObject c = r[u"content"].toObject();
    auto* charts = new ChartObject(
        r[u"evidence"][u"datasets"].toArray(),
        c[u"baseline"].toString().isEmpty()
            ? QString()
            : EvidenceTables::Versions {c[u"baseline"].toString(), c[u"candidate"].toString(), false}.comparatorName(),
        Tr::tr("Candidate v%1").arg(c[u"candidate"].toString()), document.get());
    document->documentLayout()->registerHandler(kChartObject, charts);
    QTextCursor cursor(document.get());
    cursor.insertHtml(cover(content, how));
    QTextBlockFormat pageBreak;
    pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.insertBlock(pageBreak);
    cursor.insertHtml(summary(r));
    cursor.insertBlock(pageBreak);
    cursor.insertHtml(whatChanged(r));
    cursor.insertBlock(pageBreak);
    cursor.insertHtml(dataSection(r));
    cursor.insertBlock(pageBreak);
    validation(cursor, r, width);
    cursor.insertBlock(pageBreak);
    cursor.insertHtml(determination(r));
    cursor.insertBlock(pageBreak);
    cursor.insertHtml(riskAndRollback(c));
    cursor.insertBlock();
    cursor.insertHtml(approvalRecord(r));
    cursor.insertBlock(pageBreak);
    cursor.insertHtml(auditExcerpt(content));
    cursor.insertBlock(pageBreak);
    cursor.insertHtml(appendix(content));
    // Any letter spacing turns ligatures off (Qt's shaper): "ff" and "fi" in a digest or a word stay two letters when
    // the text is copied or extracted, as an inspector comparing digests needs.
    QTextCharFormat noLigatures;
    noLigatures.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    noLigatures.setFontLetterSpacing(0.05); // the smallest step Qt keeps is 1/64 pixel
    cursor.select(QTextCursor::Document);
    cursor.mergeCharFormat(noLigatures);
    return document;
}

Result<QByteArray> packagePdf(const PackageContent& content, const PackageExport& how)
{
    const std::unique_ptr<QTextDocument> document = packageDocument(content, how);
    PagedPdf::Furniture furniture;
    furniture.title = Tr::tr("Change-control package %1").arg(content.request[u"id"].toString());
    furniture.footer = content.request[u"id"].toString();
    furniture.demo = content.demo;
    furniture.author = how.exporterName;
    return PagedPdf::print(*document, how.paper, furniture);
}

} // namespace cs::reports

#include "ChangeControlPackage.moc"
