// Change requests: the state machine, who may take each action and separation of duties, every pair of them
// against the rules as issue #14 states them (written out here, not derived from the code).
#include "registry/ChangeRequestFlow.h"

#include <QMap>
#include <QTest>

using namespace cs;

namespace {

using S = ChangeRequestState;
using A = ChangeRequestAction;

/// The rules: draft -> submitted -> evaluated -> approved | rejected | returned; approved -> implemented ->
/// closed; implemented -> rolled back; draft or submitted -> withdrawn; returned goes back to draft. An emergency
/// rollback takes an implemented request to rolled back, and is then reviewed.
const QMap<std::pair<S, A>, S>& legal()
{
    static const QMap<std::pair<S, A>, S> moves = {
        {{S::Draft, A::Edit}, S::Draft},
        {{S::Draft, A::Submit}, S::Submitted},
        {{S::Draft, A::Withdraw}, S::Withdrawn},
        {{S::Submitted, A::Evaluate}, S::Evaluated},
        {{S::Submitted, A::Return}, S::Returned},
        {{S::Submitted, A::Withdraw}, S::Withdrawn},
        {{S::Evaluated, A::Approve}, S::Approved},
        {{S::Evaluated, A::Reject}, S::Rejected},
        {{S::Evaluated, A::Return}, S::Returned},
        {{S::Returned, A::Edit}, S::Draft},
        {{S::Approved, A::Implement}, S::Implemented},
        {{S::Implemented, A::Close}, S::Closed},
        {{S::Implemented, A::RolledBack}, S::RolledBack},
        {{S::Implemented, A::EmergencyRollback}, S::RolledBack},
        {{S::RolledBack, A::Review}, S::RolledBack},
    };
    return moves;
}

/// Who may take each action (issue #14): authors are data scientists, regulatory affairs or QA officers; any of them
/// may evaluate; only a QA officer decides, releases, rolls back in an emergency and reviews.
QList<Role> rolesFor(A action)
{
    switch (action) {
    case A::Edit:
    case A::Submit:
    case A::Withdraw:
    case A::Evaluate:
        return {Role::DataScientist, Role::QaOfficer, Role::RegulatoryAffairs};
    case A::Approve:
    case A::Reject:
    case A::Return:
    case A::Implement:
    case A::EmergencyRollback:
    case A::Review:
        return {Role::QaOfficer};
    case A::Close:
    case A::RolledBack:
        return {};
    }
    return {};
}

/// The author never approves, rejects, returns or releases their own request; only the author edits, submits or
/// withdraws it.
bool authorMay(A action)
{
    return action != A::Approve && action != A::Reject && action != A::Return && action != A::Implement;
}
bool othersMay(A action)
{
    return action != A::Edit && action != A::Submit && action != A::Withdraw;
}

User person(const QString& name, Role role)
{
    User u;
    u.username = name;
    u.fullName = name;
    u.roles = {role};
    return u;
}

} // namespace

class TestChangeRequests : public QObject
{
    Q_OBJECT
private slots:
    void everyStateAndAction();
    void everyRoleAndAction();
    void separationOfDuties();
    void emergencyRollbackReview();
    void signaturesAndReasons();
};

void TestChangeRequests::everyStateAndAction()
{
    int legalMoves = 0;
    for (const S state : enumValues<S>()) {
        for (const A action : enumValues<A>()) {
            auto step = ChangeRequestFlow::step(state, action);
            const auto expected = legal().constFind({state, action});
            if (expected == legal().constEnd()) {
                QVERIFY2(!step.ok(), qPrintable(nameOf(state) + u' ' + nameOf(action)));
                QCOMPARE(step.error().code, ErrorCode::Rule);
                QVERIFY2(step.error().message.contains(nameOf(state)) && step.error().message.contains(nameOf(action)),
                         qPrintable(step.error().message));
                continue;
            }
            QVERIFY2(step.ok(), qPrintable(nameOf(state) + u' ' + nameOf(action)));
            QCOMPARE(step->to, *expected);
            ++legalMoves;
        }
    }
    QCOMPARE(legalMoves, legal().size());
    QCOMPARE(enumValues<S>().size() * enumValues<A>().size(), 120); // every pair was tried
    for (const S state : {S::Rejected, S::Closed, S::Withdrawn, S::RolledBack}) {
        QVERIFY(ChangeRequestFlow::isFinal(state));
    }
    for (const S state : {S::Draft, S::Submitted, S::Evaluated, S::Approved, S::Returned, S::Implemented}) {
        QVERIFY(!ChangeRequestFlow::isFinal(state));
    }
    // A refusal says what can be done instead.
    auto refused = ChangeRequestFlow::step(S::Submitted, A::Approve);
    QVERIFY2(refused.error().message.contains(u"evaluate, return, withdraw"), qPrintable(refused.error().message));
}

