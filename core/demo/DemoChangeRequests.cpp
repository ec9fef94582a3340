#include "DemoChangeRequests.h"

#include "pccp/Pccp.h"

namespace cs::DemoChangeRequests {

namespace {
/// VP-2026-07, the validation protocol every request pre-specifies.
ValidationPlan protocol(const QString& candidate, const QString& baseline)
{
    ValidationPlan plan;
    plan.datasets = {{QStringLiteral("locked-validation-2026q3"), false}, {QStringLiteral("challenge-2026q3"), true}};
    plan.candidateThreshold = thresholdOf(candidate);
    plan.baselineThreshold = baseline.isEmpty() ? plan.candidateThreshold : thresholdOf(baseline);
    plan.alpha = 0.05;
    plan.sensitivityMargin = 0.05;
    plan.specificityMargin = 0.05;
    plan.accuracyMargin = 0.05;
    plan.aucMargin = 0.02;
    plan.subgroupColumns = {QStringLiteral("age_band"), QStringLiteral("sex")};
    plan.minimumPositives = 20;
    return plan;
}

ChangeRequestContent base(const char* candidate, const char* baseline)
{
    ChangeRequestContent c;
    c.model = QStringLiteral("sepsis-risk");
    c.candidate = QLatin1String(candidate);
    c.plan = protocol(c.candidate, QLatin1String(baseline));
    c.mitigations = QStringLiteral("Pre-specified verdicts per age band and sex on the locked validation set and the "
                                   "older, sicker challenge set; alert load reviewed by the sepsis team after 30 days; "
                                   "the rollback version stays deployable for 90 days.");
    return c;
}
} // namespace

double thresholdOf(const QString& version)
{
    return version == u"3" || version == u"4" ? 0.07 : 0.10;
}

QString lowPowerNote(const QString& candidate)
{
    if (candidate == u"2") {
        return QStringLiteral("Submitted under protocol VP-2026-07 unchanged: the challenge set is small by design, "
                              "and version 2 ranks patients differently from version 1, so the AUC margin is hard to "
                              "show");
    }
    if (candidate == u"3") {
        return QStringLiteral("The challenge set is small by design (older, sicker patients): its verdicts support, "
                              "the locked validation set decides");
    }
    return QString();
}

ChangeRequestContent firstRelease()
{
    ChangeRequestContent c = base("1", "");
    c.trigger = ChangeTrigger::Other;
    c.triggerReference = QStringLiteral("Clinical evaluation plan CEP-2026-04");
    c.title = QStringLiteral("First release of the sepsis early-warning score");
    c.description = QStringLiteral("Gradient boosting on vitals and laboratory results, 300 trees of depth 4, trained "
                                   "on the 2026 H1 encounters. Alerts the ward team when the score reaches 0.10.");
    c.rationale = QStringLiteral("Sepsis is recognised late on the general wards (audit SA-2025-11: median 5.2 hours "
                                 "from the first abnormal observation to antibiotics).");
    c.classificationReason = QStringLiteral("A new device function: the first release is a major change.");
    c.major = true;
    c.benefits = QStringLiteral("Earlier recognition of sepsis and earlier antibiotics.");
    c.risks = QStringLiteral("Missed sepsis in patients the score under-reads; alert fatigue; unequal performance "
                             "across age bands and between women and men.");
    c.residualRisk = QStringLiteral("Acceptable: the score prompts a clinician's assessment and replaces none.");
    return c;
}

ChangeRequestContent deeperTrees()
{
    ChangeRequestContent c = base("2", "1");
    c.trigger = ChangeTrigger::ProblemReport;
    c.triggerReference = QStringLiteral("QA finding QF-2026-019: recall on sepsis cases too low");
    c.title = QStringLiteral("Replace version 1 with version 2 (deeper trees, balanced classes)");
    c.description = QStringLiteral("500 trees of depth 6 with balanced class weights, same features.");
    c.rationale = QStringLiteral("Version 1 misses too many sepsis cases on the wards (QF-2026-019).");
    c.classificationReason = QStringLiteral("Same intended use and inputs, but deeper trees and class weights lie "
                                            "outside the hyper-parameter ranges of PCCP modification M1: a new "
                                            "regulatory submission would be needed.");
    c.major = true;
    c.pccpModification = Pccp::kOutside;
    c.benefits = QStringLiteral("Higher sensitivity overall.");
    c.risks = QStringLiteral("More alerts; class weighting can shift performance between age bands.");
    c.residualRisk = QStringLiteral("Acceptable if every age band is non-inferior.");
    c.rollbackVersion = QStringLiteral("1");
    c.rollbackCriteria = QStringLiteral("Sensitivity below 0.70 in any 30-day window, or any age band inferior.");
    return c;
}

ChangeRequestContent lactateTrend()
{
    ChangeRequestContent c = base("3", "1");
    c.trigger = ChangeTrigger::PerformanceReview;
    c.triggerReference = QStringLiteral("Quarterly performance review PR-2026-Q2; version 2 rejected");
    c.title = QStringLiteral("Replace version 1 with version 3 (lactate trend, isotonic calibration)");
    c.description = QStringLiteral("Adds the lactate trend to the inputs and calibrates the scores (isotonic), "
                                   "addressing the over-75 under-reading found in version 2.");
    c.rationale = QStringLiteral("Version 1's sensitivity is the weakest point of the service; version 3 improves it "
                                 "without the age-band problem of version 2.");
    c.classificationReason = QStringLiteral("A new laboratory input (lactate trend) within the intended use: PCCP "
                                            "modification M2.");
    c.pccpModification = QStringLiteral("M2");
    c.major = true;
    c.benefits = QStringLiteral("Higher sensitivity and AUC in every age band; calibrated scores.");
    c.risks = QStringLiteral("Lactate is not measured for every patient; performance across age bands and sex.");
    c.residualRisk = QStringLiteral("Acceptable.");
    c.rollbackVersion = QStringLiteral("1");
    c.rollbackCriteria = QStringLiteral("Sensitivity below 0.75 in any 30-day window, or an age band inferior.");
    return c;
}

ChangeRequestContent retraining()
{
    ChangeRequestContent c = base("4", "3");
    // Opened from the drift alert on the first month of the laboratory's new lactate assay.
    c.trigger = ChangeTrigger::DriftAlert;
    c.triggerReference = QStringLiteral("DA-1");
    c.title = QStringLiteral("Replace version 3 with version 4 (re-trained after the lactate assay change)");
    c.description = QStringLiteral("Version 3's features and calibration, 600 trees, re-trained with the latest "
                                   "encounters, including those measured with the laboratory's new lactate assay.");
    c.rationale = QStringLiteral("Drift alert DA-1: lactate readings rose about a quarter with the new assay and "
                                 "version 3's scores rose with them; the re-training brings the score back in line "
                                 "with the ward population.");
    c.classificationReason = QStringLiteral("Re-training on new data with the same inputs and architecture: minor, "
                                            "within PCCP modification M1 (scheduled re-training).");
    c.pccpModification = QStringLiteral("M1");
    c.major = false;
    c.benefits = QStringLiteral("Slightly sharper scores on recent patients.");
    c.risks = QStringLiteral("Drift in a subgroup hidden by the overall numbers.");
    c.residualRisk = QStringLiteral("Acceptable if every margin is met.");
    c.rollbackVersion = QStringLiteral("3");
    c.rollbackCriteria = QStringLiteral("Sensitivity below 0.75 in any 30-day window.");
    // Version 1 is the version the device was cleared with: the PCCP bounds every re-training against it too.
    c.cleared = QStringLiteral("1");
    c.plan.clearedThreshold = thresholdOf(c.cleared);
    return c;
}

} // namespace cs::DemoChangeRequests
