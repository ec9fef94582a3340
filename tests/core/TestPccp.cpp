// Stored PCCPs and the gate in the change-request flow (issue #16, docs/pccp.md): versions saved by regulatory
// affairs only, signed "authored" by their author and then "approved" by a QA officer, the newest approved one in
// force; a request names its modification, each rule's verdict is frozen with the evidence, a blocking failure
// refuses approval, a blocking rule that could not be evaluated needs a signed justification, and a change outside
// the PCCP cannot be implemented under it. Runs on copies of one demo workspace.
#include "DemoCopy.h"
#include "Tamper.h"
#include "TestWorkspace.h"
#include "commands/ChangeRequestCommands.h"
#include "commands/PccpCommands.h"
#include "commands/SignRecordCommand.h"
#include "config-countersign-tests.h"
#include "demo/DemoWorkspace.h"
#include "pki/Certificate.h"
#include "queries/ChangeRequestQuery.h"
#include "registry/PccpGate.h"
#include "registry/PccpStandings.h"
#include "signing/SignableRecords.h"
#include "signing/SignaturePolicy.h"
#include "signing/SignatureVerifier.h"
#include "store/AuditEventTable.h"
#include "store/ChangeRequestTables.h"
#include "store/PccpTables.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceAccess.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cs;
using namespace cs::test;

namespace {
const QString kModel = QStringLiteral("sepsis-risk");
const QString kRequest = QStringLiteral("CR-2026-0004"); // the demo's evaluated request: version 4 against 3

/// Wilson's score interval's lower bound for k successes in n at 95%, written out from its formula.
double wilsonLower(double k, double n)
{
    const double z = 1.959963984540054;
    const double p = k / n;
    const double centre = p + z * z / (2 * n);
    const double spread = z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    return (centre - spread) / (1 + z * z / n);
}
} // namespace

class TestPccp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void versionsAndWhoSavesThem();
    void signaturesAndTheOneInForce();
    void aTamperedPccpIsRefused();
    void blockingFailureRefusesApproval();
    void outsideThePccpCannotBeImplemented();
    void notEvaluableNeedsAJustification();

private:
    std::unique_ptr<DemoCopy> copy() { return DemoCopy::of(m_demo); }
    SigningCredentials credentials(const QString& username) { return Demo::credentials(m_demo, username); }
    int putInForce(Workspace& ws, const Pccp& p) { return Demo::putPccpInForce(ws, m_demo, p); }
    /// Returns the demo's evaluated request to its author, who names `modification`, submits it and evaluates it;
    /// returns the frozen determination.
    QJsonObject reevaluate(Workspace& ws, const QString& modification);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestPccp::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.countersign"));
    QVERIFY(DemoWorkspace::create(m_demo, QDateTime::currentMSecsSinceEpoch()).ok());
}

QJsonObject TestPccp::reevaluate(Workspace& ws, const QString& modification)
{
    const auto fatal = [](const Status& s) {
        if (!s) {
            qFatal("%s", qPrintable(s.error().message));
        }
    };
    if (!Demo::signIn(ws, QStringLiteral("mlindqvist"))) {
        qFatal("mlindqvist cannot sign in");
    }
    auto request = ChangeRequestQuery(ws).find(kRequest).value();
    if (request->state == ChangeRequestState::Submitted || request->state == ChangeRequestState::Evaluated) {
        MoveChangeRequestCommand back(kRequest, ChangeRequestAction::Return, QStringLiteral("name the modification"));
        fatal(ws.execute(back));
        request = ChangeRequestQuery(ws).find(kRequest).value();
    }
    if (!Demo::signIn(ws, QStringLiteral("dokafor"))) {
        qFatal("dokafor cannot sign in");
    }
    ChangeRequestContent content = request->content;
    if (content.pccpModification == modification) {
        content.description += QStringLiteral(" Revised.");
    }
    content.pccpModification = modification;
    EditChangeRequestCommand edit(kRequest, content, QStringLiteral("names its PCCP modification"));
    fatal(ws.execute(edit));
    SubmitChangeRequestCommand submit(kRequest, QString(), LowPower::Refuse, credentials(QStringLiteral("dokafor")));
    fatal(ws.execute(submit));
    EvaluateChangeRequestCommand evaluate(kRequest);
    fatal(ws.execute(evaluate));
    const int revision = ChangeRequestQuery(ws).find(kRequest).value()->revision;
    return ChangeRequestQuery(ws).evidence(kRequest, revision).value()[u"pccp"].toObject();
}