void TestChangeRequests::everyRoleAndAction()
{
    for (const auto& [key, to] : legal().asKeyValueRange()) {
        const auto [state, action] = key;
        for (const Role role : enumValues<Role>()) {
            const User author = person(QStringLiteral("author"), role);
            const User other = person(QStringLiteral("other"), role);
            ChangeRequestFacts facts;
            facts.state = state;
            facts.author = QStringLiteral("author");
            facts.emergencyBy = QStringLiteral("someone-else");
            const bool roleMay = rolesFor(action).contains(role);
            const auto asAuthor = ChangeRequestFlow::check(facts, action, author);
            const auto asOther = ChangeRequestFlow::check(facts, action, other);
            const QString what = nameOf(state) + u' ' + nameOf(action) + u' ' + nameOf(role);
            QCOMPARE(asAuthor.ok(), roleMay && authorMay(action));
            QCOMPARE(asOther.ok(), roleMay && othersMay(action));
            if (!asOther.ok()) {
                QVERIFY2(asOther.error().code == ErrorCode::Rule || asOther.error().code == ErrorCode::Forbidden,
                         qPrintable(what + u": " + asOther.error().message));
            }
            QCOMPARE(ChangeRequestFlow::available(facts, other).contains(action), asOther.ok());
        }
    }
}

void TestChangeRequests::separationOfDuties()
{
    // A QA officer who is also the author: may edit and submit, never approve, reject, return or release.
    const User qa = person(QStringLiteral("mlindqvist"), Role::QaOfficer);
    ChangeRequestFacts facts;
    facts.author = qa.username;
    facts.state = S::Evaluated;
    for (const A action : {A::Approve, A::Reject, A::Return}) {
        auto r = ChangeRequestFlow::check(facts, action, qa);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"separation of duties"), qPrintable(r.error().message));
    }
    facts.state = S::Approved;
    QVERIFY(!ChangeRequestFlow::check(facts, A::Implement, qa).ok());
    facts.state = S::Draft;
    QVERIFY(ChangeRequestFlow::check(facts, A::Submit, qa).ok());
    // Someone else's draft is not theirs to submit.
    facts.author = QStringLiteral("dokafor");
    auto notTheirs = ChangeRequestFlow::check(facts, A::Submit, qa);
    QVERIFY2(notTheirs.error().message.contains(u"only the author of the request, dokafor"),
             qPrintable(notTheirs.error().message));
    // Nobody closes a request by hand.
    facts.state = S::Implemented;
    auto close = ChangeRequestFlow::check(facts, A::Close, qa);
    QVERIFY2(close.error().message.contains(u"Countersign does"), qPrintable(close.error().message));
}

void TestChangeRequests::emergencyRollbackReview()
{
    const User first = person(QStringLiteral("mlindqvist"), Role::QaOfficer);
    const User second = person(QStringLiteral("qa2"), Role::QaOfficer);
    ChangeRequestFacts facts;
    facts.author = QStringLiteral("dokafor");
    facts.state = S::Implemented;
    QVERIFY(ChangeRequestFlow::check(facts, A::EmergencyRollback, first).ok());
    facts.state = S::RolledBack;
    // Rolled back through an approved rollback request: nothing to review.
    QVERIFY(!ChangeRequestFlow::check(facts, A::Review, second).ok());
    facts.emergencyBy = first.username;
    auto self = ChangeRequestFlow::check(facts, A::Review, first);
    QVERIFY2(self.error().message.contains(u"may not review it"), qPrintable(self.error().message));
    QVERIFY(ChangeRequestFlow::check(facts, A::Review, second).ok());
    facts.reviewed = true;
    QVERIFY(!ChangeRequestFlow::check(facts, A::Review, second).ok());
}

void TestChangeRequests::signaturesAndReasons()
{
    // Each decision is a signature with its Part 11 meaning; decisions and withdrawals need a reason.
    const QMap<A, Meaning> signatures = {
        {A::Submit, Meaning::Authored},    {A::Approve, Meaning::Approved},           {A::Reject, Meaning::Rejected},
        {A::Implement, Meaning::Released}, {A::EmergencyRollback, Meaning::Released}, {A::Review, Meaning::Reviewed}};
    for (const auto& [key, to] : legal().asKeyValueRange()) {
        const auto step = ChangeRequestFlow::step(key.first, key.second).value();
        QCOMPARE(step.signature.has_value(), signatures.contains(key.second));
        if (step.signature) {
            QCOMPARE(*step.signature, signatures.value(key.second));
        }
        const bool needsReason = key.second == A::Approve || key.second == A::Reject || key.second == A::Return ||
            key.second == A::Withdraw || key.second == A::EmergencyRollback || key.second == A::Review;
        QCOMPARE(step.reasonRequired, needsReason);
    }
}

QTEST_GUILESS_MAIN(TestChangeRequests)
#include "TestChangeRequests.moc"
