#include "PccpEditor.h"

#include "WorkspaceController.h"
#include "commands/PccpCommands.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cs::ui {

namespace {
/// The fields of a modification: (member, name, label), single-line then text.
struct LineField
{
    QString PccpModification::*member;
    const char* name;
    const char* label;
};
const LineField kLines[] = {
    {&PccpModification::id, "id", QT_TRANSLATE_NOOP("cs::ui::PccpEditor", "&Id:")},
    {&PccpModification::title, "title", QT_TRANSLATE_NOOP("cs::ui::PccpEditor", "T&itle:")},
    {&PccpModification::frequency, "frequency", QT_TRANSLATE_NOOP("cs::ui::PccpEditor", "&Frequency:")},
};
const LineField kDescription[] = {
    {&PccpModification::rationale, "rationale", QT_TRANSLATE_NOOP("cs::ui::PccpEditor", "Rationale:")},
    {&PccpModification::labelling, "labelling", QT_TRANSLATE_NOOP("cs::ui::PccpEditor", "Labelling affected:")},
};
const LineField kProtocol[] = {
    {&PccpModification::dataManagement, "data_management", QT_TRANSLATE_NOOP("cs::ui::PccpEditor", "Data management:")},
    {&PccpModification::retraining, "retraining", QT_TRANSLATE_NOOP("cs::ui::PccpEditor", "Re-training:")},
    {&PccpModification::performanceEvaluation, "performance_evaluation",
     QT_TRANSLATE_NOOP("cs::ui::PccpEditor", "Performance evaluation:")},
    {&PccpModification::updateProcedures, "update_procedures",
     QT_TRANSLATE_NOOP("cs::ui::PccpEditor", "Update procedures:")},
};
const LineField kImpact[] = {
    {&PccpModification::benefits, "benefits", QT_TRANSLATE_NOOP("cs::ui::PccpEditor", "Benefits:")},
    {&PccpModification::risks, "risks", QT_TRANSLATE_NOOP("cs::ui::PccpEditor", "Risks, including bias:")},
    {&PccpModification::mitigations, "mitigations", QT_TRANSLATE_NOOP("cs::ui::PccpEditor", "Mitigations:")},
    {&PccpModification::interactions, "interactions", QT_TRANSLATE_NOOP("cs::ui::PccpEditor", "Interactions:")},
    {&PccpModification::cumulativeImpact, "cumulative_impact",
     QT_TRANSLATE_NOOP("cs::ui::PccpEditor", "Cumulative impact:")},
};

template<typename E>
QComboBox* enumCombo(E current, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (const E value : enumValues<E>()) {
        const QString name = nameOf(value);
        const QString shown = displayNameOf(value);
        combo->addItem(shown == name ? name : QStringLiteral("%1 (%2)").arg(shown, name), name);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(nameOf(current))));
    return combo;
}

QString comboValue(const QTableWidget* table, int row, int column)
{
    const auto* combo = qobject_cast<const QComboBox*>(table->cellWidget(row, column));
    return combo ? combo->currentData().toString() : QString();
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}
} // namespace