void TestPccp::versionsAndWhoSavesThem()
{
    auto c = copy();
    Workspace& ws = *c->ws;
    Database& db = WorkspaceAccess::database(ws);
    // The demo's PCCP is version 1, in force, saved from the file regulatory affairs keep.
    const Pccp pccp = Demo::sepsisPccp();
    QCOMPARE(PccpStandings::inForce(db, kModel).value()->version, 1);
    QCOMPARE(PccpStandings::inForce(db, kModel).value()->source, QStringLiteral("sepsis-risk-pccp.yaml"));

    // Only regulatory affairs write PCCPs; a refused attempt records nothing.
    Pccp changed = pccp;
    changed.modifications[0].frequency = QStringLiteral("monthly");
    QVERIFY(c->as(QStringLiteral("mlindqvist")));
    const qint64 before = ws.eventCount().value();
    SavePccpCommand byQa(changed, QStringLiteral("sepsis-risk.yaml"));
    QCOMPARE(ws.execute(byQa).error().code, ErrorCode::Forbidden);
    QCOMPARE(ws.eventCount().value(), before);

    // The same content again is not a new version; bad content, an unknown model and control characters are refused
    // with the field named, and nothing is stored.
    QVERIFY(c->as(QStringLiteral("therrera")));
    const qint64 signedIn = ws.eventCount().value();
    SavePccpCommand same(pccp, QStringLiteral("again.yaml"));
    auto again = ws.execute(same);
    QVERIFY2(!again.ok() && again.error().message.contains(u"version 1 of the PCCP of sepsis-risk already says"),
             qPrintable(again.error().message));
    Pccp unknown = pccp;
    unknown.model = QStringLiteral("no-such-model");
    SavePccpCommand noModel(unknown, QStringLiteral("x.yaml"));
    auto missing = ws.execute(noModel);
    QVERIFY(!missing.ok() && missing.error().message.contains(u"model: there is no model no-such-model"));
    Pccp hostile = pccp;
    hostile.modifications[1].rules[0].title = QStringLiteral("fine\x1b[2Jcleared");
    SavePccpCommand escape(hostile, QStringLiteral("x.yaml"));
    auto refused = ws.execute(escape);
    QVERIFY2(!refused.ok() && refused.error().message.contains(u"modifications[1].protocol.rules[0].title") &&
                 refused.error().message.contains(u"control character"),
             qPrintable(refused.error().message));
    Pccp empty;
    empty.model = kModel;
    SavePccpCommand nothing(empty, QStringLiteral("form"));
    auto incomplete = ws.execute(nothing);
    QVERIFY(!incomplete.ok() && incomplete.error().message.contains(u"title: expected a text") &&
            incomplete.error().message.contains(u"modifications: expected a list"));
    Pccp reserved = pccp;
    reserved.modifications[0].id = QStringLiteral("outside");
    SavePccpCommand outside(reserved, QStringLiteral("form"));
    QVERIFY(ws.execute(outside).error().message.contains(u"modifications[0].id: \"outside\" is reserved"));
    QCOMPARE(ws.eventCount().value(), signedIn);

    // A changed text is version 2, recorded in the trail; version 1 stays as it was, and stays in force until
    // version 2 is signed.
    SavePccpCommand second(changed, QStringLiteral("form"));
    QVERIFY(ws.execute(second).ok());
    QCOMPARE(second.version(), 2);
    const AuditEvent saved = AuditEventTable(db).at(ws.eventCount().value()).value();
    QCOMPARE(saved.action, QStringLiteral("pccp.saved"));
    QCOMPARE(saved.entityId, QStringLiteral("sepsis-risk@2"));
    QVERIFY(saved.after.contains(second.contentSha256().toUtf8()));
    const auto standings = PccpStandings::ofModel(db, kModel).value();
    QCOMPARE(standings.size(), 2);
    QCOMPARE(standings[0].pccp.version, 2);
    QCOMPARE(standings[0].pccp.content.modifications[0].frequency, QStringLiteral("monthly"));
    QCOMPARE(standings[1].pccp.content.modifications[0].frequency, QStringLiteral("quarterly"));
    QCOMPARE(standings[0].status, PccpStatus::Pending);
    QCOMPARE(standings[0].missing, (QStringList {QStringLiteral("authored"), QStringLiteral("approved")}));
    QCOMPARE(standings[1].status, PccpStatus::InForce);
    QCOMPARE(PccpStandings::inForce(db, kModel).value()->version, 1);
}

