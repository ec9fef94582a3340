// PCCP acceptance rules evaluated on hand-made evidence: every number below is written here, so each verdict can be
// checked by reading the rule and the number it reads (no output of this project is compared with itself).
#include "pccp/Pccp.h"
#include "pccp/PccpRule.h"
#include "registry/PccpEvaluation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace cs;

namespace {
QJsonObject interval(double value, double low, double high)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("ci_low"), low}, {QStringLiteral("ci_high"), high}};
}

/// A validation set (100 positives) with three age bands (12, 40 and 35 positives) and a challenge set; the
/// candidate's sensitivity difference from production is +0.02 (-0.03 to +0.07) overall, its AUC difference +0.01
/// (-0.015 to +0.035), its specificity 0.90 (0.88 to 0.92), its ECE 0.04; on the challenge set its sensitivity is 0.07
/// below production's (-0.12 to -0.02).
QJsonObject evidence()
{
    const QJsonObject candidate {{QStringLiteral("sensitivity"), interval(0.80, 0.71, 0.87)},
                                 {QStringLiteral("specificity"), interval(0.90, 0.88, 0.92)},
                                 {QStringLiteral("auc"), interval(0.85, 0.82, 0.88)},
                                 {QStringLiteral("brier"), 0.07}};
    const QJsonObject reference {{QStringLiteral("sensitivity"), interval(0.78, 0.69, 0.85)},
                                 {QStringLiteral("specificity"), interval(0.91, 0.89, 0.93)},
                                 {QStringLiteral("auc"), interval(0.84, 0.81, 0.87)},
                                 {QStringLiteral("brier"), 0.08}};
    const auto band = [](const char* name, int positives, double value, double low, double high) {
        return QJsonObject {{QStringLiteral("group"), QLatin1String(name)},
                            {QStringLiteral("positives"), positives},
                            {QStringLiteral("sensitivity_difference"), interval(value, low, high)}};
    };
    const QJsonObject validation {
        {QStringLiteral("name"), QStringLiteral("locked-validation")},
        {QStringLiteral("role"), QStringLiteral("validation")},
        {QStringLiteral("report"),
         QJsonObject {{QStringLiteral("n"), 1000},
                      {QStringLiteral("positives"), 100},
                      {QStringLiteral("candidate"), candidate},
                      {QStringLiteral("reference"), reference},
                      {QStringLiteral("sensitivity_difference"), interval(0.02, -0.03, 0.07)},
                      {QStringLiteral("specificity_difference"), interval(-0.01, -0.03, 0.01)},
                      {QStringLiteral("delong"),
                       QJsonObject {{QStringLiteral("difference"), 0.01},
                                    {QStringLiteral("ci_low"), -0.015},
                                    {QStringLiteral("ci_high"), 0.035},
                                    {QStringLiteral("p_value"), 0.4}}},
                      {QStringLiteral("mcnemar_positives"), QJsonObject {{QStringLiteral("p_value"), 0.5}}},
                      {QStringLiteral("curves"),
                       QJsonObject {{QStringLiteral("candidate"),
                                     QJsonObject {{QStringLiteral("calibration"),
                                                   QJsonObject {{QStringLiteral("ece"), 0.04}}}}}}}}},
        {QStringLiteral("subgroups"),
         QJsonObject {{QStringLiteral("age_band"),
                       QJsonArray {band("18-39", 12, -0.20, -0.50, 0.10), band("40-59", 40, 0.01, -0.08, 0.10),
                                   band("60-74", 35, -0.05, -0.15, 0.05)}}}}};
    const QJsonObject challenge {
        {QStringLiteral("name"), QStringLiteral("challenge")},
        {QStringLiteral("role"), QStringLiteral("challenge")},
        {QStringLiteral("report"),
         QJsonObject {{QStringLiteral("n"), 300},
                      {QStringLiteral("positives"), 50},
                      {QStringLiteral("candidate"), candidate},
                      {QStringLiteral("reference"), reference},
                      {QStringLiteral("sensitivity_difference"), interval(-0.07, -0.12, -0.02)}}}};
    return {{QStringLiteral("first_release"), false}, {QStringLiteral("datasets"), QJsonArray {validation, challenge}}};
}

