#include "ChangeRequestsPage.h"

#include "ChangeRequestActionDialog.h"
#include "ValidationCharts.h"
#include "WorkspaceController.h"
#include "commands/ChangeRequestCommands.h"
#include "common/MessageBox.h"
#include "identity/AdminDialogs.h"
#include "queries/ChangeRequestQuery.h"
#include "registry/ChangeRequestEvidence.h"
#include "registry/ChangeRequestFlow.h"
#include "util/DisplayText.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace cs::ui {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

/// The steps a person takes from this page, in the order of the buttons.
const struct
{
    ChangeRequestAction action;
    const char* label;
    const char* name;
} kButtons[] = {
    {ChangeRequestAction::Submit, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "&Submit…"), "submit"},
    {ChangeRequestAction::Evaluate, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "E&valuate"), "evaluate"},
    {ChangeRequestAction::Approve, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "&Approve…"), "approve"},
    {ChangeRequestAction::Reject, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "Re&ject…"), "reject"},
    {ChangeRequestAction::Return, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "Re&turn…"), "return"},
    {ChangeRequestAction::Implement, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "&Implement…"), "implement"},
    {ChangeRequestAction::EmergencyRollback, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "Emergency &Rollback…"),
     "rollback"},
    {ChangeRequestAction::Review, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "Re&view Rollback…"), "review"},
    {ChangeRequestAction::Withdraw, QT_TRANSLATE_NOOP("cs::ui::ChangeRequestsPage", "&Withdraw…"), "withdraw"},
};

/// A verdict as a symbol and a word, so it reads without colour.
QString verdictMark(const QString& verdict)
{
    if (verdict == u"superior" || verdict == u"non-inferior") {
        return QStringLiteral("<span style='color:#1a7f37'>&#10003;</span>");
    }
    if (verdict == u"inferior") {
        return QStringLiteral("<span style='color:#a40000'>&#10007;</span>");
    }
    if (verdict == u"inconclusive") {
        return QStringLiteral("<span style='color:#8a5a00'>?</span>");
    }
    return QStringLiteral("&#8211;");
}

QCustomPlot* makePlot(QWidget* parent, const QString& name)
{
    auto* plot = new QCustomPlot(parent);
    plot->setMinimumSize(260, 240);
    plot->setAccessibleName(name);
    plot->setObjectName(name);
    return plot;
}
} // namespace

