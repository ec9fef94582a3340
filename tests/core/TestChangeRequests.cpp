// Change requests: the state machine, who may take each action and separation of duties, every pair of them
// against the rules as issue #14 states them (written out here, not derived from the code); and the record on the
// demo workspace: opened, edited, submitted with the author's signature, locked by a trigger, returned, revised,
// withdrawn, each move in the trail.
#include "DemoCopy.h"
#include "Tamper.h"
#include "TestWorkspace.h"
#include "commands/ChangeRequestCommands.h"
#include "commands/RegistryCommands.h"
#include "crypto/Sha256.h"
#include "demo/DemoWorkspace.h"
#include "json/CanonicalJson.h"
#include "queries/ChangeRequestQuery.h"
#include "queries/DeploymentGate.h"
#include "registry/ChangeRequestEvidence.h"
#include "registry/ChangeRequestFlow.h"
#include "signing/SignableRecords.h"
#include "signing/SignatureVerifier.h"
#include "stats/ComparisonReport.h"
#include "store/AuditEventTable.h"
#include "store/ChangeRequestTables.h"
#include "store/IdentityTables.h"
#include "store/RegistryTables.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceAccess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using namespace cs::test;

namespace {

using S = ChangeRequestState;
using A = ChangeRequestAction;

/// The rules: draft -> submitted -> evaluated -> approved | rejected | returned; approved -> implemented ->
/// closed; implemented -> rolled back; draft or submitted -> withdrawn; returned goes back to draft. An emergency
/// rollback takes an implemented request to rolled back, and is then reviewed. An evaluated request may be justified
/// (issue #16: blocking PCCP rules not evaluable) and stays evaluated.
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
        {{S::Evaluated, A::Justify}, S::Evaluated},
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
    case A::Justify:
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
    return action != A::Approve && action != A::Reject && action != A::Return && action != A::Implement &&
        action != A::Justify;
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
    void contentRules();
    void lifeOfARequest();
    void evaluationIsStatsCompare();
    void decisionReleaseAndRollback();

private:
    /// The demo story, told once; each test that changes a demo gets a copy (Demo::copyWhole).
    QString told();
    QTemporaryDir m_told;
};

QString TestChangeRequests::told()
{
    return Demo::toldOnce(m_told);
}

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
    QCOMPARE(enumValues<S>().size() * enumValues<A>().size(), 130); // every pair was tried
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
        {A::Implement, Meaning::Released}, {A::EmergencyRollback, Meaning::Released}, {A::Review, Meaning::Reviewed},
        {A::Justify, Meaning::Reviewed}};
    for (const auto& [key, to] : legal().asKeyValueRange()) {
        const auto step = ChangeRequestFlow::step(key.first, key.second).value();
        QCOMPARE(step.signature.has_value(), signatures.contains(key.second));
        if (step.signature) {
            QCOMPARE(*step.signature, signatures.value(key.second));
        }
        const bool needsReason = key.second == A::Approve || key.second == A::Reject || key.second == A::Return ||
            key.second == A::Withdraw || key.second == A::EmergencyRollback || key.second == A::Review ||
            key.second == A::Justify;
        QCOMPARE(step.reasonRequired, needsReason);
    }
}

namespace {
/// A request for version 3 against production (version 1) on the demo's locked and challenge sets, complete.
ChangeRequestContent demoContent()
{
    ChangeRequestContent c;
    c.model = QStringLiteral("sepsis-risk");
    c.candidate = QStringLiteral("4");
    c.trigger = ChangeTrigger::ScheduledRetraining;
    c.triggerReference = QStringLiteral("Quarterly re-training plan QRP-2026-Q3");
    c.title = QStringLiteral("Replace version 3 with version 4");
    c.description = QStringLiteral("Version 3 is re-trained on 2026 Q2 admissions with the new lactate assay.");
    c.rationale = QStringLiteral("Version 1 under-detects sepsis since the assay change.");
    c.classificationReason = QStringLiteral("Same intended use, inputs and architecture: re-training only.");
    c.benefits = QStringLiteral("Earlier detection on the new assay.");
    c.risks = QStringLiteral("More alerts; bias across age bands and sites.");
    c.mitigations = QStringLiteral("Subgroup verdicts on age band and sex; alert-load review after 30 days.");
    c.residualRisk = QStringLiteral("Acceptable.");
    c.rollbackCriteria = QStringLiteral("Sensitivity below 0.80 in any 30-day window.");
    c.plan.datasets = {{QStringLiteral("locked-validation-2026q3"), false}, {QStringLiteral("challenge-2026q3"), true}};
    c.plan.candidateThreshold = 0.07;
    c.plan.baselineThreshold = 0.07;
    c.plan.subgroupColumns = {QStringLiteral("age_band"), QStringLiteral("sex")};
    c.pccpModification = QStringLiteral("M1"); // the demo's PCCP is in force
    return c;
}

} // namespace