PccpRule rule(PccpRule::Metric metric, PccpRule::Statistic statistic, PccpRule::Operator op, double bound)
{
    PccpRule r;
    r.id = QStringLiteral("R");
    r.metric = metric;
    r.statistic = statistic;
    r.op = op;
    r.bound = bound;
    return r;
}
} // namespace

class TestPccpRules : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void everySubgroup();
    void notEvaluable();
    void rulesReadBack();
    void badRules_data();
    void badRules();
    void pccpFromYaml();
    void badPccps_data();
    void badPccps();
};

using M = PccpRule::Metric;
using S = PccpRule::Statistic;
using O = PccpRule::Operator;

void TestPccpRules::verdicts_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<int>("statistic");
    QTest::addColumn<int>("op");
    QTest::addColumn<double>("bound");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<double>("read");
    // The issue's examples.
    QTest::newRow("sensitivity non-inferior: -0.03 > -0.05")
        << int(M::Sensitivity) << int(S::DifferenceLower) << int(O::Greater) << -0.05 << "validation"
        << "pass" << -0.03;
    QTest::newRow("AUC non-inferior: DeLong -0.015 >= -0.02")
        << int(M::Auc) << int(S::DifferenceLower) << int(O::GreaterOrEqual) << -0.02 << "validation"
        << "pass" << -0.015;
    QTest::newRow("specificity floor: Wilson 0.88 >= 0.80")
        << int(M::Specificity) << int(S::Lower) << int(O::GreaterOrEqual) << 0.80 << "validation"
        << "pass" << 0.88;
    QTest::newRow("challenge sensitivity no more than 0.05 below: -0.07")
        << int(M::Sensitivity) << int(S::Difference) << int(O::GreaterOrEqual) << -0.05 << "challenge"
        << "fail" << -0.07;
    QTest::newRow("ECE at most 0.05: 0.04")
        << int(M::Ece) << int(S::Value) << int(O::LessOrEqual) << 0.05 << "validation"
        << "pass" << 0.04;
    // Straddling and wholly outside.
    QTest::newRow("AUC at -0.01: -0.015 fails, 0.035 meets it: inconclusive")
        << int(M::Auc) << int(S::DifferenceLower) << int(O::GreaterOrEqual) << -0.01 << "validation"
        << "inconclusive" << -0.015;
    QTest::newRow("specificity floor 0.95: 0.88 and 0.92 both below: fail")
        << int(M::Specificity) << int(S::Lower) << int(O::GreaterOrEqual) << 0.95 << "validation"
        << "fail" << 0.88;
    QTest::newRow("upper bound of the specificity difference < 0: 0.01 fails, -0.03 meets: inconclusive")
        << int(M::Specificity) << int(S::DifferenceUpper) << int(O::Less) << 0.0 << "validation"
        << "inconclusive" << 0.01;
    QTest::newRow("challenge lower bound -0.12 > -0.05, upper -0.02 meets it: inconclusive")
        << int(M::Sensitivity) << int(S::DifferenceLower) << int(O::Greater) << -0.05 << "challenge"
        << "inconclusive" << -0.12;
    QTest::newRow("challenge upper bound -0.02 > 0: both ends below: fail")
        << int(M::Sensitivity) << int(S::DifferenceUpper) << int(O::Greater) << 0.0 << "challenge"
        << "fail" << -0.02;
    // Numbers without an interval in the evidence: a point difference of two point values, a p-value.
    QTest::newRow("Brier difference 0.07 - 0.08 <= 0")
        << int(M::Brier) << int(S::Difference) << int(O::LessOrEqual) << 0.0 << "validation"
        << "pass" << 0.07 - 0.08;
    QTest::newRow("McNemar on the positives: p 0.5 > 0.05")
        << int(M::Sensitivity) << int(S::McNemarP) << int(O::Greater) << 0.05 << "validation"
        << "pass" << 0.5;
    QTest::newRow("a strict bound equal to the value fails")
        << int(M::Ece) << int(S::Value) << int(O::Less) << 0.04 << "validation"
        << "fail" << 0.04;
}