void TestPccp::signaturesAndTheOneInForce()
{
    auto c = copy();
    Workspace& ws = *c->ws;
    Database& db = WorkspaceAccess::database(ws);
    Pccp next = Demo::sepsisPccp();
    next.modifications[0].frequency = QStringLiteral("monthly");
    QVERIFY(c->as(QStringLiteral("therrera")));
    SavePccpCommand save(next, QStringLiteral("form"));
    QVERIFY(ws.execute(save).ok());
    const QString v2 = QStringLiteral("sepsis-risk@2");
    const auto sign = [&](const QString& user, const QString& id, Meaning meaning) {
        if (!c->as(user)) {
            return Status(Error(ErrorCode::Unauthenticated, user));
        }
        SignRecordCommand command(QStringLiteral("pccp"), id, meaning, QString(), credentials(user));
        return ws.execute(command);
    };

    // Approval waits for the author's signature; only the author signs as authored; the author never approves;
    // only a QA officer approves. Until then the demo's version 1 stays in force.
    auto early = sign(QStringLiteral("mlindqvist"), v2, Meaning::Approved);
    QVERIFY2(!early.ok() && early.error().message.contains(u"not signed as \"authored\" yet"),
             qPrintable(early.error().message));
    auto notAuthor = sign(QStringLiteral("mlindqvist"), v2, Meaning::Authored);
    QCOMPARE(notAuthor.error().code, ErrorCode::Forbidden); // a QA officer is not regulatory affairs
    QVERIFY(sign(QStringLiteral("therrera"), v2, Meaning::Authored).ok());
    auto own = sign(QStringLiteral("therrera"), v2, Meaning::Approved);
    QVERIFY(!own.ok());
    auto scientist = sign(QStringLiteral("dokafor"), v2, Meaning::Approved);
    QCOMPARE(scientist.error().code, ErrorCode::Forbidden);
    QCOMPARE(PccpStandings::ofModel(db, kModel).value()[0].missing, QStringList {QStringLiteral("approved")});
    QCOMPARE(PccpStandings::inForce(db, kModel).value()->version, 1);
    QVERIFY(sign(QStringLiteral("mlindqvist"), v2, Meaning::Approved).ok());
    QCOMPARE(PccpStandings::inForce(db, kModel).value()->version, 2);

    // Version 3 waits; version 4, approved, is in force: version 3, never approved, lapses, and versions 1 and 2 are
    // superseded.
    for (const QString& frequency : {QStringLiteral("weekly"), QStringLiteral("daily")}) {
        QVERIFY(c->as(QStringLiteral("therrera")));
        next.modifications[0].frequency = frequency;
        SavePccpCommand more(next, QStringLiteral("form"));
        QVERIFY(ws.execute(more).ok());
    }
    auto standings = PccpStandings::ofModel(db, kModel).value();
    QCOMPARE(standings[1].status, PccpStatus::Pending); // version 3
    QCOMPARE(standings[2].status, PccpStatus::InForce); // version 2
    QCOMPARE(standings[3].status, PccpStatus::Superseded); // version 1
    QVERIFY(sign(QStringLiteral("therrera"), QStringLiteral("sepsis-risk@4"), Meaning::Authored).ok());
    QVERIFY(sign(QStringLiteral("mlindqvist"), QStringLiteral("sepsis-risk@4"), Meaning::Approved).ok());
    standings = PccpStandings::ofModel(db, kModel).value();
    QCOMPARE(standings.size(), 4);
    QCOMPARE(standings[0].status, PccpStatus::InForce);
    QCOMPARE(standings[1].status, PccpStatus::Lapsed);
    QCOMPARE(standings[2].status, PccpStatus::Superseded);
    QCOMPARE(standings[3].status, PccpStatus::Superseded);
    QCOMPARE(PccpStandings::inForce(db, kModel).value()->content.modifications[0].frequency, QStringLiteral("daily"));

    // The standings ask for the signatures the policy requires.
    QList<Meaning> required;
    for (const MeaningRule& rule : SignaturePolicies::forType(u"pccp")->rules) {
        if (rule.required) {
            required.append(rule.meaning);
        }
    }
    QCOMPARE(required, PccpStandings::requiredMeanings());

    // Every signature verifies; each PCCP signature's manifest pins the record that names the content's SHA-256.
    int pccpSignatures = 0;
    for (const SignatureCheck& check : SignatureVerifier::verifyAll(db, ws.id()).value()) {
        QVERIFY2(check.valid, qPrintable(check.problem));
        if (check.stored.recordType == u"pccp") {
            const SignableRecord record =
                SignableRecords::load(db, QStringLiteral("pccp"), check.stored.recordId).value();
            QCOMPARE(record.content[u"content_sha256"].toString(),
                     PccpTable(db).version(kModel, record.content[u"version"].toInt()).value()->contentSha256);
            QCOMPARE(check.manifest->recordSha256, record.contentSha256().value());
            ++pccpSignatures;
        }
    }
    QCOMPARE(pccpSignatures, 6); // the demo's two on version 1, two each on versions 2 and 4
}

