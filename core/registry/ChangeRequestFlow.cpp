#include "ChangeRequestFlow.h"

#include <QCoreApplication>
#include <QStringList>

namespace cs::ChangeRequestFlow {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ChangeRequestFlow)
};

using S = ChangeRequestState;
using A = ChangeRequestAction;

struct Move
{
    S from;
    A action;
    ChangeRequestStep step;
};

/// Every legal move. Anything not listed is refused.
const Move kMoves[] = {
    {S::Draft, A::Edit, {S::Draft, Action::CreateChangeRequest, AuthorRule::AuthorOnly, std::nullopt, false}},
    {S::Draft,
     A::Submit,
     {S::Submitted, Action::CreateChangeRequest, AuthorRule::AuthorOnly, Meaning::Authored, false}},
    {S::Draft, A::Withdraw, {S::Withdrawn, Action::CreateChangeRequest, AuthorRule::AuthorOnly, std::nullopt, true}},
    {S::Submitted, A::Evaluate, {S::Evaluated, Action::EvaluateChangeRequest, AuthorRule::Anyone, std::nullopt, false}},
    {S::Submitted, A::Return, {S::Returned, Action::DecideChangeRequest, AuthorRule::NotAuthor, std::nullopt, true}},
    {S::Submitted,
     A::Withdraw,
     {S::Withdrawn, Action::CreateChangeRequest, AuthorRule::AuthorOnly, std::nullopt, true}},
    {S::Evaluated,
     A::Approve,
     {S::Approved, Action::DecideChangeRequest, AuthorRule::NotAuthor, Meaning::Approved, true}},
    {S::Evaluated,
     A::Reject,
     {S::Rejected, Action::DecideChangeRequest, AuthorRule::NotAuthor, Meaning::Rejected, true}},
    {S::Evaluated, A::Return, {S::Returned, Action::DecideChangeRequest, AuthorRule::NotAuthor, std::nullopt, true}},
    {S::Evaluated,
     A::Justify,
     {S::Evaluated, Action::DecideChangeRequest, AuthorRule::NotAuthor, Meaning::Reviewed, true}},
    {S::Returned, A::Edit, {S::Draft, Action::CreateChangeRequest, AuthorRule::AuthorOnly, std::nullopt, false}},
    {S::Approved,
     A::Implement,
     {S::Implemented, Action::ImplementChangeRequest, AuthorRule::NotAuthor, Meaning::Released, false}},
    {S::Implemented,
     A::EmergencyRollback,
     {S::RolledBack, Action::ImplementChangeRequest, AuthorRule::Anyone, Meaning::Released, true}},
    {S::Implemented, A::Close, {S::Closed, std::nullopt, AuthorRule::Countersign, std::nullopt, false}},
    {S::Implemented, A::RolledBack, {S::RolledBack, std::nullopt, AuthorRule::Countersign, std::nullopt, false}},
    {S::RolledBack,
     A::Review,
     {S::RolledBack, Action::DecideChangeRequest, AuthorRule::Anyone, Meaning::Reviewed, true}},
};

QString actionsFrom(S state)
{
    QStringList names;
    for (const Move& m : kMoves) {
        if (m.from == state && m.step.author != AuthorRule::Countersign) {
            names.append(nameOf(m.action));
        }
    }
    return names.join(Tr::tr(", "));
}
} // namespace

Result<ChangeRequestStep> step(ChangeRequestState state, ChangeRequestAction action)
{
    for (const Move& m : kMoves) {
        if (m.from == state && m.action == action) {
            return m.step;
        }
    }
    const QString instead = actionsFrom(state);
    return Error(ErrorCode::Rule,
                 Tr::tr("\"%1\" is not possible on a change request that is %2; %3")
                     .arg(nameOf(action), nameOf(state),
                          instead.isEmpty() ? Tr::tr("nothing more can be done with it")
                                            : Tr::tr("what can be done now: %1").arg(instead)));
}