void TestPccpRules::verdicts()
{
    QFETCH(int, metric);
    QFETCH(int, statistic);
    QFETCH(int, op);
    QFETCH(double, bound);
    QFETCH(QString, role);
    QFETCH(QString, verdict);
    QFETCH(double, read);
    PccpRule r = rule(M(metric), S(statistic), O(op), bound);
    r.datasetRole = role;
    const RuleOutcome outcome = evaluateRule(r, evidence());
    QCOMPARE(nameOf(outcome.verdict), verdict);
    QCOMPARE(outcome.readings.size(), 1);
    QVERIFY(outcome.readings.first().value.has_value());
    QCOMPARE(*outcome.readings.first().value, read);
    QCOMPARE(outcome.readings.first().dataset,
             role == u"validation" ? QStringLiteral("locked-validation") : QStringLiteral("challenge"));
}

void TestPccpRules::everySubgroup()
{
    // Every age band with at least 30 positives non-inferior in sensitivity at -0.10: 18-39 (12 positives) is outside
    // the rule, 40-59 passes (-0.08 > -0.10), 60-74 straddles (-0.15 to +0.05): the rule is inconclusive.
    PccpRule r = rule(M::Sensitivity, S::DifferenceLower, O::Greater, -0.10);
    r.scope = PccpRule::Scope::EverySubgroup;
    r.column = QStringLiteral("age_band");
    r.minimumPositives = 30;
    RuleOutcome outcome = evaluateRule(r, evidence());
    QCOMPARE(outcome.verdict, RuleVerdict::Inconclusive);
    QCOMPARE(outcome.readings.size(), 3);
    QCOMPARE(outcome.readings[0].scope, QStringLiteral("age_band = 18-39"));
    QVERIFY(!outcome.readings[0].inScope && !outcome.readings[0].value);
    QCOMPARE(outcome.readings[1].verdict, RuleVerdict::Pass);
    QCOMPARE(*outcome.readings[1].value, -0.08);
    QCOMPARE(outcome.readings[2].verdict, RuleVerdict::Inconclusive);
    QCOMPARE(*outcome.readings[2].otherEnd, 0.05);
    // At -0.20 both bands in scope pass; the small band, whose interval starts at -0.50, does not count.
    r.bound = -0.20;
    QCOMPARE(evaluateRule(r, evidence()).verdict, RuleVerdict::Pass);
    // With the minimum at 10, the small band counts: -0.50 and +0.10 straddle -0.20.
    r.minimumPositives = 10;
    QCOMPARE(evaluateRule(r, evidence()).verdict, RuleVerdict::Inconclusive);
    // At 50 positives no band is in scope: nothing to read.
    r.minimumPositives = 50;
    outcome = evaluateRule(r, evidence());
    QCOMPARE(outcome.verdict, RuleVerdict::NotEvaluable);
    QCOMPARE(outcome.readings.size(), 3);
}