void TestPccp::aTamperedPccpIsRefused()
{
    auto c = copy();
    c->ws.reset();
    // Someone with write access to the file loosens the specificity floor of the PCCP in force.
    QCOMPARE(tamper(c->path,
                    {QStringLiteral("UPDATE pccp SET content_json = replace(content_json, '\"bound\":0.8', "
                                    "'\"bound\":0.7') WHERE version = 1")}),
             QString());
    auto reopened = Workspace::open(c->path, OpenMode::ReadWrite);
    QVERIFY(reopened.ok());
    c->ws = std::move(reopened.value());
    Database& db = WorkspaceAccess::database(*c->ws);
    QCOMPARE(PccpStandings::inForce(db, kModel).value()->content.modifications[0].rules[2].bound, 0.7);
    // Verification names the record; the signatures over it still verify (they pin the content hash, which the row
    // still holds), so it is the record's seal that catches it.
    auto report = c->ws->verify();
    QVERIFY(report.ok());
    QVERIFY(!report->intact());
    bool named = false;
    for (const Finding& f : report->findings) {
        named = named || (f.kind == Finding::Kind::RecordAltered && f.message.contains(u"pccp"));
    }
    QVERIFY2(named, qPrintable(report->summary()));
    // And no request is evaluated against the altered PCCP.
    QVERIFY(c->as(QStringLiteral("mlindqvist")));
    MoveChangeRequestCommand back(kRequest, ChangeRequestAction::Return, QStringLiteral("name the modification"));
    QVERIFY(c->ws->execute(back).ok());
    QVERIFY(c->as(QStringLiteral("dokafor")));
    ChangeRequestContent content = ChangeRequestQuery(*c->ws).find(kRequest).value()->content;
    content.description += QStringLiteral(" Revised.");
    EditChangeRequestCommand edit(kRequest, content, QStringLiteral("M1"));
    QVERIFY(c->ws->execute(edit).ok());
    SubmitChangeRequestCommand submit(kRequest, QString(), LowPower::Refuse, credentials(QStringLiteral("dokafor")));
    QVERIFY(c->ws->execute(submit).ok());
    EvaluateChangeRequestCommand evaluate(kRequest);
    auto refused = c->ws->execute(evaluate);
    QVERIFY2(!refused.ok() && refused.error().message.contains(u"pccp"), qPrintable(refused.error().message));
    QCOMPARE(ChangeRequestQuery(*c->ws).find(kRequest).value()->state, ChangeRequestState::Submitted);
}