void TestChangeRequests::contentRules()
{
    ChangeRequestContent c = demoContent();
    c.baseline = QStringLiteral("1");
    c.rollbackVersion = QStringLiteral("1");
    QVERIFY2(c.problems().isEmpty(), qPrintable(c.problems().join(u'\n')));
    // The JSON round trip keeps everything.
    QStringList errors;
    const ChangeRequestContent back = ChangeRequestContent::fromJson(c.toJson(), &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(back.toJson(), c.toJson());
    // Each problem names its field.
    ChangeRequestContent bad = c;
    bad.title.clear();
    bad.plan.datasets = {{QStringLiteral("challenge-2026q3"), true}};
    bad.plan.alpha = 0.7;
    bad.plan.candidateThreshold = 1.0;
    bad.plan.aucMargin = -0.01;
    bad.rollbackVersion = c.candidate;
    const QString all = bad.problems().join(u'\n');
    for (const char* field : {"title is empty", "exactly one locked validation set", "plan.alpha", "plan.thresholds",
                              "plan.margins.auc", "rollback.version is the candidate"}) {
        QVERIFY2(all.contains(QLatin1String(field)), qPrintable(all));
    }
    // The originally cleared version: not the candidate, and compared at a threshold of its own. A plan without one
    // keeps the JSON (and so the hash) it always had.
    QVERIFY(!c.plan.toJson()[u"thresholds"].toObject().contains(u"cleared"));
    ChangeRequestContent withCleared = c;
    withCleared.cleared = QStringLiteral("2");
    QVERIFY(withCleared.problems().join(u'\n').contains(u"plan.thresholds.cleared"));
    withCleared.plan.clearedThreshold = 0.1;
    QVERIFY2(withCleared.problems().isEmpty(), qPrintable(withCleared.problems().join(u'\n')));
    errors.clear();
    const ChangeRequestContent clearedBack = ChangeRequestContent::fromJson(withCleared.toJson(), &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(clearedBack.cleared, QStringLiteral("2"));
    QCOMPARE(clearedBack.plan.clearedThreshold.value_or(-1), 0.1);
    withCleared.cleared = withCleared.candidate;
    QVERIFY(withCleared.problems().join(u'\n').contains(u"cleared: the originally cleared version is the candidate"));
    withCleared.cleared.clear();
    QVERIFY(withCleared.problems().join(u'\n').contains(u"names no originally cleared version"));
    QJsonObject json = c.toJson();
    json[QStringLiteral("classification")] = QJsonObject {{QStringLiteral("class"), QStringLiteral("huge")}};
    json[QStringLiteral("trigger")] = QJsonObject {{QStringLiteral("kind"), QStringLiteral("whim")}};
    errors.clear();
    ChangeRequestContent::fromJson(json, &errors);
    QVERIFY2(errors.join(u'\n').contains(u"classification.class") && errors.join(u'\n').contains(u"trigger.kind"),
             qPrintable(errors.join(u'\n')));
}

void TestChangeRequests::lifeOfARequest()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.countersign"));
    QVERIFY(Demo::copyWhole(told(), path));
    auto opened = Workspace::open(path, OpenMode::ReadWrite);
    QVERIFY(opened.ok());
    Workspace& ws = *opened.value();
    const auto as = [&ws](const QString& user) {
        return ws.signIn(user, TestWorkspace::secret(Demo::passwordOf(user))).ok();
    };
    const auto run = [&ws](auto&& command) {
        return ws.execute(command);
    };
    Database& db = WorkspaceAccess::database(ws);
    ChangeRequestTable table(db);

    // Opened by the data scientist: the baseline is the version in production, whatever was typed.
    QVERIFY(as(QStringLiteral("dokafor")));
    ChangeRequestContent content = demoContent();
    content.baseline = QStringLiteral("2");
    const int before = int(table.all().value().size());
    CreateChangeRequestCommand create(content);
    const Status created = ws.execute(create);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    const QString id = create.id();
    QVERIFY2(id.startsWith(QStringLiteral("CR-%1-").arg(QDateTime::currentDateTimeUtc().date().year())),
             qPrintable(id));
    QCOMPARE(table.all().value().size(), before + 1);
    auto stored = table.byId(id).value();
    QCOMPARE(stored->content.baseline, QStringLiteral("3"));
    QCOMPARE(stored->content.rollbackVersion, QStringLiteral("3"));
    QCOMPARE(stored->state, ChangeRequestState::Draft);
    QCOMPARE(ws.lastEvent().value()->action, QStringLiteral("change_request.created"));
    // No evidence before the plan is locked: acceptance criteria are fixed before anyone sees a result.
    QVERIFY(run(EvaluateChangeRequestCommand(id)).error().message.contains(u"draft"));
    // A version in production, an unknown one, or a title with a line break cannot open one.
    for (const auto& [candidate, title, expect] :
         {std::tuple {QStringLiteral("3"), QStringLiteral("t"), QStringLiteral("cannot be a candidate")},
          std::tuple {QStringLiteral("1"), QStringLiteral("t"), QStringLiteral("cannot be a candidate")},
          std::tuple {QStringLiteral("9"), QStringLiteral("t"), QStringLiteral("has no version 9")},
          std::tuple {QStringLiteral("4"), QStringLiteral("two\nlines"), QStringLiteral("control character")}}) {
        ChangeRequestContent c = demoContent();
        c.candidate = candidate;
        c.title = title;
        CreateChangeRequestCommand refused(c);
        auto r = ws.execute(refused);
        QVERIFY2(!r.ok() && r.error().message.contains(expect), qPrintable(r.ok() ? QString() : r.error().message));
    }

    // Edited by its author only; the model, candidate and baseline stay.
    ChangeRequestContent edit = stored->content;
    edit.description = QString();
    EditChangeRequestCommand blankDescription(id, edit, QStringLiteral("revised"));
    const Status blanked = ws.execute(blankDescription);
    QVERIFY2(blanked.ok(), qPrintable(blanked.ok() ? QString() : blanked.error().message));
    ChangeRequestContent otherCandidate = stored->content;
    otherCandidate.candidate = QStringLiteral("2");
    EditChangeRequestCommand moved(id, otherCandidate, QStringLiteral("revised"));
    QVERIFY(ws.execute(moved).error().message.contains(u"were fixed when it was opened"));
    // Submitting needs every field, and a plan the workspace can carry out.
    auto incomplete = run(SubmitChangeRequestCommand(id, QString(), LowPower::Refuse,
                                                     Demo::credentials(path, QStringLiteral("dokafor"))));
    QVERIFY2(incomplete.error().message.contains(u"description is empty"), qPrintable(incomplete.error().message));
    ChangeRequestContent wrongPlan = stored->content;
    wrongPlan.plan.datasets.append({QStringLiteral("no-such-set"), true});
    wrongPlan.plan.subgroupColumns.append(QStringLiteral("ward"));
    QVERIFY(run(EditChangeRequestCommand(id, wrongPlan, QStringLiteral("revised"))).ok());
    auto badPlan = run(SubmitChangeRequestCommand(id, QString(), LowPower::Refuse,
                                                  Demo::credentials(path, QStringLiteral("dokafor"))));
    QVERIFY2(badPlan.error().message.contains(u"there is no dataset no-such-set") &&
                 badPlan.error().message.contains(u"ward is not a subgroup column of locked-validation-2026q3"),
             qPrintable(badPlan.error().message));
    // A plan that two equally good versions would fail more often than not is refused by core itself, whoever calls.
    ChangeRequestContent tightPlan = stored->content;
    tightPlan.plan.aucMargin = 0.001;
    QVERIFY(run(EditChangeRequestCommand(id, tightPlan, QStringLiteral("revised"))).ok());
    auto weak = run(SubmitChangeRequestCommand(id, QString(), LowPower::Refuse,
                                               Demo::credentials(path, QStringLiteral("dokafor"))));
    QVERIFY2(!weak.ok() && weak.error().message.contains(u"power below 50%") &&
                 weak.error().message.contains(u"locked-validation-2026q3: auc") &&
                 !weak.error().message.contains(u"sensitivity"),
             qPrintable(weak.ok() ? QString() : weak.error().message));
    QVERIFY(!table.byId(id).value()->locked);
    // An originally cleared version the workspace does not hold: named at submission, nothing locked.
    ChangeRequestContent unknownCleared = stored->content;
    unknownCleared.cleared = QStringLiteral("9");
    unknownCleared.plan.clearedThreshold = 0.1;
    QVERIFY(run(EditChangeRequestCommand(id, unknownCleared, QStringLiteral("revised"))).ok());
    auto noCleared = run(SubmitChangeRequestCommand(id, QString(), LowPower::Refuse,
                                                    Demo::credentials(path, QStringLiteral("dokafor"))));
    QVERIFY2(!noCleared.ok() && noCleared.error().message.contains(u"cleared: model sepsis-risk has no version 9"),
             qPrintable(noCleared.ok() ? QString() : noCleared.error().message));
    QVERIFY(!table.byId(id).value()->locked);
    QVERIFY(run(EditChangeRequestCommand(id, stored->content, QStringLiteral("revised"))).ok());
    QVERIFY(as(QStringLiteral("therrera")));
    auto notTheirs = run(EditChangeRequestCommand(id, stored->content, QStringLiteral("revised")));
    QVERIFY2(notTheirs.error().message.contains(u"only the author"), qPrintable(notTheirs.error().message));

    // Submitted: the author's signature over the revision, and the revision locked.
    QVERIFY(as(QStringLiteral("dokafor")));
    SubmitChangeRequestCommand submit(id, QStringLiteral("Ready for validation"), LowPower::Refuse,
                                      Demo::credentials(path, QStringLiteral("dokafor")));
    auto submitted = ws.execute(submit);
    QVERIFY2(submitted.ok(), qPrintable(submitted.ok() ? QString() : submitted.error().message));
    stored = table.byId(id).value();
    QCOMPARE(stored->state, ChangeRequestState::Submitted);
    QVERIFY(stored->locked);
    const QList<SignatureCheck> checks = SignatureVerifier::verifyAll(db, ws.id()).value();
    bool authored = false;
    for (const SignatureCheck& c : checks) {
        QVERIFY2(c.valid, qPrintable(c.problem));
        authored = authored ||
            (c.stored.recordType == u"change-request" && c.stored.recordId == id + QStringLiteral("@1") &&
             c.stored.meaning == u"authored" && c.stored.signer == u"dokafor");
    }
    QVERIFY(authored);
    // Nothing changes a submitted request: not a command, not SQL.
    QVERIFY(run(EditChangeRequestCommand(id, stored->content, QStringLiteral("revised")))
                .error()
                .message.contains(u"submitted"));
    QVERIFY2(rawExec(path,
                     QStringLiteral("UPDATE change_request_revision SET content_json = '{}' WHERE id = %1")
                         .arg(stored->revisionId))
                 .contains(u"a submitted change request cannot change"),
             "the trigger let a locked revision change");

    // Returned by a QA officer (never by the author), revised as revision 2.
    QVERIFY(run(MoveChangeRequestCommand(id, ChangeRequestAction::Return, QStringLiteral("x"))).error().code ==
            ErrorCode::Forbidden); // the data scientist may not decide
    QVERIFY(as(QStringLiteral("mlindqvist")));
    QVERIFY(!run(MoveChangeRequestCommand(id, ChangeRequestAction::Return, QString())).ok()); // a reason
    QVERIFY(run(MoveChangeRequestCommand(id, ChangeRequestAction::Return,
                                         QStringLiteral("Add the over-75 subgroup to the plan")))
                .ok());
    QVERIFY(as(QStringLiteral("dokafor")));
    ChangeRequestContent revised = stored->content;
    revised.plan.minimumPositives = 20;
    QVERIFY(run(EditChangeRequestCommand(id, revised, QStringLiteral("revised"))).ok());
    stored = table.byId(id).value();
    QCOMPARE(stored->revision, 2);
    QCOMPARE(stored->state, ChangeRequestState::Draft);
    QVERIFY(!stored->locked);
    QCOMPARE(table.revision(id, 1).value()->content.plan.minimumPositives, 10); // revision 1 as submitted
    QVERIFY(table.revision(id, 1).value()->locked);

    // Withdrawn by its author, with a reason; then nothing more.
    QVERIFY(!run(MoveChangeRequestCommand(id, ChangeRequestAction::Withdraw, QStringLiteral(" "))).ok());
    QVERIFY(run(MoveChangeRequestCommand(id, ChangeRequestAction::Withdraw,
                                         QStringLiteral("Superseded by the demo's own request for version 4")))
                .ok());
    auto after = run(EditChangeRequestCommand(id, revised, QStringLiteral("revised")));
    QVERIFY2(after.error().message.contains(u"nothing more can be done"), qPrintable(after.error().message));
    QList<ChangeRequestAction> history;
    const QList<ChangeRequestMove> moves = table.moves(id).value();
    for (const ChangeRequestMove& m : moves) {
        history.append(m.action);
    }
    QCOMPARE(history,
             (QList<ChangeRequestAction> {ChangeRequestAction::Submit, ChangeRequestAction::Return,
                                          ChangeRequestAction::Edit, ChangeRequestAction::Withdraw}));
    QVERIFY(moves.first().signatureId > 0);
    // The second request of the year takes the next number; everything verifies.
    CreateChangeRequestCommand second(demoContent());
    QVERIFY(ws.execute(second).ok());
    QCOMPARE(second.id().right(4).toInt(), id.right(4).toInt() + 1);
    auto report = ws.verify();
    QVERIFY2(report->intact(), qPrintable(report->summary()));
}

void TestChangeRequests::evaluationIsStatsCompare()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.countersign"));
    QVERIFY(Demo::copyWhole(told(), path));
    auto opened = Workspace::open(path, OpenMode::ReadWrite);
    QVERIFY(opened.ok());
    Workspace& ws = *opened.value();
    // A new request starts from what the workspace holds: version 3 in production (put there by the request whose
    // plan had thresholds 0.07 and protocol VP-2026-07), both sets with predictions of both versions.
    {
        const ChangeRequestContent d =
            ChangeRequestQuery(ws).draft(QStringLiteral("sepsis-risk"), QStringLiteral("4")).value();
        QCOMPARE(d.baseline, QStringLiteral("3"));
        QCOMPARE(d.rollbackVersion, QStringLiteral("3"));
        QCOMPARE(d.plan.datasets.size(), 2);
        QCOMPARE(d.plan.datasets.at(0).name, QStringLiteral("locked-validation-2026q3"));
        QVERIFY(!d.plan.datasets.at(0).challenge);
        QCOMPARE(d.plan.datasets.at(1).name, QStringLiteral("challenge-2026q3"));
        QVERIFY(d.plan.datasets.at(1).challenge);
        QCOMPARE(d.plan.candidateThreshold, 0.07);
        QCOMPARE(d.plan.baselineThreshold, 0.07);
        QCOMPARE(d.plan.aucMargin, 0.02);
        QCOMPARE(d.plan.minimumPositives, 20);
        QCOMPARE(QSet<QString>(d.plan.subgroupColumns.begin(), d.plan.subgroupColumns.end()),
                 (QSet<QString> {QStringLiteral("age_band"), QStringLiteral("sex")}));
        // The originally cleared version is the first release's, at the threshold it was released with.
        QCOMPARE(d.cleared, QStringLiteral("1"));
        QCOMPARE(d.plan.clearedThreshold.value_or(-1), 0.10);
        auto missing = ChangeRequestQuery(ws).draft(QStringLiteral("sepsis-risk"), QStringLiteral("9"));
        QVERIFY(!missing.ok() && missing.error().message.contains(u"no version 9"));
    }
    // The demo's waiting request (version 4 against version 3, thresholds 0.07) was evaluated by its story.
    ChangeRequestTable table(WorkspaceAccess::database(ws));
    QString id;
    const QList<ChangeRequestRecord> requests = table.all().value();
    for (const ChangeRequestRecord& r : requests) {
        if (r.state == ChangeRequestState::Evaluated) {
            id = r.id;
        }
    }
    QVERIFY(!id.isEmpty());
    QVERIFY(
        ws.signIn(QStringLiteral("dokafor"), TestWorkspace::secret(Demo::passwordOf(QStringLiteral("dokafor")))).ok());
    QCOMPARE(table.byId(id).value()->state, ChangeRequestState::Evaluated);
    const auto frozen = table.evidence(id, 1).value();
    QVERIFY(frozen);
    QCOMPARE(Sha256::hashHex(CanonicalJson::serialize(frozen->json).value()).value(), frozen->sha256);

    // Each dataset's report is stats compare on the source CSV, at the plan's thresholds, number for number.
    const QString sources = DemoWorkspace::sourcesDir(path) + QStringLiteral("/data/");
    const QJsonArray datasets = frozen->json[u"datasets"].toArray();
    QCOMPARE(datasets.size(), 2);
    // Against the baseline (version 3, threshold 0.07) and against the originally cleared version 1 (at its own
    // threshold, 0.10), the comparison the request names as its second comparator.
    QList<std::tuple<QJsonObject, QString, double>> comparisons;
    for (const QJsonValue& d : datasets) {
        comparisons.append({d.toObject(), QStringLiteral("score_v3"), 0.07});
        QVERIFY(d[u"against_cleared"].isObject());
        comparisons.append({d[u"against_cleared"].toObject(), QStringLiteral("score_v1"), 0.10});
    }
    QCOMPARE(frozen->json[u"cleared"][u"version"].toString(), QStringLiteral("1"));
    for (const auto& [d, comparatorColumn, comparatorThreshold] : comparisons) {
        for (const QString& group : {QString(), QStringLiteral("age_band")}) {
            stats::ComparisonRequest request;
            request.file = sources + d[u"name"].toString() + QStringLiteral(".csv");
            request.label = QStringLiteral("sepsis_within_48h");
            request.reference = comparatorColumn;
            request.candidate = QStringLiteral("score_v4");
            request.group = group;
            request.thresholds[0] = comparatorThreshold;
            request.thresholds[1] = 0.07;
            auto data = stats::loadComparison(request);
            QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().message));
            stats::ReportOptions options;
            options.alpha = 0.05;
            options.margin = 0.05;
            options.thresholds[0] = comparatorThreshold;
            options.thresholds[1] = 0.07;
            options.groups = !group.isEmpty();
            options.gapMinimumPositives = 20;
            const QJsonObject expected = stats::compareReport(data.value(), options);
            if (group.isEmpty()) {
                QCOMPARE(d[u"report"].toObject(), expected);
                continue;
            }
            QJsonArray groups;
            for (const QJsonValue& g : d[u"subgroups"][group].toArray()) {
                QJsonObject withoutVerdict = g.toObject();
                QCOMPARE(withoutVerdict[u"evaluable"].toBool(), withoutVerdict[u"positives"].toInteger() >= 20);
                withoutVerdict.remove(QStringLiteral("evaluable"));
                const QJsonObject sensitivity =
                    withoutVerdict.take(QStringLiteral("verdicts"))[u"sensitivity"].toObject();
                QCOMPARE(sensitivity[u"value"], withoutVerdict[u"sensitivity_difference"][u"value"]);
                if (withoutVerdict[u"positives"].toInteger() < 20) {
                    QCOMPARE(sensitivity[u"verdict"].toString(), QStringLiteral("not-evaluable"));
                }
                groups.append(withoutVerdict);
            }
            QCOMPARE(groups, expected[u"groups"].toArray());
            QCOMPARE(d[u"largest_gaps"][group].toObject(), expected[u"largest_gaps"].toObject());
        }
        // The verdicts follow the rule from the report's own intervals.
        const QJsonObject r = d[u"report"].toObject();
        const double low = r[u"accuracy_difference"][u"ci_low"].toDouble();
        const double high = r[u"accuracy_difference"][u"ci_high"].toDouble();
        const QString expected = low > 0 ? QStringLiteral("superior")
            : low > -0.05                ? QStringLiteral("non-inferior")
            : high < -0.05               ? QStringLiteral("inferior")
                                         : QStringLiteral("inconclusive");
        QCOMPARE(d[u"verdicts"][u"accuracy"][u"verdict"].toString(), expected);
        // Sensitivity and specificity rest on Newcombe's interval on the positives and the negatives.
        for (const char* metric : {"sensitivity", "specificity"}) {
            const QJsonObject v = d[u"verdicts"][QLatin1String(metric)].toObject();
            const QJsonObject diff = r[QLatin1String(metric) + QStringLiteral("_difference")].toObject();
            QCOMPARE(v[u"ci_low"], diff[u"ci_low"]);
            QCOMPARE(v[u"verdict"].toString(), ChangeRequestEvidence::verdict(diff[u"ci_low"], diff[u"ci_high"], 0.05));
        }
        QCOMPARE(d[u"verdicts"][u"sensitivity"][u"p_value"], r[u"mcnemar_positives"][u"p_value"]);
        QCOMPARE(d[u"predictions_sha256"].toObject().size(), 2);
    }
    QCOMPARE(frozen->json[u"baseline"][u"version"].toString(), QStringLiteral("3"));
    QCOMPARE(frozen->json[u"plan_sha256"].toString(), table.byId(id).value()->planSha256);
    // The verdict rule itself, on hand-made intervals.
    QCOMPARE(ChangeRequestEvidence::verdict(0.01, 0.05, 0.05), QStringLiteral("superior"));
    QCOMPARE(ChangeRequestEvidence::verdict(-0.04, 0.02, 0.05), QStringLiteral("non-inferior"));
    QCOMPARE(ChangeRequestEvidence::verdict(-0.07, 0.01, 0.05), QStringLiteral("inconclusive"));
    QCOMPARE(ChangeRequestEvidence::verdict(-0.09, -0.06, 0.05), QStringLiteral("inferior"));
    QCOMPARE(ChangeRequestEvidence::verdict(QJsonValue(), 0.1, 0.05), QStringLiteral("not-evaluable"));
    // Evaluated once: a second evaluation is refused; the trail verifies.
    EvaluateChangeRequestCommand again(id);
    QVERIFY(!ws.execute(again).ok());
    auto report = ws.verify();
    QVERIFY2(report->intact(), qPrintable(report->summary()));
}