void TestPccpRules::notEvaluable()
{
    // Fewer positives in the dataset than the rule asks.
    PccpRule r = rule(M::Sensitivity, S::DifferenceLower, O::Greater, -0.05);
    r.minimumPositives = 101;
    RuleOutcome outcome = evaluateRule(r, evidence());
    QCOMPARE(outcome.verdict, RuleVerdict::NotEvaluable);
    QVERIFY2(outcome.readings.first().note.contains(u"100 positives"), qPrintable(outcome.readings.first().note));
    // The originally cleared version when the request names none.
    r = rule(M::Sensitivity, S::DifferenceLower, O::Greater, -0.05);
    r.comparator = PccpRule::Comparator::Cleared;
    QCOMPARE(evaluateRule(r, evidence()).verdict, RuleVerdict::NotEvaluable);
    // A first release has no difference, but the candidate's own bound is read.
    QJsonObject first = evidence();
    first.insert(QStringLiteral("first_release"), true);
    QCOMPARE(evaluateRule(rule(M::Sensitivity, S::DifferenceLower, O::Greater, -0.05), first).verdict,
             RuleVerdict::NotEvaluable);
    QCOMPARE(evaluateRule(rule(M::Sensitivity, S::Lower, O::GreaterOrEqual, 0.70), first).verdict, RuleVerdict::Pass);
    // No interval of a PPV difference in the evidence; no challenge set; a drift rule.
    QCOMPARE(evaluateRule(rule(M::Ppv, S::DifferenceLower, O::Greater, -0.05), evidence()).verdict,
             RuleVerdict::NotEvaluable);
    QJsonObject validationOnly = evidence();
    validationOnly.insert(QStringLiteral("datasets"), QJsonArray {evidence()[u"datasets"][0]});
    r = rule(M::Sensitivity, S::Difference, O::GreaterOrEqual, -0.05);
    r.datasetRole = QStringLiteral("challenge");
    QCOMPARE(evaluateRule(r, validationOnly).verdict, RuleVerdict::NotEvaluable);
    r = rule(M::Psi, S::Value, O::Less, 0.2);
    r.feature = QStringLiteral("lactate");
    QCOMPARE(evaluateRule(r, evidence()).verdict, RuleVerdict::NotEvaluable);
    // One failing dataset outweighs a passing one.
    r = rule(M::Sensitivity, S::Difference, O::GreaterOrEqual, -0.05);
    r.datasetRole = QStringLiteral("challenge");
    QJsonObject twoChallenges = evidence();
    QJsonArray sets = twoChallenges[u"datasets"].toArray();
    QJsonObject passing = sets[0].toObject();
    passing.insert(QStringLiteral("role"), QStringLiteral("challenge"));
    sets.append(passing);
    twoChallenges.insert(QStringLiteral("datasets"), sets);
    outcome = evaluateRule(r, twoChallenges);
    QCOMPARE(outcome.readings.size(), 2);
    QCOMPARE(outcome.verdict, RuleVerdict::Fail);
}

void TestPccpRules::rulesReadBack()
{
    PccpRule r = rule(M::Sensitivity, S::DifferenceLower, O::Greater, -0.10);
    r.id = QStringLiteral("R4");
    r.title = QStringLiteral("Every age band non-inferior in sensitivity");
    r.scope = PccpRule::Scope::EverySubgroup;
    r.column = QStringLiteral("age_band");
    r.minimumPositives = 30;
    r.severity = PccpRule::Severity::Advisory;
    QStringList errors;
    const PccpRule back = PccpRule::fromJson(r.toJson(), QStringLiteral("rules[3]"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(back.toJson(), r.toJson());
    QCOMPARE(back.text(),
             QStringLiteral("sensitivity: lower bound of the difference from production > -0.1 "
                            "(validation set, every age_band with at least 30 positives); advisory"));
}

void TestPccpRules::badRules_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error");
    const QString good = QStringLiteral(R"("id": "R1", "metric": "auc", "statistic": "difference-lower", )"
                                        R"("operator": ">=", "bound": -0.02, "severity": "blocking")");
    QTest::newRow("good") << u'{' + good + u'}' << "";
    QTest::newRow("no id") << R"({"metric": "auc", "statistic": "value", "operator": ">", "bound": 0.8,
                                 "severity": "advisory"})"
                           << "rules[0].id: expected a text";
    QTest::newRow("unknown metric") << u'{' +
            QString(good).replace(QStringLiteral("\"auc\""), QStringLiteral("\"f1\"")) +
            u'}' << "rules[0].metric: expected one of auc, sensitivity";
    QTest::newRow("bound as text") << u'{' +
            QString(good).replace(QStringLiteral("-0.02"), QStringLiteral("\"-0.02\"")) +
            u'}' << "rules[0].bound: expected a number";
    QTest::newRow("operator") << u'{' + QString(good).replace(QStringLiteral("\">=\""), QStringLiteral("\"=>\"")) + u'}'
                              << "rules[0].operator: expected one of >, >=, <, <=";
    QTest::newRow("unknown field") << u'{' + good + QStringLiteral(R"(, "margin": 0.05})")
                                   << "rules[0].margin: unknown field";
    QTest::newRow("subgroup without column")
        << u'{' + good + QStringLiteral(R"(, "scope": "every-subgroup"})") << "rules[0].column: expected a text";
    QTest::newRow("dataset role") << u'{' + good + QStringLiteral(R"(, "dataset": "training"})")
                                  << "rules[0].dataset: expected validation or challenge";
    QTest::newRow("negative minimum") << u'{' + good + QStringLiteral(R"(, "min_positives": -3})")
                                      << "rules[0].min_positives: expected a whole number";
    QTest::newRow("McNemar of AUC") << u'{' +
            QString(good).replace(QStringLiteral("difference-lower"), QStringLiteral("mcnemar-p")) +
            u'}' << "rules[0].statistic: McNemar's test is of sensitivity";
    QTest::newRow("PSI without feature") << u'{' +
            QString(good).replace(QStringLiteral("\"auc\""), QStringLiteral("\"psi\"")) +
            u'}' << "rules[0].feature: expected a text";
}

