#include "NewChangeRequestWizard.h"

#include "PlanPowerHtml.h"
#include "WorkspaceController.h"
#include "commands/ChangeRequestCommands.h"
#include "common/MessageBox.h"
#include "queries/ChangeRequestQuery.h"
#include "queries/PccpQuery.h"
#include "queries/RegistryQuery.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cs::ui {

namespace {
constexpr int kChallengeRole = Qt::UserRole + 1;

QPlainTextEdit* textBox(QWidget* parent, const QString& name, int lines = 3)
{
    auto* box = new QPlainTextEdit(parent);
    box->setObjectName(name);
    box->setTabChangesFocus(true);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + 12);
    return box;
}

QDoubleSpinBox* numberBox(QWidget* parent, const QString& name, double maximum, double step)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setDecimals(3);
    box->setRange(0.0, maximum);
    box->setSingleStep(step);
    return box;
}
} // namespace

NewChangeRequestWizard::NewChangeRequestWizard(WorkspaceController* controller, const QString& model,
                                               const QString& candidate, QWidget* parent)
    : QWizard(parent)
    , m_controller(controller)
    , m_model(new QComboBox(this))
    , m_candidate(new QComboBox(this))
    , m_baseline(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_trigger(new QComboBox(this))
    , m_triggerReference(new QLineEdit(this))
    , m_minor(new QRadioButton(tr("Mi&nor"), this))
    , m_major(new QRadioButton(tr("Ma&jor"), this))
    , m_classificationReason(new QLineEdit(this))
    , m_pccpModification(new QComboBox(this))
    , m_description(textBox(this, QStringLiteral("description")))
    , m_rationale(textBox(this, QStringLiteral("rationale")))
    , m_benefits(textBox(this, QStringLiteral("benefits"), 2))
    , m_risks(textBox(this, QStringLiteral("risks"), 2))
    , m_mitigations(textBox(this, QStringLiteral("mitigations"), 2))
    , m_residualRisk(new QLineEdit(this))
    , m_rollbackCriteria(new QLineEdit(this))
    , m_datasets(new QListWidget(this))
    , m_subgroups(new QListWidget(this))
    , m_candidateThreshold(numberBox(this, QStringLiteral("candidateThreshold"), 1.0, 0.01))
    , m_baselineThreshold(numberBox(this, QStringLiteral("baselineThreshold"), 1.0, 0.01))
    , m_cleared(new QComboBox(this))
    , m_clearedThreshold(numberBox(this, QStringLiteral("clearedThreshold"), 1.0, 0.01))
    , m_alpha(numberBox(this, QStringLiteral("alpha"), 0.5, 0.01))
    , m_margins {numberBox(this, QStringLiteral("marginSensitivity"), 1.0, 0.01),
                 numberBox(this, QStringLiteral("marginSpecificity"), 1.0, 0.01),
                 numberBox(this, QStringLiteral("marginAccuracy"), 1.0, 0.01),
                 numberBox(this, QStringLiteral("marginAuc"), 1.0, 0.005)}
    , m_minimumPositives(new QSpinBox(this))
    , m_check(new QLabel(this))
    , m_editReason(new QLineEdit(this))
{
    setWindowTitle(tr("New Change Request"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Create Draft"));
    setPage(CandidatePage, buildCandidatePage());
    setPage(ReasonsPage, buildReasonsPage());
    setPage(PlanPage, buildPlanPage());
    setPage(CheckPage, buildCheckPage());
    if (Workspace* ws = controller->workspace()) {
        for (const Model& m : RegistryQuery(*ws).models().value_or({})) {
            m_model->addItem(m.name, m.name);
        }
    }
    m_model->setCurrentIndex(std::max(0, m_model->findData(model)));
    fillVersions();
    m_candidate->setCurrentIndex(std::max(0, m_candidate->findData(candidate)));
    connect(m_model, &QComboBox::currentIndexChanged, this, &NewChangeRequestWizard::fillVersions);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == PlanPage) {
            fillPlan();
        } else if (id == CheckPage) {
            showCheck();
        }
    });
    resize(760, 620);
}

