#include "SignableRecords.h"

#include "crypto/Sha256.h"
#include "json/CanonicalJson.h"
#include "registry/VersionDiff.h"
#include "store/ChangeRequestTables.h"
#include "store/PccpTables.h"
#include "store/RecordTables.h"
#include "store/RegistryTables.h"
#include "util/UtcTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::SignableRecords)
};

Result<SignableRecord> loadAuditReview(Database& db, const QString& id)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    auto review = ok ? ReviewTable(db).byId(number) : Result<std::optional<AuditReview>>(std::nullopt);
    if (!review) {
        return review.error();
    }
    if (!review.value()) {
        return Error(ErrorCode::NotFound, Tr::tr("there is no audit-trail review %1").arg(id));
    }
    const AuditReview& r = *review.value();
    SignableRecord record;
    record.type = QStringLiteral("audit-review");
    record.id = QString::number(r.id);
    record.content = r.toJson();
    record.summary = Tr::tr("Audit-trail review %1 of events %2 to %3 by %4, %5")
                         .arg(r.id)
                         .arg(r.fromSeq)
                         .arg(r.toSeq)
                         .arg(r.reviewer, UtcTime::formatMsString(r.reviewedAtMs).left(10));
    record.author = r.reviewer;
    return record;
}
/// "CR-2026-0001@2" as the request's id and revision number.
Result<std::pair<QString, int>> revisionOf(const QString& id)
{
    const qsizetype at = id.lastIndexOf(u'@');
    bool ok = false;
    const int revision = at > 0 ? id.mid(at + 1).toInt(&ok) : 0;
    if (!ok || revision < 1) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("\"%1\" does not name a change request's revision; write ID@REVISION, for example "
                            "CR-2026-0001@1")
                         .arg(id));
    }
    return std::pair {id.left(at), revision};
}

/// The revision "CR-2026-0001@2" names, or an error saying why there is none.
Result<ChangeRequestRecord> revisionNamed(Database& db, const QString& id)
{
    auto named = revisionOf(id);
    if (!named) {
        return named.error();
    }
    const auto& [requestId, number] = named.value();
    auto request = ChangeRequestTable(db).revision(requestId, number);
    if (!request) {
        return request.error();
    }
    if (!request.value()) {
        return Error(ErrorCode::NotFound,
                     Tr::tr("there is no change request %1 with a revision %2").arg(requestId).arg(number));
    }
    return *request.value();
}

/// A change request's revision, named "CR-2026-0001@2": what its author wrote, as submitted.
Result<SignableRecord> loadChangeRequest(Database& db, const QString& id)
{
    auto request = revisionNamed(db, id);
    if (!request) {
        return request.error();
    }
    const ChangeRequestRecord& r = request.value();
    SignableRecord record;
    record.type = QStringLiteral("change-request");
    record.id = id;
    record.content = QJsonObject {{QStringLiteral("id"), r.id},
                                  {QStringLiteral("revision"), r.revision},
                                  {QStringLiteral("content"), r.content.toJson()},
                                  {QStringLiteral("plan_sha256"), r.planSha256}};
    record.summary = Tr::tr("Change request %1, revision %2: %3").arg(r.id).arg(r.revision).arg(r.content.title);
    record.author = r.author;
    return record;
}
/// A version as a decision pins it: its label and the SHA-256 of its frozen evidence.
Result<QJsonValue> pinnedVersion(RegistryTable& registry, const QString& model, const QString& label)
{
    if (label.isEmpty()) {
        return QJsonValue(QJsonValue::Null);
    }
    auto v = registry.version(model, label);
    if (!v) {
        return v.error();
    }
    if (!v.value()) {
        return Error(ErrorCode::NotFound, Tr::tr("model %1 has no version %2 in this workspace").arg(model, label));
    }
    return QJsonValue(QJsonObject {{QStringLiteral("version"), label},
                                   {QStringLiteral("evidence_sha256"), v.value()->evidenceSha256}});
}