void TestPccpRules::badRules()
{
    QFETCH(QString, json);
    QFETCH(QString, error);
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parse);
    QVERIFY2(parse.error == QJsonParseError::NoError, qPrintable(parse.errorString()));
    QStringList errors;
    PccpRule::fromJson(doc.object(), QStringLiteral("rules[0]"), &errors);
    if (error.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    } else {
        QVERIFY2(errors.size() == 1 && errors.first().startsWith(error), qPrintable(errors.join(u'\n')));
    }
}

namespace {
/// The sepsis model's PCCP as regulatory affairs would write it: two modifications, the issue's example rules.
const char* const kPccpYaml = R"(model: sepsis-risk
title: Predetermined change control plan, sepsis early-warning score
modifications:
  - id: M1
    title: Scheduled re-training on new encounters
    type: retraining
    automatic: false
    scope: global
    frequency: quarterly
    rationale: Case mix and practice drift; re-training keeps calibration.
    protocol:
      data_management: Locked validation set, sequestered; reference standard is Sepsis-3 adjudication.
      retraining: Same features and hyper-parameter ranges as the cleared version.
      performance_evaluation: Paired comparison against production on the locked validation and challenge sets.
      update_procedures: Deployment through an approved change request; rollback to the previous version.
      rules:
        - {id: R1, metric: sensitivity, statistic: difference-lower, operator: ">", bound: -0.05, severity: blocking}
        - {id: R2, metric: auc, statistic: difference-lower, operator: ">=", bound: -0.02, severity: blocking}
        - {id: R3, metric: specificity, statistic: lower, operator: ">=", bound: 0.80, severity: blocking}
        - id: R4
          metric: sensitivity
          statistic: difference-lower
          scope: every-subgroup
          column: age_band
          min_positives: 30
          operator: ">"
          bound: -0.10
          severity: blocking
        - {id: R5, metric: sensitivity, statistic: difference, dataset: challenge, operator: ">=", bound: -0.05,
           severity: advisory}
        - {id: R6, metric: ece, statistic: value, operator: "<=", bound: 0.05, severity: blocking}
    impact:
      benefits: Keeps sensitivity as the population changes.
      risks: Worse performance in a subgroup (bias); calibration shift.
      mitigations: Subgroup rules R4; calibration rule R6.
  - id: M2
    title: Lactate input from the new assay
    type: inputs
    rationale: The laboratory changes its lactate assay.
    protocol:
      data_management: Paired samples on both assays.
      retraining: Recalibrate the lactate input only.
      performance_evaluation: As M1.
      update_procedures: As M1.
      rules:
        - {id: R7, metric: auc, statistic: difference-lower, operator: ">=", bound: -0.02, severity: blocking}
    impact:
      benefits: Correct scores after the assay change.
      risks: Mis-scaled lactate.
      mitigations: Drift monitoring of lactate.
monitoring:
  - {id: D1, metric: psi, feature: lactate, statistic: value, operator: "<", bound: 0.2, severity: advisory}
)";
} // namespace