QWizardPage* NewChangeRequestWizard::buildCandidatePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Candidate and trigger"));
    page->setSubTitle(tr("The version to validate against the one in production. The baseline is fixed when the "
                         "request is opened."));
    m_model->setObjectName(QStringLiteral("model"));
    m_candidate->setObjectName(QStringLiteral("candidate"));
    m_baseline->setObjectName(QStringLiteral("baseline"));
    m_title->setObjectName(QStringLiteral("title"));
    for (const ChangeTrigger t : enumValues<ChangeTrigger>()) {
        m_trigger->addItem(displayNameOf(t), QVariant::fromValue(int(t)));
    }
    m_trigger->setCurrentIndex(m_trigger->findData(int(ChangeTrigger::Other)));
    m_trigger->setObjectName(QStringLiteral("trigger"));
    m_triggerReference->setPlaceholderText(tr("e.g. drift alert DA-2026-11, problem report PR-311, schedule RS-2026"));
    m_minor->setChecked(true);
    auto* classes = new QHBoxLayout;
    classes->addWidget(m_minor);
    classes->addWidget(m_major);
    classes->addStretch(1);
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("C&andidate version:"), m_candidate);
    form->addRow(tr("Baseline:"), m_baseline);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("T&rigger:"), m_trigger);
    form->addRow(tr("Trigger &reference:"), m_triggerReference);
    form->addRow(tr("Classification:"), classes);
    form->addRow(tr("Classification r&eason:"), m_classificationReason);
    m_pccpModification->setObjectName(QStringLiteral("pccpModification"));
    m_pccpModification->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pccpModification->setToolTip(
        tr("The modification of the model's PCCP in force this change falls under; its acceptance rules are evaluated "
           "with the evidence. A change outside the PCCP needs a new regulatory submission."));
    form->addRow(tr("&PCCP modification:"), m_pccpModification);
    return page;
}

QWizardPage* NewChangeRequestWizard::buildReasonsPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Why, and the risks"));
    page->setSubTitle(tr("What the change is, why it is made, and the risk-benefit analysis, including bias across "
                         "patient subgroups."));
    m_residualRisk->setObjectName(QStringLiteral("residualRisk"));
    m_rollbackCriteria->setObjectName(QStringLiteral("rollbackCriteria"));
    m_rollbackCriteria->setPlaceholderText(tr("e.g. sensitivity below 0.75 in any 30-day window"));
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("R&ationale:"), m_rationale);
    form->addRow(tr("&Benefits:"), m_benefits);
    form->addRow(tr("Ris&ks considered:"), m_risks);
    form->addRow(tr("&Mitigations:"), m_mitigations);
    form->addRow(tr("Residual risk &judgement:"), m_residualRisk);
    form->addRow(tr("R&oll back if:"), m_rollbackCriteria);
    return page;
}

