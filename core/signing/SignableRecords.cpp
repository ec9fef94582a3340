#include "SignableRecords.h"

#include "crypto/Sha256.h"
#include "json/CanonicalJson.h"
#include "store/ChangeRequestTables.h"
#include "store/RecordTables.h"
#include "util/UtcTime.h"

#include <QCoreApplication>
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
/// A change request's revision, named "CR-2026-0001@2": what its author wrote, as submitted.
Result<SignableRecord> loadChangeRequest(Database& db, const QString& id)
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
    auto request = ChangeRequestTable(db).revision(id.left(at), revision);
    if (!request) {
        return request.error();
    }
    if (!request.value()) {
        return Error(ErrorCode::NotFound,
                     Tr::tr("there is no change request %1 with a revision %2").arg(id.left(at)).arg(revision));
    }
    const ChangeRequestRecord& r = *request.value();
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