/// What a decision on a change request signs, named "CR-2026-0001@2": the revision's content and plan hashes, the
/// frozen evidence's hash and its verdicts, both versions' evidence hashes and the hash of the version diff. Any of
/// them changed afterwards, and the decision's signature fails verification.
Result<SignableRecord> loadDecision(Database& db, const QString& id)
{
    auto request = revisionNamed(db, id);
    if (!request) {
        return request.error();
    }
    const ChangeRequestRecord& r = request.value();
    const QString requestId = r.id;
    const int number = r.revision;
    ChangeRequestTable table(db);
    auto evidence = table.evidence(requestId, number);
    if (!evidence) {
        return evidence.error();
    }
    if (!evidence.value()) {
        return Error(ErrorCode::Rule,
                     Tr::tr("change request %1, revision %2, has not been evaluated; there is nothing to decide on yet")
                         .arg(requestId)
                         .arg(number));
    }
    RegistryTable registry(db);
    auto candidate = pinnedVersion(registry, r.content.model, r.content.candidate);
    auto baseline = pinnedVersion(registry, r.content.model, r.content.baseline);
    if (!candidate || !baseline) {
        return candidate ? baseline.error() : candidate.error();
    }
    QJsonValue diffSha256;
    if (!r.content.baseline.isEmpty()) {
        auto diff = VersionDiff::load(db, r.content.model, r.content.baseline, r.content.candidate);
        if (!diff) {
            return diff.error();
        }
        auto sha = CanonicalJson::sha256Hex(diff->toJson());
        if (!sha) {
            return sha.error();
        }
        diffSha256 = sha.value();
    }
    // The verdict per dataset and metric, against the baseline and (when the request names one) against the
    // originally cleared version.
    QJsonObject verdicts;
    QJsonObject verdictsAgainstCleared;
    for (const QJsonValue& d : evidence.value()->json[u"datasets"].toArray()) {
        for (auto& [target, all] :
             {std::pair {&verdicts, d[u"verdicts"].toObject()},
              std::pair {&verdictsAgainstCleared, d[u"against_cleared"][u"verdicts"].toObject()}}) {
            QJsonObject byMetric;
            for (auto v = all.begin(); v != all.end(); ++v) {
                byMetric.insert(v.key(), v.value()[u"verdict"]);
            }
            target->insert(d[u"name"].toString(), byMetric);
        }
    }
    SignableRecord record;
    record.type = QStringLiteral("change-request-evidence");
    record.id = id;
    record.content = QJsonObject {{QStringLiteral("request"), r.id},
                                  {QStringLiteral("revision"), r.revision},
                                  {QStringLiteral("title"), r.content.title},
                                  {QStringLiteral("model"), r.content.model},
                                  {QStringLiteral("content_sha256"), r.contentSha256},
                                  {QStringLiteral("plan_sha256"), r.planSha256},
                                  {QStringLiteral("evidence_sha256"), evidence.value()->sha256},
                                  {QStringLiteral("verdicts"), verdicts},
                                  {QStringLiteral("candidate"), candidate.value()},
                                  {QStringLiteral("baseline"), baseline.value()},
                                  {QStringLiteral("version_diff_sha256"), diffSha256}};
    if (!r.content.cleared.isEmpty()) {
        // Only with a cleared version: the manifests of requests without one keep the bytes they were signed as.
        auto cleared = pinnedVersion(registry, r.content.model, r.content.cleared);
        if (!cleared) {
            return cleared.error();
        }
        record.content.insert(QStringLiteral("cleared"), cleared.value());
        record.content.insert(QStringLiteral("verdicts_against_cleared"), verdictsAgainstCleared);
    }
    record.summary = Tr::tr("Change request %1, revision %2 (%3 version %4 against %5), its evidence %6")
                         .arg(r.id)
                         .arg(r.revision)
                         .arg(r.content.model, r.content.candidate,
                              r.content.baseline.isEmpty() ? Tr::tr("no baseline") : r.content.baseline,
                              evidence.value()->sha256.left(12));
    record.author = r.author;
    return record;
}