void TestPccpRules::pccpFromYaml()
{
    auto pccp = Pccp::fromYaml(kPccpYaml, QStringLiteral("pccp.yaml"));
    QVERIFY2(pccp, pccp ? "" : qPrintable(pccp.error().message));
    QCOMPARE(pccp->model, QStringLiteral("sepsis-risk"));
    QCOMPARE(pccp->modifications.size(), 2);
    const PccpModification& m1 = pccp->modifications.first();
    QCOMPARE(m1.rules.size(), 6);
    QCOMPARE(m1.rules[3].scope, PccpRule::Scope::EverySubgroup);
    QCOMPARE(m1.rules[3].minimumPositives, 30);
    QCOMPARE(m1.rules[3].bound, -0.10);
    QCOMPARE(m1.rules[4].datasetRole, QStringLiteral("challenge"));
    QCOMPARE(m1.rules[4].severity, PccpRule::Severity::Advisory);
    QCOMPARE(pccp->modifications[1].type, PccpModification::Type::Inputs);
    QCOMPARE(pccp->monitoring.size(), 1);
    QCOMPARE(pccp->monitoring.first().feature, QStringLiteral("lactate"));
    // The traceability table: each modification against the four protocol parts, the rules on evaluation.
    const QList<Pccp::Trace> table = pccp->traceability();
    QCOMPARE(table.size(), 8);
    QCOMPARE(table[2].part, QStringLiteral("performance-evaluation"));
    QCOMPARE(table[2].rules,
             (QStringList {QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R3"), QStringLiteral("R4"),
                           QStringLiteral("R5"), QStringLiteral("R6")}));
    QVERIFY(table[0].described && table[0].rules.isEmpty());
    // Written and read back, the same.
    QStringList errors;
    const Pccp back = Pccp::fromJson(pccp->toJson(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(back.toJson(), pccp->toJson());
}

void TestPccpRules::badPccps_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("error");
    const QString yaml = QString::fromUtf8(kPccpYaml);
    QTest::newRow("quoted bound") << "bound: -0.05,"
                                  << "bound: \"-0.05\","
                                  << "pccp.yaml, line 17: modifications[0].protocol.rules[0].bound: expected a number";
    QTest::newRow("unknown metric on its own line")
        << "          metric: sensitivity\n          statistic: difference-lower\n          scope"
        << "          metric: recall\n          statistic: difference-lower\n          scope"
        << "pccp.yaml, line 21: modifications[0].protocol.rules[3].metric: expected one of";
    QTest::newRow("rule named twice")
        << "{id: R7,"
        << "{id: R2,"
        << "pccp.yaml, line 46: modifications[1].protocol.rules[0].id: rule R2 is named twice";
    QTest::newRow("a typo in a field") << "    rationale: The laboratory"
                                       << "    rationle: The laboratory"
                                       << "pccp.yaml, line 39: modifications[1].rationle: unknown field";
    QTest::newRow("no rules") << "      rules:\n        - {id: R7, metric: auc, statistic: difference-lower, operator: "
                                 "\">=\", bound: -0.02, severity: blocking}\n"
                              << ""
                              << "pccp.yaml, line 40: modifications[1].protocol.rules: expected at least one";
    QTest::newRow("missing model") << "model: sepsis-risk\n"
                                   << ""
                                   << "pccp.yaml, line 1: model: expected a text";
    QTest::newRow("not YAML") << "title: Predetermined"
                              << "title: [Predetermined"
                              << "pccp.yaml, line 3, column 14: not valid YAML";
    QTest::newRow("automatic as text") << "automatic: false"
                                       << "automatic: \"no\""
                                       << "pccp.yaml, line 7: modifications[0].automatic: expected true or false";
}

void TestPccpRules::badPccps()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, error);
    QString yaml = QString::fromUtf8(kPccpYaml);
    QVERIFY2(yaml.contains(from), qPrintable(from));
    yaml.replace(yaml.indexOf(from), from.size(), to);
    auto pccp = Pccp::fromYaml(yaml.toUtf8(), QStringLiteral("pccp.yaml"));
    QVERIFY(!pccp);
    QVERIFY2(pccp.error().message.startsWith(error), qPrintable(pccp.error().message));
}

QTEST_GUILESS_MAIN(TestPccpRules)
#include "TestPccpRules.moc"
