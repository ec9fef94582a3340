#pragma once

#include "records/Meaning.h"
#include "records/User.h"
#include "signing/SignableRecords.h"
#include "signing/SignatureManifest.h"

#include <QList>

namespace cs {

/// One meaning a record type accepts: who may give it, whether the record needs it, and whether its author may.
struct MeaningRule
{
    Meaning meaning;
    QList<Role> roles; ///< the signer must hold one of these
    bool required = false;
    bool authorMay = true; ///< false: the record's author can never give this meaning (they cannot approve their own)
};

/// The signature policy of one record type (separation of duties). Later record types (model versions, change
/// requests, PCCPs, packages) add their own policies here; their workflows ask missing() what is still needed.
struct SignaturePolicy
{
    QString recordType;
    QList<MeaningRule> rules;
    /// Pairs of meanings that must come from two different people.
    QList<std::pair<Meaning, Meaning>> differentPeople;
    /// Pairs (first, then): `then` may be given only once some signature gives `first` (a PCCP is approved only
    /// after its author signed it).
    QList<std::pair<Meaning, Meaning>> order;
    /// Meanings only the record's author may give (the author of a PCCP signs it as authored).
    QList<Meaning> authorOnly;

    const MeaningRule* rule(Meaning meaning) const;
    /// Checks that `signer` may add a `meaning` signature to `record`, given the signatures it already has, and
    /// returns the role they sign in. Each refusal says which rule refused.
    Result<Role> admit(const SignableRecord& record, const QList<SignatureManifest>& existing, const User& signer,
                       Meaning meaning) const;
    /// Required meanings that no signature gives yet.
    QList<Meaning> missing(const QList<SignatureManifest>& existing) const;
};

namespace SignaturePolicies {
/// The policy for a record type; every signable type has one.
const SignaturePolicy* forType(QStringView recordType);
} // namespace SignaturePolicies

} // namespace cs