/// An emergency rollback of an implemented request, named by the request's id: which version it took out of
/// production and which it put back, each with its evidence hash.
Result<SignableRecord> loadRollback(Database& db, const QString& id)
{
    auto request = ChangeRequestTable(db).byId(id);
    if (!request) {
        return request.error();
    }
    if (!request.value()) {
        return Error(ErrorCode::NotFound, Tr::tr("there is no change request %1 in this workspace").arg(id));
    }
    const ChangeRequestRecord& r = *request.value();
    RegistryTable registry(db);
    auto removed = pinnedVersion(registry, r.content.model, r.content.candidate);
    auto restored = pinnedVersion(registry, r.content.model, r.content.rollbackVersion);
    if (!removed || !restored) {
        return removed ? restored.error() : removed.error();
    }
    SignableRecord record;
    record.type = QStringLiteral("change-request-rollback");
    record.id = id;
    record.content = QJsonObject {{QStringLiteral("request"), r.id},
                                  {QStringLiteral("revision"), r.revision},
                                  {QStringLiteral("model"), r.content.model},
                                  {QStringLiteral("content_sha256"), r.contentSha256},
                                  {QStringLiteral("removed"), removed.value()},
                                  {QStringLiteral("restored"), restored.value()}};
    record.summary = Tr::tr("Emergency rollback of change request %1: %2 version %3 out of production, version %4 back")
                         .arg(r.id, r.content.model, r.content.candidate, r.content.rollbackVersion);
    record.author = r.author;
    return record;
}

/// A version of a model's PCCP, named "sepsis-risk@2": its content's SHA-256 with the model, version and title, so an
/// edited row fails verification.
Result<SignableRecord> loadPccp(Database& db, const QString& id)
{
    const qsizetype at = id.lastIndexOf(u'@');
    bool ok = false;
    const int version = at > 0 ? id.mid(at + 1).toInt(&ok) : 0;
    if (!ok || version < 1) {
        return Error(
            ErrorCode::InvalidArgument,
            Tr::tr("\"%1\" does not name a PCCP version; write MODEL@VERSION, for example sepsis-risk@1").arg(id));
    }
    auto pccp = PccpTable(db).version(id.left(at), version);
    if (!pccp) {
        return pccp.error();
    }
    if (!pccp.value()) {
        return Error(ErrorCode::NotFound,
                     Tr::tr("model %1 has no PCCP version %2 in this workspace").arg(id.left(at)).arg(version));
    }
    const PccpRecord& p = *pccp.value();
    SignableRecord record;
    record.type = QStringLiteral("pccp");
    record.id = p.reference();
    record.content = QJsonObject {{QStringLiteral("model"), p.model},
                                  {QStringLiteral("version"), p.version},
                                  {QStringLiteral("title"), p.content.title},
                                  {QStringLiteral("content_sha256"), p.contentSha256}};
    record.summary = Tr::tr("PCCP of %1, version %2: %3").arg(p.model).arg(p.version).arg(p.content.title);
    record.author = p.author;
    return record;
}
} // namespace

Result<QString> SignableRecord::contentSha256() const
{
    auto bytes = CanonicalJson::serialize(content);
    if (!bytes) {
        return bytes.error();
    }
    return Sha256::hashHex(bytes.value());
}

namespace SignableRecords {

const QList<SignableRecordType>& all()
{
    static const QList<SignableRecordType> types = {
        {QStringLiteral("audit-review"), Tr::tr("Audit-trail review"), loadAuditReview},
        {QStringLiteral("change-request"), Tr::tr("Change request"), loadChangeRequest},
        {QStringLiteral("change-request-evidence"), Tr::tr("Change request decision"), loadDecision},
        {QStringLiteral("change-request-rollback"), Tr::tr("Emergency rollback"), loadRollback},
        {QStringLiteral("pccp"), Tr::tr("PCCP"), loadPccp},
    };
    return types;
}

const SignableRecordType* find(QStringView name)
{
    for (const SignableRecordType& t : all()) {
        if (t.name == name) {
            return &t;
        }
    }
    return nullptr;
}

Result<SignableRecord> load(Database& db, const QString& type, const QString& id)
{
    const SignableRecordType* t = find(type);
    if (t == nullptr) {
        QStringList names;
        for (const SignableRecordType& known : all()) {
            names.append(known.name);
        }
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("records of type \"%1\" cannot be signed; signable types: %2")
                         .arg(type, names.join(QStringLiteral(", "))));
    }
    return t->load(db, id);
}

Result<std::pair<QString, QString>> parseReference(const QString& text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0 || colon == text.size() - 1) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("\"%1\" does not name a record; write TYPE:ID, for example audit-review:2").arg(text));
    }
    return std::pair {text.left(colon), text.mid(colon + 1)};
}

} // namespace SignableRecords
} // namespace cs