ChangeRequestsPage::ChangeRequestsPage(WorkspaceController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_tabs(new QTabWidget(this))
    , m_detail(new QTextBrowser(this))
    , m_dataset(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_chartNote(new QLabel(this))
    , m_roc(makePlot(this, tr("ROC curves")))
    , m_calibration(makePlot(this, tr("Calibration")))
    , m_subgroups(makePlot(this, tr("Subgroup differences")))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Change requests</h2>"), this));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table->setHorizontalHeaderLabels(
        {tr("Request"), tr("State"), tr("Model"), tr("Candidate vs baseline"), tr("Author"), tr("Title")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Change requests"));

    auto* actions = new QHBoxLayout;
    for (const auto& b : kButtons) {
        auto* button = new QPushButton(tr(b.label), this);
        button->setObjectName(QLatin1String(b.name));
        button->setEnabled(false);
        actions->addWidget(button);
        m_buttons.insert(b.action, button);
        connect(button, &QPushButton::clicked, this, [this, action = b.action] { act(action); });
    }
    actions->addStretch(1);

    m_detail->setOpenLinks(false);
    m_tabs->addTab(m_detail, tr("Re&quest"));
    auto* charts = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(charts);
    auto* pick = new QHBoxLayout;
    auto* datasetLabel = new QLabel(tr("&Dataset:"), charts);
    datasetLabel->setBuddy(m_dataset);
    m_dataset->setObjectName(QStringLiteral("dataset"));
    auto* metricLabel = new QLabel(tr("Subgroup &metric:"), charts);
    metricLabel->setBuddy(m_metric);
    m_metric->setObjectName(QStringLiteral("metric"));
    m_metric->addItem(tr("Sensitivity"), QStringLiteral("sensitivity"));
    m_metric->addItem(tr("Specificity"), QStringLiteral("specificity"));
    m_metric->addItem(tr("Accuracy"), QStringLiteral("accuracy"));
    pick->addWidget(datasetLabel);
    pick->addWidget(m_dataset);
    pick->addSpacing(16);
    pick->addWidget(metricLabel);
    pick->addWidget(m_metric);
    pick->addWidget(m_chartNote, 1);
    chartLayout->addLayout(pick);
    auto* grid = new QGridLayout;
    grid->addWidget(m_roc, 0, 0);
    grid->addWidget(m_calibration, 0, 1);
    grid->addWidget(m_subgroups, 0, 2);
    grid->setColumnStretch(0, 4);
    grid->setColumnStretch(1, 4);
    grid->setColumnStretch(2, 5);
    chartLayout->addLayout(grid, 1);
    m_tabs->addTab(charts, tr("Va&lidation charts"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(actions);
    lowerLayout->addWidget(m_tabs, 1);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    // Room for five requests before the list scrolls.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              5 * m_table->verticalHeader()->defaultSectionSize() + 4);
    layout->addWidget(split, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ChangeRequestsPage::showRequest);
    connect(m_dataset, &QComboBox::currentIndexChanged, this, &ChangeRequestsPage::drawCharts);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ChangeRequestsPage::drawCharts);
    connect(controller, &WorkspaceController::workspaceChanged, this, &ChangeRequestsPage::refresh);
    connect(controller, &WorkspaceController::contentChanged, this, &ChangeRequestsPage::refresh);
}

void ChangeRequestsPage::refresh()
{
    const QString current = m_table->currentRow() >= 0 && m_table->currentRow() < m_shown.size()
        ? m_shown.at(m_table->currentRow()).id
        : QString();
    m_table->setRowCount(0);
    m_shown.clear();
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr) {
        showRequest();
        return;
    }
    auto all = ChangeRequestQuery(*ws).all();
    if (!all) {
        m_summary->setText(all.error().message);
        return;
    }
    m_shown = all.value();
    int waiting = 0;
    for (const ChangeRequestRecord& r : m_shown) {
        waiting += r.state == ChangeRequestState::Evaluated ? 1 : 0;
    }
    m_summary->setText(m_shown.isEmpty()
                           ? tr("No change requests yet. A data scientist opens one for a candidate version "
                                "(countersign-cli cr create).")
                           : tr("%n change request(s); %1 evaluated and waiting for a QA decision. A version reaches "
                                "production only through an approved and implemented request.",
                                nullptr, int(m_shown.size()))
                                 .arg(waiting));
    m_table->setRowCount(int(m_shown.size()));
    int select = 0;
    for (int row = 0; row < m_shown.size(); ++row) {
        const ChangeRequestRecord& r = m_shown.at(row);
        const QString versions =
            tr("%1 vs %2").arg(r.content.candidate, r.content.baseline.isEmpty() ? tr("none") : r.content.baseline);
        const QStringList cells = {r.id, displayNameOf(r.state), r.content.model, versions, r.author, r.content.title};
        for (int col = 0; col < ColumnCount; ++col) {
            m_table->setItem(row, col, new QTableWidgetItem(DisplayText::escaped(cells.at(col))));
        }
        select = r.id == current ? row : select;
    }
    m_table->resizeColumnsToContents();
    m_table->selectRow(select);
    showRequest();
}

bool ChangeRequestsPage::select(const QString& id)
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row).id == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void ChangeRequestsPage::showRequest()
{
    const int row = m_table->currentRow();
    Workspace* ws = m_controller->workspace();
    for (QPushButton* b : std::as_const(m_buttons)) {
        b->setEnabled(false);
    }
    m_json = {};
    if (ws == nullptr || row < 0 || row >= m_shown.size()) {
        m_detail->clear();
        m_dataset->clear();
        return;
    }
    const ChangeRequestRecord& r = m_shown.at(row);
    ChangeRequestQuery query(*ws);
    auto json = query.toJson(r.id);
    if (!json) {
        m_detail->setPlainText(json.error().message);
        return;
    }
    m_json = json.value();
    for (const ChangeRequestAction a : query.available(r.id).value_or({})) {
        if (QPushButton* b = m_buttons.value(a)) {
            b->setEnabled(true);
        }
    }
    m_detail->setHtml(describe(r, m_json));
    const QString previous = m_dataset->currentText();
    {
        const QSignalBlocker block(m_dataset);
        m_dataset->clear();
        for (const QJsonValue& d : m_json[u"evidence"][u"datasets"].toArray()) {
            m_dataset->addItem(tr("%1 (%2)").arg(d[u"name"].toString(), d[u"role"].toString()), d[u"name"].toString());
        }
        m_dataset->setCurrentIndex(std::max(0, m_dataset->findText(previous)));
    }
    drawCharts();
}

QString ChangeRequestsPage::describe(const ChangeRequestRecord& r, const QJsonObject& shown) const
{
    const QJsonObject c = shown[u"content"].toObject();
    const QJsonObject plan = c[u"plan"].toObject();
    QString html = tr("<h3>%1 — %2</h3>").arg(esc(r.id), esc(c[u"title"].toString()));
    html += tr("<p><b>%1</b>, revision %2. %3 version %4 against %5; opened by %6.</p>")
                .arg(displayNameOf(r.state))
                .arg(r.revision)
                .arg(esc(c[u"model"].toString()), esc(c[u"candidate"].toString()),
                     c[u"baseline"].toString().isEmpty()
                         ? tr("no baseline (first release)")
                         : tr("version %1 in production").arg(esc(c[u"baseline"].toString())),
                     esc(r.author));
    if (shown[u"review_due"].isString()) {
        html += tr("<p style='color:%1'><b>Emergency rollback: review due %2%3.</b></p>")
                    .arg(shown[u"review_overdue"].toBool() ? QStringLiteral("#a40000") : QStringLiteral("#000000"),
                         esc(shown[u"review_due"].toString()),
                         shown[u"review_overdue"].toBool() ? tr(" (overdue)") : QString());
    }
    html += tr("<p><b>Trigger:</b> %1 — %2<br><b>Classification:</b> %3 — %4</p>")
                .arg(esc(c[u"trigger"][u"kind"].toString()), esc(c[u"trigger"][u"reference"].toString()),
                     esc(c[u"classification"][u"class"].toString()), esc(c[u"classification"][u"reason"].toString()));
    html += tr("<p><b>Description:</b> %1<br><b>Rationale:</b> %2</p>")
                .arg(esc(c[u"description"].toString()), esc(c[u"rationale"].toString()));

    const QJsonObject evidence = shown[u"evidence"].toObject();
    html += tr("<h4>Verdicts</h4>");
    if (evidence.isEmpty()) {
        html += tr("<p>Not evaluated yet. The evidence is computed by Countersign from the stored predictions once the "
                   "plan is locked.</p>");
    } else {
        QString dataset;
        for (const ChangeRequestEvidence::Finding& f :
             ChangeRequestEvidence::findings(evidence, plan[u"alpha"].toDouble())) {
            if (f.dataset != dataset) {
                html += dataset.isEmpty() ? QString() : QStringLiteral("</p>");
                dataset = f.dataset;
                html += tr("<p><b>%1</b> (%2)<br>").arg(esc(f.dataset), esc(f.role));
            }
            html += QStringLiteral("%1&nbsp;%2%3<br>")
                        .arg(verdictMark(f.verdict),
                             f.scope.isEmpty() ? QString() : esc(f.scope) + QStringLiteral(": "), esc(f.text));
        }
        html += tr("</p><p>Evidence SHA-256 <code>%1</code></p>").arg(esc(shown[u"evidence_sha256"].toString()));
    }

    QStringList datasets;
    for (const QJsonValue& d : plan[u"datasets"].toArray()) {
        datasets.append(tr("%1 (%2)").arg(d[u"name"].toString(), d[u"role"].toString()));
    }
    const QJsonObject margins = plan[u"margins"].toObject();
    html += tr("<h4>Validation plan%1</h4><p>Datasets: %2<br>Thresholds: candidate %3, baseline %4; alpha %5<br>"
               "Non-inferiority margins: sensitivity %6, specificity %7, accuracy %8, AUC %9<br>")
                .arg(shown[u"locked"].toBool() ? tr(" (locked)") : QString(), esc(datasets.join(QStringLiteral(", "))))
                .arg(plan[u"thresholds"][u"candidate"].toDouble())
                .arg(plan[u"thresholds"][u"baseline"].toDouble())
                .arg(plan[u"alpha"].toDouble())
                .arg(margins[u"sensitivity"].toDouble())
                .arg(margins[u"specificity"].toDouble())
                .arg(margins[u"accuracy"].toDouble())
                .arg(margins[u"auc"].toDouble());
    QStringList subgroups;
    for (const QJsonValue& s : plan[u"subgroups"].toArray()) {
        subgroups.append(s.toString());
    }
    html += tr("Subgroups: %1, with a verdict from %2 positives</p>")
                .arg(subgroups.isEmpty() ? tr("none") : esc(subgroups.join(QStringLiteral(", "))))
                .arg(plan[u"min_positives"].toInt());

    const QJsonObject risk = c[u"risk_benefit"].toObject();
    html += tr("<h4>Risk-benefit analysis</h4><p><b>Benefits:</b> %1<br><b>Risks:</b> %2<br><b>Mitigations:</b> %3<br>"
               "<b>Residual risk:</b> %4</p>")
                .arg(esc(risk[u"benefits"].toString()), esc(risk[u"risks"].toString()),
                     esc(risk[u"mitigations"].toString()), esc(risk[u"residual_risk"].toString()));
    html += tr("<p><b>Rollback plan:</b> back to version %1 if %2</p>")
                .arg(esc(c[u"rollback"][u"version"].toString()), esc(c[u"rollback"][u"criteria"].toString()));

    html += tr("<h4>History</h4><table cellpadding='2'>");
    for (const QJsonValue& m : shown[u"moves"].toArray()) {
        const qint64 signature = m[u"signature"].toInteger();
        html += tr("<tr><td>%1</td><td>%2 → %3</td><td>by %4</td><td>%5</td><td>%6</td></tr>")
                    .arg(esc(m[u"at"].toString().left(16).replace(u'T', u' ')), esc(m[u"from"].toString()),
                         esc(m[u"to"].toString()), esc(m[u"by"].toString()),
                         signature > 0 ? tr("signature %1").arg(signature) : QString(), esc(m[u"reason"].toString()));
    }
    html += QStringLiteral("</table>");
    return html;
}

void ChangeRequestsPage::drawCharts()
{
    const QJsonArray datasets = m_json[u"evidence"][u"datasets"].toArray();
    const int index = m_dataset->currentIndex();
    QCustomPlot* plots[] = {m_roc, m_calibration, m_subgroups};
    if (index < 0 || index >= datasets.size()) {
        for (QCustomPlot* p : plots) {
            p->clearPlottables();
            p->clearItems();
            p->legend->setVisible(false);
            p->replot();
        }
        m_chartNote->setText(m_json.isEmpty() ? QString()
                                              : tr("No evidence yet: the charts appear once it is evaluated."));
        return;
    }
    const QJsonObject c = m_json[u"content"].toObject();
    const QJsonObject d = datasets.at(index).toObject();
    const QString candidate = tr("Candidate v%1").arg(c[u"candidate"].toString());
    const QString baseline = tr("Baseline v%1").arg(c[u"baseline"].toString());
    ValidationCharts::drawRoc(m_roc, d, baseline, candidate);
    ValidationCharts::drawCalibration(m_calibration, d, baseline, candidate);
    const bool first = m_json[u"evidence"][u"first_release"].toBool();
    if (first) {
        m_subgroups->clearPlottables();
        m_subgroups->clearItems();
        m_subgroups->replot();
    } else {
        ValidationCharts::drawSubgroups(m_subgroups, d, m_metric->currentData().toString());
    }
    m_chartNote->setText(first ? tr("First release: the candidate alone, no paired differences.")
                               : tr("Frozen evidence, n = %1, %2 positives. Hollow grey: fewer positives than the "
                                    "plan's minimum, no verdict.")
                                     .arg(d[u"report"][u"n"].toInteger())
                                     .arg(d[u"report"][u"positives"].toInteger()));
}

QDialog* ChangeRequestsPage::act(ChangeRequestAction action)
{
    const int row = m_table->currentRow();
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr || row < 0 || row >= m_shown.size()) {
        return nullptr;
    }
    const ChangeRequestRecord request = m_shown.at(row);
    if (ChangeRequestFlow::signedRecord(request.id, request.revision, action)) {
        auto* dialog = new ChangeRequestActionDialog(m_controller, request, action, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->show();
        return dialog;
    }
    Status done;
    if (action == ChangeRequestAction::Evaluate) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        EvaluateChangeRequestCommand command(request.id);
        done = m_controller->execute(command);
        QApplication::restoreOverrideCursor();
    } else {
        QString reason;
        const QString title =
            action == ChangeRequestAction::Return ? tr("Return %1").arg(request.id) : tr("Withdraw %1").arg(request.id);
        if (!ReasonPrompt::ask(this, title, tr("Reason (recorded in the audit trail):"), reason)) {
            return nullptr;
        }
        MoveChangeRequestCommand command(request.id, action, reason);
        done = m_controller->execute(command);
    }
    if (!done) {
        MessageBox::critical(this, tr("Change request"), done.error().message);
    }
    return nullptr;
}

} // namespace cs::ui
