#include "ValidationView.h"

#include "ValidationCharts.h"
#include "common/TableCopy.h"
#include "registry/ChangeRequestEvidence.h"
#include "registry/EvidenceTables.h"
#include "registry/PccpGate.h"
#include "util/DisplayText.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace cs::ui {

namespace {
QCustomPlot* makePlot(QWidget* parent, const QString& name)
{
    auto* plot = new QCustomPlot(parent);
    plot->setMinimumSize(260, 300);
    plot->setAccessibleName(name);
    plot->setObjectName(name);
    return plot;
}

QTableWidget* makeTable(QWidget* parent, const QString& name)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setAccessibleName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    TableCopy::enable(table);
    return table;
}

/// Makes `table` exactly as tall as its rows, so the tab scrolls instead of the table.
void fitHeight(QTableWidget* table)
{
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row) {
        height += table->rowHeight(row);
    }
    table->setFixedHeight(height +
                          (table->horizontalScrollBar()->isVisible() ? table->horizontalScrollBar()->height() : 0));
}

/// Fills `table` with `text` and makes it exactly as tall as its rows, so the tab scrolls instead of the table.
void fill(QTableWidget* table, const EvidenceTables::TextTable& text)
{
    table->clear();
    table->setColumnCount(int(text.header.size()));
    table->setRowCount(int(text.rows.size()));
    table->setHorizontalHeaderLabels(text.header);
    for (int row = 0; row < text.rows.size(); ++row) {
        for (int col = 0; col < text.rows.at(row).size(); ++col) {
            const QString cell = text.rows.at(row).at(col);
            auto* item = new QTableWidgetItem(DisplayText::escaped(cell));
            item->setToolTip(cell);
            table->setItem(row, col, item);
        }
    }
    table->resizeColumnsToContents();
    fitHeight(table);
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    return label;
}
} // namespace

ValidationView::ValidationView(QWidget* parent)
    : QWidget(parent)
    , m_dataset(new QComboBox(this))
    , m_column(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_comparator(new QComboBox(this))
    , m_comparatorLabel(new QLabel(tr("Compared &with:"), this))
    , m_note(new QLabel(this))
    , m_pccp(new QLabel(this))
    , m_pccpRules(makeTable(this, tr("PCCP acceptance rules")))
    , m_headline(makeTable(this, tr("Headline table")))
    , m_confusion(makeTable(this, tr("Confusion matrices")))
    , m_subgroupTable(makeTable(this, tr("Subgroup table")))
    , m_roc(makePlot(this, tr("ROC curves")))
    , m_calibration(makePlot(this, tr("Calibration")))
    , m_subgroups(makePlot(this, tr("Subgroup differences")))
{
    m_dataset->setObjectName(QStringLiteral("dataset"));
    m_column->setObjectName(QStringLiteral("subgroupColumn"));
    m_metric->setObjectName(QStringLiteral("metric"));
    m_comparator->setObjectName(QStringLiteral("comparator"));
    m_comparatorLabel->setBuddy(m_comparator);
    m_metric->addItem(tr("Sensitivity"), QStringLiteral("sensitivity"));
    m_metric->addItem(tr("Specificity"), QStringLiteral("specificity"));
    m_metric->addItem(tr("Accuracy"), QStringLiteral("accuracy"));
    m_metric->addItem(tr("AUC"), QStringLiteral("auc"));
    auto* pick = new QHBoxLayout;
    const auto labelled = [&](const QString& text, QComboBox* box) {
        auto* label = new QLabel(text, this);
        label->setBuddy(box);
        pick->addWidget(label);
        pick->addWidget(box);
        pick->addSpacing(12);
    };
    labelled(tr("&Dataset:"), m_dataset);
    labelled(tr("Sub&group:"), m_column);
    labelled(tr("&Metric:"), m_metric);
    pick->addWidget(m_comparatorLabel);
    pick->addWidget(m_comparator);
    pick->addStretch(1);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    // First what decides whether the request may be approved at all: the PCCP's rules, over every dataset.
    m_pccp->setWordWrap(true);
    m_pccp->setTextFormat(Qt::RichText);
    layout->addWidget(m_pccp);
    layout->addWidget(m_pccpRules);
    layout->addWidget(heading(tr("Both versions and the paired differences"), content));
    layout->addWidget(m_headline);
    auto* charts = new QGridLayout;
    charts->addWidget(m_roc, 0, 0);
    charts->addWidget(m_calibration, 0, 1);
    charts->addWidget(m_subgroups, 0, 2);
    charts->setColumnStretch(0, 4);
    charts->setColumnStretch(1, 4);
    charts->setColumnStretch(2, 5);
    layout->addLayout(charts);
    layout->addWidget(heading(tr("By subgroup (the metric chosen above)"), content));
    layout->addWidget(m_subgroupTable);
    layout->addWidget(heading(tr("Confusion matrices at each version's threshold"), content));
    layout->addWidget(m_confusion);
    layout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(pick);
    outer->addWidget(scroll, 1);
    connect(m_dataset, &QComboBox::currentIndexChanged, this, &ValidationView::draw);
    connect(m_column, &QComboBox::currentIndexChanged, this, &ValidationView::draw);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ValidationView::draw);
    connect(m_comparator, &QComboBox::currentIndexChanged, this, &ValidationView::draw);
}