Result<ChangeRequestStep> check(const ChangeRequestFacts& facts, ChangeRequestAction action, const User& who)
{
    auto s = step(facts.state, action);
    if (!s) {
        return s;
    }
    const ChangeRequestStep& st = s.value();
    if (st.author == AuthorRule::Countersign) {
        return Error(ErrorCode::Rule,
                     Tr::tr("nobody closes or rolls back a change request by hand: Countersign does when another "
                            "request for the model is implemented"));
    }
    if (auto r = Authority::check(who.username, who.roles, *st.authority); !r) {
        return r.error();
    }
    const bool isAuthor = who.username == facts.author;
    if (st.author == AuthorRule::AuthorOnly && !isAuthor) {
        return Error(ErrorCode::Rule,
                     Tr::tr("only the author of the request, %1, may %2 it").arg(facts.author, nameOf(action)));
    }
    if (st.author == AuthorRule::NotAuthor && isAuthor) {
        return Error(ErrorCode::Rule,
                     Tr::tr("%1 wrote this request and may not %2 it (separation of duties); another QA officer must")
                         .arg(who.username, nameOf(action)));
    }
    if (action == ChangeRequestAction::Review) {
        if (facts.emergencyBy.isEmpty()) {
            return Error(ErrorCode::Rule,
                         Tr::tr("only an emergency rollback waits for a retrospective review; this request was rolled "
                                "back through an approved rollback request"));
        }
        if (facts.reviewed) {
            return Error(ErrorCode::Rule, Tr::tr("the emergency rollback has been reviewed already"));
        }
        if (who.username == facts.emergencyBy) {
            return Error(ErrorCode::Rule,
                         Tr::tr("%1 made the emergency rollback and may not review it (separation of duties)")
                             .arg(who.username));
        }
    }
    return st;
}

QList<ChangeRequestAction> available(const ChangeRequestFacts& facts, const User& who)
{
    QList<ChangeRequestAction> actions;
    for (const ChangeRequestAction a : enumValues<ChangeRequestAction>()) {
        if (check(facts, a, who)) {
            actions.append(a);
        }
    }
    return actions;
}

ChangeRequestFacts facts(ChangeRequestState state, const QString& author, const QList<ChangeRequestMove>& moves)
{
    ChangeRequestFacts f;
    f.state = state;
    f.author = author;
    for (const ChangeRequestMove& m : moves) {
        if (m.action == ChangeRequestAction::EmergencyRollback) {
            f.emergencyBy = m.actor;
        }
        f.reviewed = f.reviewed || m.action == ChangeRequestAction::Review;
    }
    return f;
}

std::optional<SignableRef> signedRecord(const QString& id, int revision, ChangeRequestAction action)
{
    const QString named = QStringLiteral("%1@%2").arg(id).arg(revision);
    switch (action) {
    case ChangeRequestAction::Submit:
        return SignableRef {QStringLiteral("change-request"), named};
    case ChangeRequestAction::Approve:
    case ChangeRequestAction::Reject:
    case ChangeRequestAction::Implement:
    case ChangeRequestAction::Justify:
        return SignableRef {QStringLiteral("change-request-evidence"), named};
    case ChangeRequestAction::EmergencyRollback:
    case ChangeRequestAction::Review:
        return SignableRef {QStringLiteral("change-request-rollback"), id};
    default:
        return std::nullopt;
    }
}

bool isFinal(ChangeRequestState state)
{
    for (const Move& m : kMoves) {
        if (m.from == state && m.step.to != state) {
            return false;
        }
    }
    return true;
}

NextStep nextStep(const ChangeRequestFacts& facts)
{
    const auto rolesFor = [](Action action) {
        QStringList names;
        for (const Role role : Authority::allRoles()) {
            if (Authority::allows(role, action)) {
                names.append(displayNameOf(role));
            }
        }
        return names.join(Tr::tr(" or "));
    };
    switch (facts.state) {
    case S::Draft:
        return {Tr::tr("complete and submit"), Tr::tr("the author, %1").arg(facts.author)};
    case S::Returned:
        return {Tr::tr("revise and submit again"), Tr::tr("the author, %1").arg(facts.author)};
    case S::Submitted:
        return {Tr::tr("evaluate"), rolesFor(Action::EvaluateChangeRequest)};
    case S::Evaluated:
        if (!facts.pccpBlockers.isEmpty()) {
            return {Tr::tr("reject or return: blocking PCCP rule %1 not met, cannot be approved")
                        .arg(facts.pccpBlockers.join(QStringLiteral(", "))),
                    Tr::tr("%1 other than %2").arg(rolesFor(Action::DecideChangeRequest), facts.author)};
        }
        if (facts.awaitingJustification) {
            return {Tr::tr("justify the PCCP rules that could not be evaluated, then approve or reject"),
                    Tr::tr("%1 other than %2").arg(rolesFor(Action::DecideChangeRequest), facts.author)};
        }
        return {Tr::tr("approve or reject"),
                Tr::tr("%1 other than %2").arg(rolesFor(Action::DecideChangeRequest), facts.author)};
    case S::Approved:
        return {Tr::tr("implement"),
                Tr::tr("%1 other than %2").arg(rolesFor(Action::ImplementChangeRequest), facts.author)};
    case S::RolledBack:
        if (!facts.emergencyBy.isEmpty() && !facts.reviewed) {
            return {Tr::tr("review the emergency rollback"),
                    Tr::tr("%1 other than %2").arg(rolesFor(Action::DecideChangeRequest), facts.emergencyBy)};
        }
        return {};
    default:
        return {};
    }
}

} // namespace cs::ChangeRequestFlow