QWizardPage* NewChangeRequestWizard::buildPlanPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Validation plan"));
    page->setSubTitle(tr("Fixed when the request is submitted, before anyone sees the results."));
    auto* filled =
        new QLabel(tr("Filled in from the workspace: the sets with every compared version's predictions, the "
                      "protocol of the request that put the baseline into production, and the version of "
                      "the model's first release."),
                   page);
    filled->setWordWrap(true);
    m_datasets->setObjectName(QStringLiteral("datasets"));
    m_datasets->setAccessibleName(tr("Datasets"));
    m_subgroups->setObjectName(QStringLiteral("subgroups"));
    m_subgroups->setAccessibleName(tr("Subgroup columns"));
    m_datasets->setMaximumHeight(110);
    m_subgroups->setMaximumHeight(110);
    m_minimumPositives->setObjectName(QStringLiteral("minimumPositives"));
    m_minimumPositives->setRange(1, 100000);
    auto* grid = new QGridLayout(page);
    auto* datasetsLabel = new QLabel(tr("&Datasets:"), page);
    datasetsLabel->setBuddy(m_datasets);
    auto* subgroupsLabel = new QLabel(tr("S&ubgroup columns:"), page);
    subgroupsLabel->setBuddy(m_subgroups);
    grid->addWidget(filled, 0, 0, 1, 2);
    grid->addWidget(datasetsLabel, 1, 0);
    grid->addWidget(subgroupsLabel, 1, 1);
    grid->addWidget(m_datasets, 2, 0);
    grid->addWidget(m_subgroups, 2, 1);
    auto* numbers = new QFormLayout;
    numbers->addRow(tr("Candidate &threshold:"), m_candidateThreshold);
    numbers->addRow(tr("Baseline t&hreshold:"), m_baselineThreshold);
    m_cleared->setObjectName(QStringLiteral("cleared"));
    m_cleared->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cleared->setToolTip(tr("The version the device was cleared with: the candidate is also compared with it, at "
                             "its own threshold, so that a series of small changes cannot drift far from it."));
    numbers->addRow(tr("Originally c&leared version:"), m_cleared);
    numbers->addRow(tr("Cleared thresh&old:"), m_clearedThreshold);
    connect(m_cleared, &QComboBox::currentIndexChanged, this,
            [this] { m_clearedThreshold->setEnabled(!m_cleared->currentData().toString().isEmpty()); });
    numbers->addRow(tr("Al&pha:"), m_alpha);
    numbers->addRow(tr("Minimum &positives for a subgroup verdict:"), m_minimumPositives);
    auto* margins = new QFormLayout;
    const QString names[4] = {tr("&Sensitivity margin:"), tr("Sp&ecificity margin:"), tr("Accura&cy margin:"),
                              tr("AU&C margin:")};
    for (int i = 0; i < 4; ++i) {
        margins->addRow(names[i], m_margins[i]);
    }
    grid->addLayout(numbers, 3, 0);
    grid->addLayout(margins, 3, 1);
    grid->setRowStretch(4, 1);
    return page;
}

QWizardPage* NewChangeRequestWizard::buildCheckPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Check the plan"));
    page->setSubTitle(tr("Create Draft saves the request as a draft. Submitting it (from the Change requests page) "
                         "locks the plan and is signed."));
    m_check->setObjectName(QStringLiteral("check"));
    m_check->setWordWrap(true);
    m_check->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_editReason->setObjectName(QStringLiteral("editReason"));
    m_editReason->setPlaceholderText(tr("What changed and why (recorded in the audit trail)"));
    m_editReason->hide();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_check);
    layout->addWidget(m_editReason);
    layout->addStretch(1);
    return page;
}

void NewChangeRequestWizard::fillVersions()
{
    const QSignalBlocker block(m_candidate);
    m_candidate->clear();
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr) {
        return;
    }
    QString production;
    for (const ModelVersion& v : RegistryQuery(*ws).versions(m_model->currentData().toString()).value_or({})) {
        if (v.state == LifecycleState::Production) {
            production = v.label;
        } else {
            m_candidate->addItem(tr("Version %1 (%2)").arg(v.label, displayNameOf(v.state)), v.label);
        }
    }
    m_candidate->setCurrentIndex(m_candidate->count() - 1); // the newest by default
    fillModifications(m_model->currentData().toString(), QString());
    m_draft.baseline = production;
    m_baseline->setText(production.isEmpty() ? tr("none: a first release")
                                             : tr("version %1, in production").arg(production));
}

