#include "SignaturePolicy.h"

#include "identity/Authority.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::SignaturePolicy)
};

QString roleList(const QList<Role>& roles)
{
    QStringList names;
    for (Role r : roles) {
        names.append(displayNameOf(r));
    }
    return names.join(Tr::tr(" or "));
}
} // namespace

const MeaningRule* SignaturePolicy::rule(Meaning meaning) const
{
    for (const MeaningRule& r : rules) {
        if (r.meaning == meaning) {
            return &r;
        }
    }
    return nullptr;
}

Result<Role> SignaturePolicy::admit(const SignableRecord& record, const QList<SignatureManifest>& existing,
                                    const User& signer, Meaning meaning) const
{
    const MeaningRule* r = rule(meaning);
    if (r == nullptr) {
        QStringList allowed;
        for (const MeaningRule& known : rules) {
            allowed.append(nameOf(known.meaning));
        }
        return Error(ErrorCode::Rule,
                     Tr::tr("a %1 cannot be signed as \"%2\"; it takes %3")
                         .arg(record.type, nameOf(meaning), allowed.join(QStringLiteral(", "))));
    }
    std::optional<Role> role;
    for (Role candidate : Authority::allRoles()) {
        if (r->roles.contains(candidate) && signer.hasRole(candidate)) {
            role = candidate;
            break;
        }
    }
    if (!role) {
        return Error(ErrorCode::Forbidden,
                     Tr::tr("only a %1 may sign a %2 as \"%3\"; %4 holds none of these roles")
                         .arg(roleList(r->roles), record.type, nameOf(meaning), signer.username));
    }
    if (!r->authorMay && record.author == signer.username) {
        return Error(ErrorCode::Rule,
                     Tr::tr("%1 is the author of %2 %3 and cannot also sign it as \"%4\" (separation of "
                            "duties)")
                         .arg(signer.username, record.type, record.id, nameOf(meaning)));
    }
    if (authorOnly.contains(meaning) && record.author != signer.username) {
        return Error(ErrorCode::Rule,
                     Tr::tr("only the author of %1 %2, %3, may sign it as \"%4\"")
                         .arg(record.type, record.id, record.author, nameOf(meaning)));
    }
    for (const auto& [first, then] : order) {
        const bool given = std::any_of(existing.begin(), existing.end(),
                                       [first = first](const SignatureManifest& m) { return m.meaning == first; });
        if (then == meaning && !given) {
            return Error(ErrorCode::Rule,
                         Tr::tr("%1 %2 is not signed as \"%3\" yet; it can be signed as \"%4\" only after that")
                             .arg(record.type, record.id, nameOf(first), nameOf(meaning)));
        }
    }
    for (const SignatureManifest& m : existing) {
        if (m.signerUsername != signer.username) {
            continue;
        }
        if (m.meaning == meaning) {
            return Error(ErrorCode::Rule,
                         Tr::tr("%1 already signed %2 %3 as \"%4\"")
                             .arg(signer.username, record.type, record.id, nameOf(meaning)));
        }
        for (const auto& [a, b] : differentPeople) {
            if ((a == meaning && b == m.meaning) || (b == meaning && a == m.meaning)) {
                return Error(
                    ErrorCode::Rule,
                    Tr::tr("%1 signed %2 %3 as \"%4\"; \"%5\" must come from someone else (separation of duties)")
                        .arg(signer.username, record.type, record.id, nameOf(m.meaning), nameOf(meaning)));
            }
        }
    }
    return *role;
}

QList<Meaning> SignaturePolicy::missing(const QList<SignatureManifest>& existing) const
{
    QList<Meaning> result;
    for (const MeaningRule& r : rules) {
        bool given = false;
        for (const SignatureManifest& m : existing) {
            given = given || m.meaning == r.meaning;
        }
        if (r.required && !given) {
            result.append(r.meaning);
        }
    }
    return result;
}

namespace SignaturePolicies {

const SignaturePolicy* forType(QStringView recordType)
{
    static const QList<SignaturePolicy> policies = {
        // An audit-trail review: the reviewer (auditor or QA officer) signs it as reviewed; a QA officer other than
        // the reviewer may approve it.
        {QStringLiteral("audit-review"),
         {{Meaning::Reviewed, {Role::Auditor, Role::QaOfficer}, true, true},
          {Meaning::Approved, {Role::QaOfficer}, false, false}},
         {{Meaning::Reviewed, Meaning::Approved}},
         {},
         {}},
        // A change request's revision as submitted: its author signs it as authored (ChangeRequestFlow lets only
        // the author submit).
        {QStringLiteral("change-request"),
         {{Meaning::Authored, {Role::DataScientist, Role::QaOfficer, Role::RegulatoryAffairs}, true, true}},
         {},
         {},
         {}},
        // The decision on an evaluated revision (its evidence): a QA officer who is not the author approves or
        // rejects it, and releases an approved one. "Reviewed" is a QA officer's signed justification for approving
        // although a blocking PCCP rule could not be evaluated (docs/pccp.md).
        {QStringLiteral("change-request-evidence"),
         {{Meaning::Approved, {Role::QaOfficer}, false, false},
          {Meaning::Rejected, {Role::QaOfficer}, false, false},
          {Meaning::Released, {Role::QaOfficer}, false, false},
          {Meaning::Reviewed, {Role::QaOfficer}, false, false}},
         {{Meaning::Approved, Meaning::Rejected}},
         {},
         {}},
        // An emergency rollback: a QA officer releases it at once; another reviews it afterwards.
        {QStringLiteral("change-request-rollback"),
         {{Meaning::Released, {Role::QaOfficer}, true, true}, {Meaning::Reviewed, {Role::QaOfficer}, true, true}},
         {{Meaning::Released, Meaning::Reviewed}},
         {},
         {}},
        // A version of a model's PCCP: its author (regulatory affairs) signs it as authored, then a QA officer who
        // is not the author approves it; the newest approved version is in force (docs/pccp.md).
        {QStringLiteral("pccp"),
         {{Meaning::Authored, {Role::RegulatoryAffairs}, true, true},
          {Meaning::Approved, {Role::QaOfficer}, true, false}},
         {{Meaning::Authored, Meaning::Approved}},
         {{Meaning::Authored, Meaning::Approved}},
         {Meaning::Authored}},
    };
    for (const SignaturePolicy& p : policies) {
        if (p.recordType == recordType) {
            return &p;
        }
    }
    return nullptr;
}

} // namespace SignaturePolicies
} // namespace cs