PccpEditor::PccpEditor(WorkspaceController* controller, const Pccp& start, const QStringList& models, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_pccp(start)
    , m_model(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_modifications(new QListWidget(this))
    , m_type(enumCombo(PccpModification::Type::Retraining, this))
    , m_automatic(new QComboBox(this))
    , m_global(new QComboBox(this))
    , m_rules(makeRules(tr("Acceptance criteria")))
    , m_monitoring(makeRules(tr("Real-world monitoring rules")))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("New PCCP Version"));
    setObjectName(QStringLiteral("pccpEditor"));
    auto* layout = new QVBoxLayout(this);
    auto* about = new QLabel(tr("The next version of the model's PCCP, in the structure of FDA's guidance. It is in "
                                "force once you sign it as authored and a QA officer approves it."),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto* top = new QFormLayout;
    m_model->addItems(models);
    m_model->setCurrentIndex(std::max(0, int(models.indexOf(start.model))));
    top->addRow(tr("&Model:"), m_model);
    m_title->setText(start.title);
    m_title->setObjectName(QStringLiteral("pccpTitle"));
    top->addRow(tr("&Title:"), m_title);
    m_summary->setPlainText(start.summary);
    m_summary->setMaximumHeight(54);
    m_summary->setTabChangesFocus(true);
    top->addRow(tr("S&ummary:"), m_summary);
    layout->addLayout(top);

    // Modifications: the list, and the selected one in three tabs.
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* listLabel = new QLabel(tr("Mo&difications:"), left);
    listLabel->setBuddy(m_modifications);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_modifications, 1);
    auto* addModification = new QPushButton(tr("&Add"), left);
    auto* removeModification = new QPushButton(tr("Remove"), left);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(addModification);
    listButtons->addWidget(removeModification);
    leftLayout->addLayout(listButtons);

    auto* tabs = new QTabWidget(this);
    auto* description = new QWidget(tabs);
    auto* descriptionOuter = new QVBoxLayout(description);
    auto* descriptionForm = new QFormLayout;
    descriptionOuter->addLayout(descriptionForm);
    descriptionOuter->addStretch(1);
    for (const LineField& f : kLines) {
        auto* edit = new QLineEdit(description);
        edit->setObjectName(QLatin1String(f.name));
        m_lines.insert(QLatin1String(f.name), edit);
        descriptionForm->addRow(tr(f.label), edit);
    }
    descriptionForm->addRow(tr("T&ype:"), m_type);
    m_automatic->addItem(tr("manual"), false);
    m_automatic->addItem(tr("automatic"), true);
    descriptionForm->addRow(tr("Appli&ed:"), m_automatic);
    m_global->addItem(tr("global (every site)"), true);
    m_global->addItem(tr("local (site-specific)"), false);
    descriptionForm->addRow(tr("Sco&pe:"), m_global);
    const auto addTexts = [this](QFormLayout* form, QWidget* owner, const auto& fields) {
        for (const LineField& f : fields) {
            auto* edit = new QPlainTextEdit(owner);
            edit->setObjectName(QLatin1String(f.name));
            edit->setTabChangesFocus(true);
            edit->setMaximumHeight(60);
            m_texts.insert(QLatin1String(f.name), edit);
            form->addRow(tr(f.label), edit);
        }
    };
    addTexts(descriptionForm, description, kDescription);
    tabs->addTab(description, tr("Description"));
    auto* protocol = new QWidget(tabs);
    auto* protocolLayout = new QVBoxLayout(protocol);
    auto* protocolForm = new QFormLayout;
    addTexts(protocolForm, protocol, kProtocol);
    protocolLayout->addLayout(protocolForm);
    auto* rulesRow = new QHBoxLayout;
    rulesRow->addWidget(new QLabel(tr("<b>Acceptance criteria</b>"), protocol));
    rulesRow->addStretch(1);
    auto* addRuleButton = new QPushButton(tr("Add &Rule"), protocol);
    auto* removeRuleButton = new QPushButton(tr("Remove Rule"), protocol);
    rulesRow->addWidget(addRuleButton);
    rulesRow->addWidget(removeRuleButton);
    protocolLayout->addLayout(rulesRow);
    protocolLayout->addWidget(m_rules, 1);
    tabs->addTab(protocol, tr("Protocol and acceptance criteria"));
    auto* impact = new QWidget(tabs);
    auto* impactOuter = new QVBoxLayout(impact);
    auto* impactForm = new QFormLayout;
    impactOuter->addLayout(impactForm);
    impactOuter->addStretch(1);
    addTexts(impactForm, impact, kImpact);
    tabs->addTab(impact, tr("Impact assessment"));

    auto* monitoring = new QWidget(tabs);
    auto* monitoringLayout = new QVBoxLayout(monitoring);
    auto* monitoringRow = new QHBoxLayout;
    monitoringRow->addWidget(new QLabel(tr("Evaluated on every drift run of a production window (PSI of a feature, "
                                           "share of drifted features; performance on labelled windows)."),
                                        monitoring));
    monitoringRow->addStretch(1);
    auto* addMonitoring = new QPushButton(tr("Add Monitoring Rule"), monitoring);
    auto* removeMonitoring = new QPushButton(tr("Remove"), monitoring);
    monitoringRow->addWidget(addMonitoring);
    monitoringRow->addWidget(removeMonitoring);
    monitoringLayout->addLayout(monitoringRow);
    monitoringLayout->addWidget(m_monitoring, 1);
    tabs->addTab(monitoring, tr("Real-world monitoring"));

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 5);
    layout->addWidget(split, 1);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save Version"));
    layout->addWidget(buttons);

    for (const PccpModification& m : m_pccp.modifications) {
        m_modifications->addItem(m.id + QStringLiteral("  ") + m.title);
    }
    m_ruleProblems.resize(m_pccp.modifications.size());
    fillRules(m_monitoring, m_pccp.monitoring);
    connect(m_modifications, &QListWidget::currentRowChanged, this, [this](int row) {
        storeModification(m_current);
        showModification(row);
    });
    connect(addModification, &QPushButton::clicked, this, &PccpEditor::addModification);
    connect(removeModification, &QPushButton::clicked, this, [this] {
        const int row = m_modifications->currentRow();
        if (row < 0) {
            return;
        }
        m_current = -1; // nothing to keep of the removed one
        m_pccp.modifications.removeAt(row);
        m_ruleProblems.removeAt(row);
        delete m_modifications->takeItem(row);
        showModification(m_modifications->currentRow());
    });
    connect(addRuleButton, &QPushButton::clicked, this, [this] { addRule(m_rules); });
    connect(removeRuleButton, &QPushButton::clicked, this, [this] { m_rules->removeRow(m_rules->currentRow()); });
    connect(addMonitoring, &QPushButton::clicked, this, [this] {
        PccpRule drift;
        drift.metric = PccpRule::Metric::Psi;
        drift.statistic = PccpRule::Statistic::Value;
        drift.op = PccpRule::Operator::Less;
        drift.bound = 0.2;
        drift.severity = PccpRule::Severity::Advisory;
        addRule(m_monitoring, drift);
    });
    connect(removeMonitoring, &QPushButton::clicked, this,
            [this] { m_monitoring->removeRow(m_monitoring->currentRow()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &PccpEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_modifications->setCurrentRow(m_pccp.modifications.isEmpty() ? -1 : 0);
    showModification(m_modifications->currentRow());
    resize(1180, 760);
}

QTableWidget* PccpEditor::makeRules(const QString& name)
{
    auto* table = new QTableWidget(0, RuleColumnCount, this);
    table->setHorizontalHeaderLabels({tr("Id"), tr("Title"), tr("Metric"), tr("Statistic"), tr("Dataset"), tr("Scope"),
                                      tr("Subgroup column"), tr("Min. positives"), tr("Comparator"), tr("Operator"),
                                      tr("Bound"), tr("Severity"), tr("Feature")});
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAccessibleName(name);
    return table;
}

void PccpEditor::addRule(QTableWidget* table, const PccpRule& rule)
{
    const int row = table->rowCount();
    table->insertRow(row);
    QString id = rule.id;
    if (id.isEmpty()) {
        // The next free id: rule ids are unique in the whole PCCP.
        QSet<QString> taken;
        for (const PccpModification& m : std::as_const(m_pccp.modifications)) {
            for (const PccpRule& r : m.rules) {
                taken.insert(r.id);
            }
        }
        for (const QTableWidget* t : {m_rules, m_monitoring}) {
            for (int r = 0; t != nullptr && r < t->rowCount(); ++r) {
                taken.insert(cellText(t, r, IdColumn));
            }
        }
        const QString pattern = table == m_monitoring ? QStringLiteral("D%1") : QStringLiteral("R%1");
        for (int n = 1; id.isEmpty(); ++n) {
            if (!taken.contains(pattern.arg(n))) {
                id = pattern.arg(n);
            }
        }
    }
    table->setItem(row, IdColumn, new QTableWidgetItem(id));
    table->setItem(row, TitleColumn, new QTableWidgetItem(rule.title));
    table->setCellWidget(row, MetricColumn, enumCombo(rule.metric, table));
    table->setCellWidget(row, StatisticColumn, enumCombo(rule.statistic, table));
    auto* dataset = new QComboBox(table);
    dataset->addItem(tr("validation"), QStringLiteral("validation"));
    dataset->addItem(tr("challenge"), QStringLiteral("challenge"));
    dataset->setCurrentIndex(std::max(0, dataset->findData(rule.datasetRole)));
    table->setCellWidget(row, DatasetColumn, dataset);
    table->setCellWidget(row, ScopeColumn, enumCombo(rule.scope, table));
    table->setItem(row, SubgroupColumn, new QTableWidgetItem(rule.column));
    table->setItem(
        row, MinimumColumn,
        new QTableWidgetItem(rule.minimumPositives > 0 ? QString::number(rule.minimumPositives) : QString()));
    table->setCellWidget(row, ComparatorColumn, enumCombo(rule.comparator, table));
    table->setCellWidget(row, OperatorColumn, enumCombo(rule.op, table));
    table->setItem(row, BoundColumn, new QTableWidgetItem(QString::number(rule.bound)));
    table->setCellWidget(row, SeverityColumn, enumCombo(rule.severity, table));
    table->setItem(row, FeatureColumn, new QTableWidgetItem(rule.feature));
    table->resizeColumnsToContents();
}

void PccpEditor::fillRules(QTableWidget* table, const QList<PccpRule>& rules)
{
    table->setRowCount(0);
    for (const PccpRule& r : rules) {
        addRule(table, r);
    }
}

QList<PccpRule> PccpEditor::readRules(const QTableWidget* table, const QString& where, QStringList* problems)
{
    // Each row as the rule language writes it, read back by the rule's own reader, which names every problem.
    QList<PccpRule> rules;
    for (int row = 0; row < table->rowCount(); ++row) {
        QJsonObject json {{QStringLiteral("id"), cellText(table, row, IdColumn)},
                          {QStringLiteral("metric"), comboValue(table, row, MetricColumn)},
                          {QStringLiteral("statistic"), comboValue(table, row, StatisticColumn)},
                          {QStringLiteral("dataset"), comboValue(table, row, DatasetColumn)},
                          {QStringLiteral("scope"), comboValue(table, row, ScopeColumn)},
                          {QStringLiteral("comparator"), comboValue(table, row, ComparatorColumn)},
                          {QStringLiteral("operator"), comboValue(table, row, OperatorColumn)},
                          {QStringLiteral("severity"), comboValue(table, row, SeverityColumn)}};
        for (const auto& [key, column] :
             {std::pair {"title", int(TitleColumn)}, std::pair {"column", int(SubgroupColumn)},
              std::pair {"feature", int(FeatureColumn)}}) {
            const QString text = cellText(table, row, column);
            if (!text.isEmpty()) {
                json.insert(QLatin1String(key), text);
            }
        }
        // Numbers stay text when they do not read as numbers, so that the reader names the field.
        for (const auto& [key, column] :
             {std::pair {"bound", int(BoundColumn)}, std::pair {"min_positives", int(MinimumColumn)}}) {
            const QString text = cellText(table, row, column);
            bool ok = false;
            const double value = text.toDouble(&ok);
            if (!text.isEmpty() || column == BoundColumn) {
                json.insert(QLatin1String(key), ok ? QJsonValue(value) : QJsonValue(text));
            }
        }
        rules.append(PccpRule::fromJson(json, QStringLiteral("%1[%2]").arg(where).arg(row), problems));
    }
    return rules;
}

void PccpEditor::showModification(int row)
{
    m_current = row;
    const bool shown = row >= 0 && row < m_pccp.modifications.size();
    const PccpModification m = shown ? m_pccp.modifications.at(row) : PccpModification();
    for (const LineField& f : kLines) {
        m_lines.value(QLatin1String(f.name))->setText(m.*f.member);
        m_lines.value(QLatin1String(f.name))->setEnabled(shown);
    }
    for (const LineField& f : kDescription) {
        m_texts.value(QLatin1String(f.name))->setPlainText(m.*f.member);
    }
    for (const LineField& f : kProtocol) {
        m_texts.value(QLatin1String(f.name))->setPlainText(m.*f.member);
    }
    for (const LineField& f : kImpact) {
        m_texts.value(QLatin1String(f.name))->setPlainText(m.*f.member);
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(nameOf(m.type))));
    m_automatic->setCurrentIndex(m.automatic ? 1 : 0);
    m_global->setCurrentIndex(m.global ? 0 : 1);
    fillRules(m_rules, m.rules);
}

void PccpEditor::storeModification(int row)
{
    if (row < 0 || row >= m_pccp.modifications.size()) {
        return;
    }
    PccpModification& m = m_pccp.modifications[row];
    for (const LineField& f : kLines) {
        m.*f.member = m_lines.value(QLatin1String(f.name))->text().trimmed();
    }
    for (const LineField& f : kDescription) {
        m.*f.member = m_texts.value(QLatin1String(f.name))->toPlainText().trimmed();
    }
    for (const LineField& f : kProtocol) {
        m.*f.member = m_texts.value(QLatin1String(f.name))->toPlainText().trimmed();
    }
    for (const LineField& f : kImpact) {
        m.*f.member = m_texts.value(QLatin1String(f.name))->toPlainText().trimmed();
    }
    m.type = enumFromName<PccpModification::Type>(m_type->currentData().toString()).value_or(m.type);
    m.automatic = m_automatic->currentData().toBool();
    m.global = m_global->currentData().toBool();
    m_ruleProblems[row].clear();
    m.rules = readRules(m_rules, QStringLiteral("modifications[%1].protocol.rules").arg(row), &m_ruleProblems[row]);
    m_modifications->item(row)->setText(m.id + QStringLiteral("  ") + m.title);
}

void PccpEditor::addModification()
{
    storeModification(m_current);
    PccpModification m;
    m.id = QStringLiteral("M%1").arg(m_pccp.modifications.size() + 1);
    m_pccp.modifications.append(m);
    m_ruleProblems.append(QStringList());
    m_modifications->addItem(m.id);
    m_current = -1;
    m_modifications->setCurrentRow(m_modifications->count() - 1);
}

QLineEdit* PccpEditor::field(const QString& name) const
{
    return m_lines.value(name);
}

QPlainTextEdit* PccpEditor::text(const QString& name) const
{
    return m_texts.value(name);
}

Pccp PccpEditor::content()
{
    storeModification(m_current);
    Pccp p = m_pccp;
    p.model = m_model->currentText();
    p.title = m_title->text().trimmed();
    p.summary = m_summary->toPlainText().trimmed();
    QStringList ignored; // save() reads the monitoring rules again and shows what is wrong with them
    p.monitoring = readRules(m_monitoring, QStringLiteral("monitoring"), &ignored);
    return p;
}

bool PccpEditor::save()
{
    const Pccp pccp = content();
    QStringList problems;
    for (const QStringList& p : std::as_const(m_ruleProblems)) {
        problems += p;
    }
    readRules(m_monitoring, QStringLiteral("monitoring"), &problems);
    if (!problems.isEmpty()) {
        m_message->setText(
            tr("The PCCP cannot be saved:<br>- %1")
                .arg(problems.join(QStringLiteral("\n- ")).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
        m_message->show();
        return false;
    }
    SavePccpCommand command(pccp, QStringLiteral("form"));
    if (auto r = m_controller->execute(command); !r) {
        m_message->setText(r.error().message.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
        m_message->show();
        return false;
    }
    m_saved = command.version();
    accept();
    return true;
}

} // namespace cs::ui