void ValidationView::show(const QJsonObject& request)
{
    m_request = request;
    const QString previous = m_dataset->currentData().toString();
    const QString previousColumn = m_column->currentData().toString();
    {
        const QSignalBlocker blockDataset(m_dataset);
        const QSignalBlocker blockColumn(m_column);
        const QSignalBlocker blockComparator(m_comparator);
        const QString previousComparator = m_comparator->currentData().toString();
        const QJsonObject c = request[u"content"].toObject();
        m_comparator->clear();
        m_comparator->addItem(tr("Baseline v%1 (in production)").arg(c[u"baseline"].toString()),
                              QStringLiteral("baseline"));
        const bool cleared = request[u"evidence"][u"cleared"].isObject();
        if (cleared) {
            m_comparator->addItem(tr("Originally cleared v%1").arg(c[u"cleared"].toString()),
                                  QStringLiteral("cleared"));
        }
        m_comparator->setCurrentIndex(std::max(0, m_comparator->findData(previousComparator)));
        m_comparator->setVisible(cleared);
        m_comparatorLabel->setVisible(cleared);
        m_dataset->clear();
        for (const QJsonValue& d : request[u"evidence"][u"datasets"].toArray()) {
            m_dataset->addItem(tr("%1 (%2)").arg(d[u"name"].toString(), d[u"role"].toString()), d[u"name"].toString());
        }
        m_dataset->setCurrentIndex(std::max(0, m_dataset->findData(previous)));
        m_column->clear();
        for (const QJsonValue& s : request[u"content"][u"plan"][u"subgroups"].toArray()) {
            m_column->addItem(s.toString(), s.toString());
        }
        m_column->setCurrentIndex(std::max(0, m_column->findData(previousColumn)));
    }
    const QJsonObject pccp = request[u"evidence"][u"pccp"].toObject();
    const EvidenceTables::TextTable rules = EvidenceTables::pccpRules(pccp);
    m_pccp->setVisible(!pccp.isEmpty());
    m_pccp->setText(tr("<b>PCCP</b>: %1").arg(PccpGate::statement(pccp).toHtmlEscaped()));
    m_pccpRules->setVisible(!rules.rows.isEmpty());
    fill(m_pccpRules, rules);
    // The criterion and the places read wrap within the tab's width instead of scrolling sideways.
    if (m_pccpRules->columnCount() == 5) {
        m_pccpRules->setWordWrap(true);
        m_pccpRules->setColumnWidth(2, std::min(m_pccpRules->columnWidth(2), 420));
        m_pccpRules->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
        m_pccpRules->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_pccpRules->resizeRowsToContents();
        fitHeight(m_pccpRules);
    }
    draw();
}

void ValidationView::draw()
{
    const QJsonArray datasets = m_request[u"evidence"][u"datasets"].toArray();
    const int index = m_dataset->currentIndex();
    if (index < 0 || index >= datasets.size()) {
        for (QCustomPlot* p : {m_roc, m_calibration, m_subgroups}) {
            p->clearPlottables();
            p->clearItems();
            p->legend->setVisible(false);
            p->replot();
        }
        for (QTableWidget* t : {m_headline, m_confusion, m_subgroupTable}) {
            fill(t, {});
        }
        m_note->setText(m_request.isEmpty() ? QString()
                                            : tr("Not evaluated yet. The evidence is computed by Countersign from the "
                                                 "stored predictions once the plan is locked."));
        return;
    }
    const QJsonObject c = m_request[u"content"].toObject();
    const bool cleared = m_comparator->currentData().toString() == u"cleared";
    const QJsonObject d = ChangeRequestEvidence::datasetAgainst(
        datasets.at(index).toObject(), cleared ? QStringLiteral("cleared") : QStringLiteral("baseline"));
    const EvidenceTables::Versions versions {c[cleared ? u"cleared" : u"baseline"].toString(),
                                             c[u"candidate"].toString(), cleared};
    const bool first = m_request[u"evidence"][u"first_release"].toBool();
    const QString metric = m_metric->currentData().toString();
    fill(m_headline, EvidenceTables::headline(d, versions));
    fill(m_confusion, EvidenceTables::confusion(d, versions));
    fill(m_subgroupTable,
         first || m_column->count() == 0
             ? EvidenceTables::TextTable {}
             : EvidenceTables::subgroups(d, versions, m_column->currentData().toString(), metric));
    const QString candidateName = tr("Candidate v%1").arg(versions.candidate);
    reports::ValidationCharts::drawRoc(m_roc, d, versions.comparatorName(), candidateName);
    reports::ValidationCharts::drawCalibration(m_calibration, d, versions.comparatorName(), candidateName);
    if (first) {
        m_subgroups->clearPlottables();
        m_subgroups->clearItems();
        m_subgroups->replot();
    } else {
        reports::ValidationCharts::drawSubgroups(m_subgroups, d, metric);
    }
    const QJsonObject thresholds = c[u"plan"][u"thresholds"].toObject();
    m_note->setText(first ? tr("First release: the candidate alone, no paired differences.")
                          : tr("Frozen evidence (SHA-256 %1): n = %2, %3 positives; %4 at threshold %5 against %6 at "
                               "%7. The forest plot draws subgroups with fewer positives than the plan's minimum "
                               "hollow and grey (no verdict).")
                                .arg(m_request[u"evidence_sha256"].toString().left(16) + QStringLiteral("…"))
                                .arg(d[u"report"][u"n"].toInteger())
                                .arg(d[u"report"][u"positives"].toInteger())
                                .arg(candidateName)
                                .arg(thresholds[u"candidate"].toDouble())
                                .arg(versions.comparatorName())
                                .arg(thresholds[cleared ? u"cleared" : u"baseline"].toDouble()));
}

} // namespace cs::ui