void TestPccp::blockingFailureRefusesApproval()
{
    auto c = copy();
    Workspace& ws = *c->ws;
    const PccpRecord stored = PccpStandings::inForce(WorkspaceAccess::database(ws), kModel).value().value();
    const int version = stored.version; // the demo's PCCP

    // The demo evaluated its waiting request under M1; the QA officer is offered no approval, and the next step says
    // why.
    QVERIFY(c->as(QStringLiteral("mlindqvist")));
    const ChangeRequestRecord waiting = ChangeRequestQuery(ws).find(kRequest).value().value();
    QCOMPARE(waiting.content.pccpModification, QStringLiteral("M1"));
    QCOMPARE(PccpGate::blockers(ChangeRequestQuery(ws).evidence(kRequest, waiting.revision).value()[u"pccp"].toObject())
                 .size(),
             1);
    const auto offered = ChangeRequestQuery(ws).available(kRequest).value();
    QVERIFY(!offered.contains(ChangeRequestAction::Approve) && offered.contains(ChangeRequestAction::Reject) &&
            offered.contains(ChangeRequestAction::Return));
    QCOMPARE(ChangeRequestQuery(ws).nextStep(waiting).value().what,
             QStringLiteral("reject or return: blocking PCCP rule R3 not met, cannot be approved"));

    // With a PCCP in force, a request must say which modification it falls under.
    MoveChangeRequestCommand back(kRequest, ChangeRequestAction::Return, QStringLiteral("PCCP now in force"));
    QVERIFY(ws.execute(back).ok());
    QVERIFY(c->as(QStringLiteral("dokafor")));
    ChangeRequestContent content = ChangeRequestQuery(ws).find(kRequest).value()->content;
    content.pccpModification.clear();
    content.description += QStringLiteral(" Re-read against the PCCP.");
    EditChangeRequestCommand edit(kRequest, content, QStringLiteral("revised"));
    QVERIFY(ws.execute(edit).ok());
    SubmitChangeRequestCommand unnamed(kRequest, QString(), LowPower::Refuse, credentials(QStringLiteral("dokafor")));
    auto refused = ws.execute(unnamed);
    QVERIFY2(!refused.ok() &&
                 refused.error().message.contains(u"pccp_modification: version 1 of the PCCP of "
                                                  u"sepsis-risk is in force") &&
                 refused.error().message.contains(u"(M1, M2) or \"outside\""),
             qPrintable(refused.error().message));

    const QJsonObject pccp = reevaluate(ws, QStringLiteral("M1"));
    QCOMPARE(PccpGate::determinationOf(pccp), PccpDetermination::Within);
    QCOMPARE(pccp[u"version"].toInt(), version);
    QCOMPARE(pccp[u"content_sha256"].toString(), stored.contentSha256);
    const QJsonArray rules = pccp[u"rules"].toArray();
    QCOMPARE(rules.size(), 6);
    QMap<QString, QString> verdicts;
    for (const QJsonValue& r : rules) {
        verdicts.insert(r[u"rule"].toString(), r[u"verdict"].toString());
    }
    QCOMPARE(verdicts.value(QStringLiteral("R3")), QStringLiteral("fail"));

    // R3 (specificity's lower Wilson bound >= 0.80) read the frozen number; the bound, recomputed here from the
    // frozen confusion counts with Wilson's formula, is below 0.80, and so is the interval's upper end: a failure.
    const int revision = ChangeRequestQuery(ws).find(kRequest).value()->revision;
    const QJsonObject evidence = ChangeRequestQuery(ws).evidence(kRequest, revision).value();
    const QJsonObject validation = evidence[u"datasets"][0].toObject();
    QCOMPARE(validation[u"role"].toString(), QStringLiteral("validation"));
    const QJsonObject confusion = validation[u"report"][u"candidate"][u"confusion"].toObject();
    const double tn = confusion[u"tn"].toDouble();
    const double fp = confusion[u"fp"].toDouble();
    const QJsonObject r3 = rules[2].toObject();
    QCOMPARE(r3[u"rule"].toString(), QStringLiteral("R3"));
    const QJsonObject reading = r3[u"readings"][0].toObject();
    QVERIFY(std::abs(reading[u"value"].toDouble() - wilsonLower(tn, tn + fp)) < 1e-12);
    QVERIFY(reading[u"value"].toDouble() < 0.8 && reading[u"other_end"].toDouble() < 0.8);
    QCOMPARE(reading[u"value"].toDouble(),
             validation[u"report"][u"candidate"][u"specificity"][u"ci_low"].toDouble()); // frozen once, read as is

    // The QA officer cannot approve; the message names the rule. Nothing is recorded; rejecting still works.
    QVERIFY(c->as(QStringLiteral("mlindqvist")));
    const qint64 events = ws.eventCount().value();
    DecideChangeRequestCommand approve(kRequest, ChangeRequestAction::Approve, QStringLiteral("looks fine"),
                                       credentials(QStringLiteral("mlindqvist")));
    auto blocked = ws.execute(approve);
    QVERIFY2(!blocked.ok() && blocked.error().code == ErrorCode::Rule &&
                 blocked.error().message.contains(u"R3 (specificity: lower bound >= 0.8") &&
                 blocked.error().message.contains(u"FAIL"),
             qPrintable(blocked.error().message));
    QCOMPARE(ws.eventCount().value(), events);
    QVERIFY(PccpGate::statement(pccp).contains(u"cannot be approved"));
    JustifyChangeRequestCommand justify(kRequest, QStringLiteral("small sample"),
                                        credentials(QStringLiteral("mlindqvist")));
    QVERIFY(ws.execute(justify).error().message.contains(u"nothing to justify"));
    QVERIFY(!ChangeRequestQuery(ws).available(kRequest).value().contains(ChangeRequestAction::Justify));
    DecideChangeRequestCommand reject(kRequest, ChangeRequestAction::Reject, QStringLiteral("R3 fails"),
                                      credentials(QStringLiteral("mlindqvist")));
    QVERIFY(ws.execute(reject).ok());
}

