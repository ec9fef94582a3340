#include "PccpStandings.h"

#include "records/Meaning.h"
#include "store/IdentityTables.h"
#include "store/PccpTables.h"

namespace cs::PccpStandings {

const QList<Meaning>& requiredMeanings()
{
    static const QList<Meaning> meanings = {Meaning::Authored, Meaning::Approved};
    return meanings;
}

namespace {
/// The standings of `versions` (one model's, newest first).
Result<QList<PccpStanding>> standings(Database& db, const QList<PccpRecord>& versions)
{
    QList<PccpStanding> result;
    bool inForceSeen = false;
    for (const PccpRecord& p : versions) {
        auto stored = SignatureTable(db).forRecord(QStringLiteral("pccp"), p.reference());
        if (!stored) {
            return stored.error();
        }
        PccpStanding s;
        s.pccp = p;
        QSet<QString> given;
        for (const StoredSignature& sig : stored.value()) {
            s.signatures.append({sig.id, sig.meaning, sig.signer, sig.signedAtMs});
            given.insert(sig.meaning);
        }
        for (const Meaning meaning : requiredMeanings()) {
            if (!given.contains(nameOf(meaning))) {
                s.missing.append(nameOf(meaning));
            }
        }
        const bool approved = s.missing.isEmpty();
        if (!inForceSeen) {
            s.status = approved ? PccpStatus::InForce : PccpStatus::Pending;
            inForceSeen = approved;
        } else {
            s.status = approved ? PccpStatus::Superseded : PccpStatus::Lapsed;
        }
        result.append(s);
    }
    return result;
}
} // namespace

Result<QList<PccpStanding>> ofModel(Database& db, const QString& model)
{
    auto versions = PccpTable(db).versions(model);
    if (!versions) {
        return versions.error();
    }
    return standings(db, versions.value());
}

Result<QList<PccpStanding>> all(Database& db)
{
    auto versions = PccpTable(db).all();
    if (!versions) {
        return versions.error();
    }
    QList<PccpStanding> result;
    qsizetype begin = 0;
    while (begin < versions->size()) {
        qsizetype end = begin;
        while (end < versions->size() && versions->at(end).model == versions->at(begin).model) {
            ++end;
        }
        auto model = standings(db, versions->mid(begin, end - begin));
        if (!model) {
            return model.error();
        }
        result += model.value();
        begin = end;
    }
    return result;
}

Result<std::optional<PccpRecord>> inForce(Database& db, const QString& model)
{
    auto versions = ofModel(db, model);
    if (!versions) {
        return versions.error();
    }
    for (const PccpStanding& s : versions.value()) {
        if (s.status == PccpStatus::InForce) {
            return std::optional<PccpRecord>(s.pccp);
        }
    }
    return std::optional<PccpRecord>();
}

} // namespace cs::PccpStandings