void NewChangeRequestWizard::fillModifications(const QString& model, const QString& named)
{
    m_pccpModification->clear();
    Workspace* ws = m_controller->workspace();
    auto inForce = ws != nullptr ? PccpQuery(*ws).find(model) : Result<std::optional<PccpStanding>>(std::nullopt);
    if (!inForce || !inForce.value() || inForce.value()->status != PccpStatus::InForce) {
        m_pccpModification->addItem(tr("No PCCP in force for this model"), QString());
        if (!named.isEmpty()) {
            m_pccpModification->addItem(named, named);
        }
    } else {
        const PccpRecord& p = inForce.value()->pccp;
        m_pccpModification->addItem(tr("Choose: PCCP version %1 is in force").arg(p.version), QString());
        for (const PccpModification& m : p.content.modifications) {
            m_pccpModification->addItem(tr("%1: %2").arg(m.id, m.title), m.id);
        }
        m_pccpModification->addItem(tr("Outside the PCCP (needs a new regulatory submission)"),
                                    QString(Pccp::kOutside));
        if (!named.isEmpty() && m_pccpModification->findData(named) < 0) {
            m_pccpModification->addItem(tr("%1 (not in the PCCP in force)").arg(named), named);
        }
    }
    m_pccpModification->setCurrentIndex(std::max(0, m_pccpModification->findData(named)));
}

void NewChangeRequestWizard::fillPlan()
{
    Workspace* ws = m_controller->workspace();
    const QString model = m_model->currentData().toString();
    const QString candidate = m_candidate->currentData().toString();
    if (ws == nullptr || (m_draft.model == model && m_draft.candidate == candidate)) {
        return;
    }
    auto draft = ChangeRequestQuery(*ws).draft(model, candidate);
    if (!draft) {
        MessageBox::critical(this, windowTitle(), draft.error().message);
        return;
    }
    m_draft = draft.value();
    fillPlanFrom(m_draft);
}

void NewChangeRequestWizard::fillPlanFrom(const ChangeRequestContent& c)
{
    const ValidationPlan& p = c.plan;
    m_datasets->clear();
    for (const ValidationPlan::Dataset& d : p.datasets) {
        auto* item = new QListWidgetItem(d.challenge ? tr("%1 (challenge set)").arg(d.name)
                                                     : tr("%1 (locked validation set)").arg(d.name),
                                         m_datasets);
        item->setData(Qt::UserRole, d.name);
        item->setData(kChallengeRole, d.challenge);
        item->setCheckState(Qt::Checked);
    }
    m_subgroups->clear();
    for (const QString& column : p.subgroupColumns) {
        auto* item = new QListWidgetItem(column, m_subgroups);
        item->setData(Qt::UserRole, column);
        item->setCheckState(Qt::Checked);
    }
    m_candidateThreshold->setValue(p.candidateThreshold);
    m_baselineThreshold->setValue(p.baselineThreshold);
    m_baselineThreshold->setEnabled(!c.baseline.isEmpty());
    m_cleared->clear();
    m_cleared->addItem(tr("None"), QString());
    if (Workspace* ws = m_controller->workspace()) {
        for (const ModelVersion& v : RegistryQuery(*ws).versions(c.model).value_or({})) {
            if (v.label != c.candidate) {
                m_cleared->addItem(tr("Version %1 (%2)").arg(v.label, displayNameOf(v.state)), v.label);
            }
        }
    }
    m_cleared->setCurrentIndex(std::max(0, m_cleared->findData(c.cleared)));
    m_clearedThreshold->setValue(p.clearedThreshold.value_or(p.baselineThreshold));
    m_clearedThreshold->setEnabled(!c.cleared.isEmpty());
    m_alpha->setValue(p.alpha);
    const double margins[4] = {p.sensitivityMargin, p.specificityMargin, p.accuracyMargin, p.aucMargin};
    for (int i = 0; i < 4; ++i) {
        m_margins[i]->setValue(margins[i]);
    }
    m_minimumPositives->setValue(p.minimumPositives);
}