void TestPccp::outsideThePccpCannotBeImplemented()
{
    auto c = copy();
    Workspace& ws = *c->ws;
    for (const QString& named : {QStringLiteral("outside"), QStringLiteral("M9")}) {
        const QJsonObject pccp = reevaluate(ws, named);
        QCOMPARE(PccpGate::determinationOf(pccp),
                 named == u"outside" ? PccpDetermination::Outside : PccpDetermination::UnknownModification);
        QVERIFY(PccpGate::needsSubmission(pccp));
        QVERIFY(pccp[u"rules"].toArray().isEmpty());
        QVERIFY(PccpGate::statement(pccp).contains(u"needs a new regulatory submission"));
    }
    // It can be approved (the evidence stands), but not implemented under the PCCP.
    QVERIFY(c->as(QStringLiteral("mlindqvist")));
    DecideChangeRequestCommand approve(kRequest, ChangeRequestAction::Approve, QStringLiteral("evidence is sound"),
                                       credentials(QStringLiteral("mlindqvist")));
    QVERIFY(ws.execute(approve).ok());
    ImplementChangeRequestCommand implement(kRequest, QString(), credentials(QStringLiteral("mlindqvist")));
    auto refused = ws.execute(implement);
    QVERIFY2(!refused.ok() && refused.error().message.contains(u"needs a new regulatory submission") &&
                 refused.error().message.contains(u"modification M9"),
             qPrintable(refused.error().message));
    QCOMPARE(ChangeRequestQuery(ws).find(kRequest).value()->state, ChangeRequestState::Approved);
}