void TestChangeRequests::decisionReleaseAndRollback()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.countersign"));
    QVERIFY(Demo::copyWhole(told(), path));
    auto opened = Workspace::open(path, OpenMode::ReadWrite);
    QVERIFY(opened.ok());
    Workspace& ws = *opened.value();
    Database& db = WorkspaceAccess::database(ws);
    ChangeRequestTable table(db);
    const auto as = [&ws](const QString& user) {
        return ws.signIn(user, TestWorkspace::secret(Demo::passwordOf(user))).ok();
    };
    const auto run = [&ws](auto&& command) {
        return ws.execute(command);
    };
    const auto stateOf = [&db](const QString& version) {
        return RegistryTable(db).version(QStringLiteral("sepsis-risk"), version).value()->state;
    };
    const auto gate = [&ws](const QString& version, const QString& sha = QString()) {
        return DeploymentGate::decide(ws, QStringLiteral("sepsis-risk"), version, sha).value();
    };
    QString waiting; // the demo's request for version 4, evaluated
    QString current; // the one that put version 3 into production
    const QList<ChangeRequestRecord> requests = table.all().value();
    for (const ChangeRequestRecord& r : requests) {
        if (r.state == ChangeRequestState::Evaluated) {
            waiting = r.id;
        }
        if (r.state == ChangeRequestState::Implemented) {
            current = r.id;
        }
    }
    QVERIFY(!waiting.isEmpty() && !current.isEmpty());
    // The demo's waiting request fails the PCCP's specificity floor and cannot be approved (test_pccp); under a PCCP
    // version with a lower floor it is revised and evaluated again as revision 2.
    QCOMPARE(Demo::approvableRequest(ws, path), waiting);
    QVERIFY(gate(QString()).pass);
    QCOMPARE(gate(QString()).request, current);

    // Only a QA officer who is not the author decides, with a reason; the author and regulatory affairs cannot.
    QVERIFY(as(QStringLiteral("dokafor")));
    auto own = run(DecideChangeRequestCommand(waiting, ChangeRequestAction::Approve, QStringLiteral("fine"),
                                              Demo::credentials(path, QStringLiteral("dokafor"))));
    QCOMPARE(own.error().code, ErrorCode::Forbidden);
    QVERIFY(as(QStringLiteral("therrera")));
    QCOMPARE(run(DecideChangeRequestCommand(waiting, ChangeRequestAction::Approve, QStringLiteral("fine"),
                                            Demo::credentials(path, QStringLiteral("therrera"))))
                 .error()
                 .code,
             ErrorCode::Forbidden);
    QVERIFY(as(QStringLiteral("mlindqvist")));
    QVERIFY(!run(DecideChangeRequestCommand(waiting, ChangeRequestAction::Approve, QString(),
                                            Demo::credentials(path, QStringLiteral("mlindqvist"))))
                 .ok());
    // Implementing before approval, or moving the version to production by hand, is refused.
    QVERIFY(
        !run(ImplementChangeRequestCommand(waiting, QString(), Demo::credentials(path, QStringLiteral("mlindqvist"))))
             .ok());
    auto byHand = run(TransitionVersionCommand(QStringLiteral("sepsis-risk"), QStringLiteral("4"),
                                               LifecycleState::Production, QStringLiteral("urgent")));
    QVERIFY2(byHand.error().message.contains(u"only through an approved change request"),
             qPrintable(byHand.error().message));
    DecideChangeRequestCommand approve(waiting, ChangeRequestAction::Approve, QStringLiteral("Meets VP-2026-07"),
                                       Demo::credentials(path, QStringLiteral("mlindqvist")));
    QVERIFY(ws.execute(approve).ok());
    QCOMPARE(table.byId(waiting).value()->state, ChangeRequestState::Approved);
    // The approval signs the evidence record, whose manifest pins the request, plan, evidence, both versions and
    // the version diff.
    const StoredSignature approval = *SignatureTable(db).byId(approve.signatureId()).value();
    QCOMPARE(approval.recordType, QStringLiteral("change-request-evidence"));
    QCOMPARE(approval.meaning, QStringLiteral("approved"));
    const auto evidence = table.evidence(waiting, 2).value();
    auto record = SignableRecords::load(db, QStringLiteral("change-request-evidence"), waiting + QStringLiteral("@2"));
    QVERIFY(record.ok());
    QCOMPARE(record->content[u"evidence_sha256"].toString(), evidence->sha256);
    QCOMPARE(record->content[u"baseline"][u"evidence_sha256"].toString(),
             RegistryTable(db).version(QStringLiteral("sepsis-risk"), QStringLiteral("3")).value()->evidenceSha256);
    QCOMPARE(record->content[u"version_diff_sha256"].toString().size(), 64);
    QCOMPARE(record->content[u"verdicts"][u"locked-validation-2026q3"][u"sensitivity"].toString(),
             evidence->json[u"datasets"][0][u"verdicts"][u"sensitivity"][u"verdict"].toString());
    // And the originally cleared version the request names, with the verdicts against it.
    QCOMPARE(record->content[u"cleared"][u"evidence_sha256"].toString(),
             RegistryTable(db).version(QStringLiteral("sepsis-risk"), QStringLiteral("1")).value()->evidenceSha256);
    QCOMPARE(record->content[u"verdicts_against_cleared"][u"challenge-2026q3"][u"auc"].toString(),
             evidence->json[u"datasets"][1][u"against_cleared"][u"verdicts"][u"auc"][u"verdict"].toString());

    // Implemented: version 4 into production, version 3 superseded, the earlier request closed, in one command.
    ImplementChangeRequestCommand implement(waiting, QString(), Demo::credentials(path, QStringLiteral("mlindqvist")));
    const Status implemented = ws.execute(implement);
    QVERIFY2(implemented.ok(), qPrintable(implemented.ok() ? QString() : implemented.error().message));
    QCOMPARE(stateOf(QStringLiteral("4")), LifecycleState::Production);
    QCOMPARE(stateOf(QStringLiteral("3")), LifecycleState::Superseded);
    QCOMPARE(table.byId(current).value()->state, ChangeRequestState::Closed);
    QCOMPARE(table.byId(waiting).value()->state, ChangeRequestState::Implemented);
    // The gate: version 4 through the request, and one of its frozen artifacts.
    const QJsonArray files = RegistryTable(db)
                                 .version(QStringLiteral("sepsis-risk"), QStringLiteral("4"))
                                 .value()
                                 ->evidence[u"artifacts"][u"files"]
                                 .toArray();
    QVERIFY(!files.isEmpty());
    const GateDecision pass = gate(QStringLiteral("4"), files.first()[u"sha256"].toString());
    QVERIFY2(pass.pass, qPrintable(pass.reason));
    QCOMPARE(pass.request, waiting);
    QCOMPARE(pass.signatures.size(), 3); // authored, approved, released
    QVERIFY(!gate(QStringLiteral("3")).pass);
    QVERIFY(gate(QStringLiteral("4"), QString(64, u'0')).reason.contains(u"not one of version 4's frozen artifacts"));

    // A rollback request by the data scientist brings version 3 back once approved and implemented.
    QVERIFY(as(QStringLiteral("dokafor")));
    ChangeRequestContent back = demoContent();
    back.candidate = QStringLiteral("3");
    back.rollbackOf = waiting;
    back.title = QStringLiteral("Roll back to version 3");
    back.rollbackCriteria = QStringLiteral("None: this is the rollback.");
    CreateChangeRequestCommand open(back);
    QVERIFY2(ws.execute(open).ok(), "a rollback request may name a superseded version");
    back.rollbackOf.clear();
    QVERIFY(run(CreateChangeRequestCommand(back)).error().message.contains(u"cannot be a candidate"));
    QVERIFY(run(SubmitChangeRequestCommand(open.id(), QString(), LowPower::Refuse,
                                           Demo::credentials(path, QStringLiteral("dokafor"))))
                .ok());
    QVERIFY(run(EvaluateChangeRequestCommand(open.id())).ok());
    QVERIFY(as(QStringLiteral("mlindqvist")));
    QVERIFY(run(DecideChangeRequestCommand(open.id(), ChangeRequestAction::Approve, QStringLiteral("Roll back"),
                                           Demo::credentials(path, QStringLiteral("mlindqvist"))))
                .ok());
    QVERIFY(
        run(ImplementChangeRequestCommand(open.id(), QString(), Demo::credentials(path, QStringLiteral("mlindqvist"))))
            .ok());
    QCOMPARE(stateOf(QStringLiteral("3")), LifecycleState::Production);
    QCOMPARE(stateOf(QStringLiteral("4")), LifecycleState::Superseded);
    QCOMPARE(table.byId(waiting).value()->state, ChangeRequestState::RolledBack);
    QCOMPARE(gate(QString()).request, open.id());

    // An emergency rollback of it takes effect at once with one signature and waits for a review by someone else.
    QVERIFY(!run(EmergencyRollbackCommand(open.id(), QString(), Demo::credentials(path, QStringLiteral("mlindqvist"))))
                 .ok()); // a reason is required
    EmergencyRollbackCommand emergency(open.id(), QStringLiteral("Alert storm on ward 7 (incident INC-4411)"),
                                       Demo::credentials(path, QStringLiteral("mlindqvist")));
    const Status rolled = ws.execute(emergency);
    QVERIFY2(rolled.ok(), qPrintable(rolled.ok() ? QString() : rolled.error().message));
    QCOMPARE(stateOf(QStringLiteral("3")), LifecycleState::Withdrawn);
    QCOMPARE(stateOf(QStringLiteral("4")), LifecycleState::Production);
    QCOMPARE(table.byId(open.id()).value()->state, ChangeRequestState::RolledBack);
    auto shown = ChangeRequestQuery(ws).toJson(open.id()).value();
    QVERIFY(emergency.signatureId() > 0);
    QCOMPARE(shown[u"moves"].toArray().last()[u"signature"].toInteger(), emergency.signatureId());
    QVERIFY(shown[u"review_due"].isString());
    QCOMPARE(shown[u"review_overdue"].toBool(), false);
    auto self = run(ReviewRollbackCommand(open.id(), QStringLiteral("Reviewed"),
                                          Demo::credentials(path, QStringLiteral("mlindqvist"))));
    QVERIFY2(!self.ok() && self.error().message.contains(u"separation of duties"),
             qPrintable(self.ok() ? QString() : self.error().message));
    QVERIFY(!gate(QString()).pass); // version 4 is back, but not through an implemented request

    // Every signature verifies; then an edited evidence record breaks the approval and the gate.
    const auto checks = SignatureVerifier::verifyAll(db, ws.id()).value();
    for (const SignatureCheck& c : checks) {
        QVERIFY2(c.valid, qPrintable(c.problem));
    }
    QVERIFY(ws.verify()->intact());
    opened.value().reset();
    QCOMPARE(tamper(path,
                    {QStringLiteral("UPDATE change_request_evidence SET evidence_sha256 = '%1' WHERE request_id = '%2'")
                         .arg(QString(64, u'0'), waiting)},
                    true),
             QString());
    auto reopened = Workspace::open(path, OpenMode::ReadOnly);
    QVERIFY(reopened.ok());
    bool broken = false;
    const auto after =
        SignatureVerifier::verifyAll(WorkspaceAccess::database(*reopened.value()), reopened.value()->id()).value();
    for (const SignatureCheck& c : after) {
        broken = broken || (!c.valid && c.stored.id == approve.signatureId());
    }
    QVERIFY2(broken, "the approval still verified after its evidence changed");
}

QTEST_GUILESS_MAIN(TestChangeRequests)
#include "TestChangeRequests.moc"