ChangeRequestContent NewChangeRequestWizard::content() const
{
    ChangeRequestContent c = m_draft;
    c.model = m_model->currentData().toString();
    c.candidate = m_candidate->currentData().toString();
    c.title = m_title->text().trimmed();
    c.trigger = ChangeTrigger(m_trigger->currentData().toInt());
    c.triggerReference = m_triggerReference->text().trimmed();
    c.major = m_major->isChecked();
    c.classificationReason = m_classificationReason->text().trimmed();
    c.pccpModification = m_pccpModification->currentData().toString();
    c.description = m_description->toPlainText().trimmed();
    c.rationale = m_rationale->toPlainText().trimmed();
    c.benefits = m_benefits->toPlainText().trimmed();
    c.risks = m_risks->toPlainText().trimmed();
    c.mitigations = m_mitigations->toPlainText().trimmed();
    c.residualRisk = m_residualRisk->text().trimmed();
    c.rollbackCriteria = m_rollbackCriteria->text().trimmed();
    ValidationPlan& p = c.plan;
    p.datasets.clear();
    for (int i = 0; i < m_datasets->count(); ++i) {
        const QListWidgetItem* item = m_datasets->item(i);
        if (item->checkState() == Qt::Checked) {
            p.datasets.append({item->data(Qt::UserRole).toString(), item->data(kChallengeRole).toBool()});
        }
    }
    p.subgroupColumns.clear();
    for (int i = 0; i < m_subgroups->count(); ++i) {
        if (m_subgroups->item(i)->checkState() == Qt::Checked) {
            p.subgroupColumns.append(m_subgroups->item(i)->data(Qt::UserRole).toString());
        }
    }
    p.candidateThreshold = m_candidateThreshold->value();
    p.baselineThreshold = c.baseline.isEmpty() ? p.candidateThreshold : m_baselineThreshold->value();
    c.cleared = m_cleared->currentData().toString();
    p.clearedThreshold.reset();
    if (!c.cleared.isEmpty()) {
        p.clearedThreshold = m_clearedThreshold->value();
    }
    p.alpha = m_alpha->value();
    p.sensitivityMargin = m_margins[0]->value();
    p.specificityMargin = m_margins[1]->value();
    p.accuracyMargin = m_margins[2]->value();
    p.aucMargin = m_margins[3]->value();
    p.minimumPositives = m_minimumPositives->value();
    return c;
}

void NewChangeRequestWizard::showCheck()
{
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr) {
        return;
    }
    const ChangeRequestContent c = content();
    QString html = tr("<p><b>%1</b> version %2 against %3%4.</p>")
                       .arg(c.model.toHtmlEscaped(), c.candidate.toHtmlEscaped(),
                            c.baseline.isEmpty() ? tr("no baseline (a first release)")
                                                 : tr("version %1 in production").arg(c.baseline.toHtmlEscaped()),
                            c.cleared.isEmpty() ? QString()
                                                : tr(" and the originally cleared version %1 (at threshold %2)")
                                                      .arg(c.cleared.toHtmlEscaped())
                                                      .arg(c.plan.clearedThreshold.value_or(0)));
    auto power = ChangeRequestQuery(*ws).planPower(c);
    if (!power) {
        html += QStringLiteral("<p style='color:#a40000'>%1</p>").arg(power.error().message.toHtmlEscaped());
    } else {
        html += planPowerHtml(power.value());
        const QStringList low = underpowered(power.value());
        if (!low.isEmpty()) {
            html += tr("<p><b>(!) With two equally good versions this plan would fail more often than not for %1.</b> "
                       "Widen those margins or add samples; submitting it as it is needs the author to accept the "
                       "low power, in words that go into the signature.</p>")
                        .arg(low.join(QStringLiteral(", ")).toHtmlEscaped());
        }
    }
    QStringList problems;
    for (const QString& problem : c.problems()) {
        problems.append(problem.toHtmlEscaped());
    }
    html += problems.isEmpty() ? tr("<p>Everything a submission needs is written.</p>")
                               : tr("<p><b>Still to write before it can be submitted:</b><br>%1</p>")
                                     .arg(problems.join(QStringLiteral("<br>")));
    m_check->setText(html);
}