void TestPccp::notEvaluableNeedsAJustification()
{
    auto c = copy();
    Workspace& ws = *c->ws;
    // M1 asks for a sensitivity comparison on every age band with at least 10,000 positives: no band has that many,
    // so the blocking rule reads no place and cannot be evaluated.
    Pccp pccp = Demo::sepsisPccp();
    PccpRule& r4 = pccp.modifications[0].rules[3];
    QCOMPARE(r4.id, QStringLiteral("R4"));
    r4.minimumPositives = 10000;
    pccp.modifications[0].rules.removeAt(2); // without the specificity floor that fails
    putInForce(ws, pccp);
    const QJsonObject frozen = reevaluate(ws, QStringLiteral("M1"));
    QCOMPARE(PccpGate::blockers(frozen), QStringList());
    const QStringList unevaluated = PccpGate::needingJustification(frozen);
    QCOMPARE(unevaluated.size(), 1);
    QVERIFY(unevaluated[0].startsWith(u"R4 ("));

    QVERIFY(c->as(QStringLiteral("mlindqvist")));
    DecideChangeRequestCommand early(kRequest, ChangeRequestAction::Approve, QStringLiteral("fine"),
                                     credentials(QStringLiteral("mlindqvist")));
    auto refused = ws.execute(early);
    QVERIFY2(!refused.ok() && refused.error().message.contains(u"must first sign a justification"),
             qPrintable(refused.error().message));
    // The author cannot justify; a justification needs words.
    QVERIFY(c->as(QStringLiteral("dokafor")));
    JustifyChangeRequestCommand own(kRequest, QStringLiteral("mine"), credentials(QStringLiteral("dokafor")));
    QCOMPARE(ws.execute(own).error().code, ErrorCode::Forbidden);
    QVERIFY(c->as(QStringLiteral("mlindqvist")));
    JustifyChangeRequestCommand bare(kRequest, QStringLiteral(" "), credentials(QStringLiteral("mlindqvist")));
    QVERIFY(ws.execute(bare).error().message.contains(u"reason is required"));
    JustifyChangeRequestCommand justify(kRequest,
                                        QStringLiteral("Subgroup sizes per sex are fixed by the locked set; overall "
                                                       "sensitivity is non-inferior (R1)."),
                                        credentials(QStringLiteral("mlindqvist")));
    QCOMPARE(ChangeRequestQuery(ws).available(kRequest).value().contains(ChangeRequestAction::Justify), true);
    QVERIFY(ws.execute(justify).ok());
    QCOMPARE(ChangeRequestQuery(ws).find(kRequest).value()->state, ChangeRequestState::Evaluated);
    // The history shows it; it is offered no more, and a second one is refused.
    QCOMPARE(ChangeRequestQuery(ws).moves(kRequest).value().last().action, ChangeRequestAction::Justify);
    QCOMPARE(ChangeRequestQuery(ws).available(kRequest).value().contains(ChangeRequestAction::Justify), false);
    JustifyChangeRequestCommand again(kRequest, QStringLiteral("again"), credentials(QStringLiteral("mlindqvist")));
    QVERIFY(ws.execute(again).error().message.contains(u"justified"));
    DecideChangeRequestCommand approve(kRequest, ChangeRequestAction::Approve, QStringLiteral("justified"),
                                       credentials(QStringLiteral("mlindqvist")));
    QVERIFY(ws.execute(approve).ok());
    QCOMPARE(ChangeRequestQuery(ws).find(kRequest).value()->state, ChangeRequestState::Approved);
}

QTEST_GUILESS_MAIN(TestPccp)
#include "TestPccp.moc"