void NewChangeRequestWizard::load(const ChangeRequestContent& c)
{
    m_model->setCurrentIndex(std::max(0, m_model->findData(c.model)));
    fillVersions();
    if (m_candidate->findData(c.candidate) < 0) {
        m_candidate->addItem(tr("Version %1").arg(c.candidate), c.candidate);
    }
    m_candidate->setCurrentIndex(m_candidate->findData(c.candidate));
    m_draft = c; // the plan below is this one, not the workspace's suggestion
    m_baseline->setText(c.baseline.isEmpty() ? tr("none: a first release")
                                             : tr("version %1, in production when opened").arg(c.baseline));
    m_title->setText(c.title);
    m_trigger->setCurrentIndex(std::max(0, m_trigger->findData(int(c.trigger))));
    m_triggerReference->setText(c.triggerReference);
    (c.major ? m_major : m_minor)->setChecked(true);
    m_classificationReason->setText(c.classificationReason);
    fillModifications(c.model, c.pccpModification);
    m_description->setPlainText(c.description);
    m_rationale->setPlainText(c.rationale);
    m_benefits->setPlainText(c.benefits);
    m_risks->setPlainText(c.risks);
    m_mitigations->setPlainText(c.mitigations);
    m_residualRisk->setText(c.residualRisk);
    m_rollbackCriteria->setText(c.rollbackCriteria);
    fillPlanFrom(c);
}

void NewChangeRequestWizard::editRequest(const ChangeRequestRecord& request)
{
    m_editId = request.id;
    setWindowTitle(tr("Edit %1").arg(request.id));
    setButtonText(QWizard::FinishButton, tr("&Save Changes"));
    load(request.content);
    m_model->setEnabled(false);
    m_candidate->setEnabled(false);
    m_editReason->show();
}

void NewChangeRequestWizard::rollBack(const ChangeRequestRecord& implemented)
{
    const ChangeRequestContent& was = implemented.content;
    const QString back = was.rollbackVersion.isEmpty() ? was.baseline : was.rollbackVersion;
    Workspace* ws = m_controller->workspace();
    auto draft =
        ws ? ChangeRequestQuery(*ws).draft(was.model, back) : Result<ChangeRequestContent>(ChangeRequestContent());
    if (!draft) {
        MessageBox::critical(this, windowTitle(), draft.error().message);
        return;
    }
    ChangeRequestContent c = draft.value();
    c.rollbackOf = implemented.id;
    c.title = tr("Roll back %1: version %2 back into production").arg(implemented.id, back);
    c.trigger = ChangeTrigger::ProblemReport;
    c.rollbackCriteria = tr("None: this request is the rollback.");
    setWindowTitle(tr("Roll Back %1").arg(implemented.id));
    load(c);
    m_model->setEnabled(false);
    m_candidate->setEnabled(false);
}

void NewChangeRequestWizard::accept()
{
    if (!m_editId.isEmpty()) {
        if (m_editReason->text().trimmed().isEmpty()) {
            MessageBox::critical(this, windowTitle(), tr("Say what changed: it is recorded in the audit trail."));
            return;
        }
        EditChangeRequestCommand command(m_editId, content(), m_editReason->text().trimmed());
        if (auto done = m_controller->execute(command); !done) {
            MessageBox::critical(this, windowTitle(), done.error().message);
            return;
        }
        m_created = m_editId;
        QWizard::accept();
        return;
    }
    CreateChangeRequestCommand command(content());
    if (auto done = m_controller->execute(command); !done) {
        MessageBox::critical(this, windowTitle(), done.error().message);
        return;
    }
    m_created = command.id();
    QWizard::accept();
}

void NewChangeRequestWizard::setTrigger(ChangeTrigger trigger, const QString& reference)
{
    m_trigger->setCurrentIndex(std::max(0, m_trigger->findData(int(trigger))));
    m_triggerReference->setText(reference);
}

} // namespace cs::ui
