#include "ModelsPage.h"

#include "WorkspaceController.h"
#include "commands/RegistryCommands.h"
#include "common/MessageBox.h"
#include "identity/AdminDialogs.h"
#include "queries/RegistryQuery.h"
#include "registry/Lifecycle.h"
#include "registry/MetricHistoryChart.h"
#include "registry/VersionDiff.h"
#include "registry/VersionDiffDialog.h"
#include "util/DisplayText.h"
#include "util/UtcTime.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace cs::ui {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString valueText(const QJsonValue& v)
{
    if (v.isDouble()) {
        return QString::number(v.toDouble(), 'g', 10);
    }
    return v.toString();
}
} // namespace

ModelsPage::ModelsPage(WorkspaceController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_models(new QListWidget(this))
    , m_versions(new QTableWidget(0, ColumnCount, this))
    , m_detail(new QTextBrowser(this))
    , m_compare(new QPushButton(tr("&Compare Versions…"), this))
    , m_newRequest(new QPushButton(tr("New Change &Request…"), this))
    , m_move(new QToolButton(this))
    , m_chart(new MetricHistoryChart(controller, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Models</h2>"), this));
    m_summary->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_move);
    top->addWidget(m_compare);
    top->addWidget(m_newRequest);
    m_newRequest->setObjectName(QStringLiteral("newChangeRequest"));
    m_newRequest->setToolTip(tr("Validate the selected version against the one in production, for approval"));
    m_newRequest->setEnabled(false);
    connect(m_newRequest, &QPushButton::clicked, this, [this] {
        const int row = m_versions->currentRow();
        const QListWidgetItem* model = m_models->currentItem();
        if (row >= 0 && row < m_shown.size() && model != nullptr) {
            emit changeRequestWanted(model->text(), m_shown.at(row).label);
        }
    });
    m_move->setText(tr("&Move To"));
    m_move->setToolTip(tr("Move the selected version through its lifecycle (a reason is recorded)"));
    m_move->setPopupMode(QToolButton::InstantPopup);
    m_move->setMenu(new QMenu(m_move));
    m_move->setEnabled(false);
    layout->addLayout(top);
    m_compare->setToolTip(tr("What differs between two versions: parameters, configuration, metrics, code, data"));
    m_compare->setEnabled(false);
    connect(m_compare, &QPushButton::clicked, this, [this] { compareSelected(); });
    m_versions->setHorizontalHeaderLabels({tr("Version"), tr("State"), tr("Code commit"), tr("Imported")});
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->verticalHeader()->hide();
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_models->setAccessibleName(tr("Models"));
    m_versions->setAccessibleName(tr("Versions"));
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_versions);
    right->addWidget(m_detail);
    right->addWidget(m_chart);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 3);
    right->setStretchFactor(2, 2);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_models);
    split->addWidget(right);
    split->setStretchFactor(1, 4);
    layout->addWidget(split, 1);
    connect(m_models, &QListWidget::currentRowChanged, this, &ModelsPage::showModel);
    connect(m_versions, &QTableWidget::itemSelectionChanged, this, &ModelsPage::showVersion);
    connect(controller, &WorkspaceController::workspaceChanged, this, &ModelsPage::refresh);
    connect(controller, &WorkspaceController::contentChanged, this, &ModelsPage::refresh);
}

void ModelsPage::refresh()
{
    const QString current = m_models->currentItem() ? m_models->currentItem()->text() : QString();
    m_models->clear();
    m_versions->setRowCount(0);
    m_detail->setAccessibleName(tr("Version details"));
    m_detail->clear();
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr) {
        return;
    }
    auto models = RegistryQuery(*ws).models();
    if (!models) {
        m_summary->setText(models.error().message);
        return;
    }
    for (const Model& m : models.value()) {
        m_models->addItem(m.name);
    }
    if (models->isEmpty()) {
        m_summary->setText(tr("No models yet. A data scientist imports model versions with their evidence from "
                              "MLflow: <code>countersign-cli import mlflow</code> (the import window follows)."));
        return;
    }
    m_summary->setText(tr("%n model(s). Select a version to see its frozen evidence and what is missing for it to "
                          "be reproduced.",
                          nullptr, int(models->size())));
    const auto found = m_models->findItems(current, Qt::MatchExactly);
    m_models->setCurrentRow(found.isEmpty() ? 0 : m_models->row(found.first()));
}

void ModelsPage::showModel()
{
    m_versions->setRowCount(0);
    m_detail->clear();
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr || m_models->currentItem() == nullptr) {
        return;
    }
    auto versions = RegistryQuery(*ws).versions(m_models->currentItem()->text());
    m_shown = versions.value_or({});
    m_versions->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const ModelVersion& v = m_shown.at(row);
        const QStringList cells = {v.label, displayNameOf(v.state),
                                   v.codeCommit.isEmpty() ? tr("unknown") : v.codeCommit.left(12),
                                   tr("%1 by %2").arg(UtcTime::formatMsString(v.importedAtMs).left(10), v.importedBy)};
        for (int col = 0; col < ColumnCount; ++col) {
            m_versions->setItem(row, col, new QTableWidgetItem(DisplayText::escaped(cells.at(col))));
        }
    }
    m_versions->resizeColumnsToContents();
    if (!m_shown.isEmpty()) {
        m_versions->selectRow(int(m_shown.size()) - 1);
    }
}

QList<std::pair<QString, bool>> ModelsPage::reproducibility(const ModelVersion& v,
                                                            const QList<EvidenceAttachment>& attachments)
{
    const QJsonObject& e = v.evidence;
    const QJsonArray files = e[u"artifacts"][u"files"].toArray();
    bool environment = false;
    for (const QJsonValue& f : files) {
        const QString path = f[u"path"].toString();
        environment = environment || path.endsWith(u"requirements.txt") || path.endsWith(u"conda.yaml") ||
            path.endsWith(u"python_env.yaml");
    }
    bool lineage = false;
    bool code = false;
    for (const EvidenceAttachment& a : attachments) {
        lineage = lineage || a.kind == u"dvc-lock";
        code = code || a.kind == u"git-commit";
    }
    return {
        {tr("Training code commit recorded"), !v.codeCommit.isEmpty()},
        {tr("Commit details and configuration attached (import git)"), code},
        {tr("Training run found"), e.contains(QStringLiteral("run"))},
        {tr("Parameters recorded"), !e[u"params"].toObject().isEmpty()},
        {tr("Model artifacts digested"), !files.isEmpty()},
        {tr("Every artifact readable"), e[u"artifacts"][u"unreadable"].toArray().isEmpty()},
        {tr("Software environment recorded (requirements or conda file)"), environment},
        {tr("Training data named (dataset inputs)"), !e[u"inputs"].toArray().isEmpty()},
        {tr("Data lineage attached (dvc.lock)"), lineage},
    };
}

QString ModelsPage::metricsHtml(const QJsonObject& e)
{
    QString html = tr("<h4>Metrics (latest)</h4><table>");
    const QJsonObject metrics = e[u"metrics"].toObject();
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        html += tr("<tr><td>%1</td><td>%2</td><td>step %3, %4 points</td></tr>")
                    .arg(esc(it.key()), esc(valueText(it.value()[u"latest"])))
                    .arg(it.value()[u"step"].toInteger())
                    .arg(it.value()[u"points"].toInt());
        // MLflow 3 links a value to the dataset it was computed on.
        for (const QJsonValue& group : it.value()[u"datasets"].toArray()) {
            html += tr("<tr><td>&nbsp;&nbsp;on %1 (digest %2)</td><td>%3</td><td>step %4, %5 points</td></tr>")
                        .arg(esc(group[u"dataset"][u"name"].toString()), esc(group[u"dataset"][u"digest"].toString()),
                             esc(valueText(group[u"latest"])))
                        .arg(group[u"step"].toInteger())
                        .arg(group[u"points"].toInt());
        }
    }
    return html + QStringLiteral("</table>");
}

QString ModelsPage::loggedModelHtml(const QJsonObject& e)
{
    const QJsonObject m = e[u"logged_model"].toObject();
    if (m.isEmpty()) {
        return {};
    }
    QString html =
        tr("<h4><a name=\"logged-model\"></a>Logged model (MLflow 3)</h4><p><code>%1</code> “%2”%3, status %4, logged "
           "by run %5; "
           "found through the version's %6.</p>")
            .arg(esc(m[u"id"].toString()), esc(m[u"name"].toString()),
                 m[u"type"].toString().isEmpty() ? QString() : tr(" of type %1").arg(esc(m[u"type"].toString())),
                 esc(m[u"status"].toString()), esc(m[u"source_run_id"].toString()),
                 esc(m[u"resolved_from"].toString()));
    html +=
        tr("<table cellspacing=\"4\"><tr><th align=\"left\">Model parameter</th><th align=\"left\">Value</th></tr>");
    const QJsonObject params = m[u"params"].toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        html += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td></tr>")
                    .arg(esc(it.key()), esc(it.value().toString()));
    }
    html +=
        tr("</table><table cellspacing=\"4\"><tr><th align=\"left\">Model metric</th><th align=\"left\">Dataset</th>"
           "<th align=\"left\">Latest</th><th align=\"left\">Logged by run</th></tr>");
    const QJsonObject metrics = m[u"metrics"].toObject();
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        for (const QJsonValue& group : it.value().toArray()) {
            const QJsonObject dataset = group[u"dataset"].toObject();
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(esc(it.key()),
                             dataset.isEmpty()
                                 ? tr("none")
                                 : tr("%1 (digest %2)")
                                       .arg(esc(dataset[u"name"].toString()), esc(dataset[u"digest"].toString())),
                             esc(valueText(group[u"latest"])), esc(group[u"run_id"].toString().left(12)));
        }
    }
    return html + QStringLiteral("</table>");
}

bool ModelsPage::moveSelected(LifecycleState to)
{
    const int row = m_versions->currentRow();
    if (row < 0 || row >= m_shown.size()) {
        return false;
    }
    const ModelVersion v = m_shown.at(row);
    QString reason;
    if (!ReasonPrompt::ask(this, tr("Move version %1 to %2").arg(v.label, displayNameOf(to)),
                           tr("Reason (recorded in the audit trail):"), reason)) {
        return false;
    }
    TransitionVersionCommand command(v.modelName, v.label, to, reason);
    if (auto r = m_controller->execute(command); !r) {
        MessageBox::critical(this, tr("The version was not moved"), r.error().message);
        return false;
    }
    return true;
}

VersionDiffDialog* ModelsPage::compareSelected()
{
    const int row = m_versions->currentRow();
    if (row < 0 || row >= m_shown.size() || m_shown.size() < 2) {
        return nullptr;
    }
    const QString to = m_shown.at(row).label;
    const QString from = m_shown.at(row > 0 ? row - 1 : 1).label;
    auto* dialog = new VersionDiffDialog(m_controller, m_shown.at(row).modelName, from, to, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ModelsPage::showVersion()
{
    const int row = m_versions->currentRow();
    Workspace* ws = m_controller->workspace();
    m_compare->setEnabled(ws != nullptr && row >= 0 && m_shown.size() >= 2);
    m_newRequest->setEnabled(ws != nullptr && row >= 0 && row < m_shown.size() &&
                             m_shown.at(row).state != LifecycleState::Production);
    m_chart->setVersions(m_shown, row >= 0 && row < m_shown.size() ? m_shown.at(row).label : QString());
    m_move->menu()->clear();
    if (ws != nullptr && row >= 0 && row < m_shown.size()) {
        for (const LifecycleState to : Lifecycle::next(m_shown.at(row).state)) {
            m_move->menu()->addAction(displayNameOf(to), this, [this, to] { moveSelected(to); });
        }
    }
    m_move->setEnabled(!m_move->menu()->isEmpty());
    if (ws == nullptr || row < 0 || row >= m_shown.size()) {
        m_detail->clear();
        return;
    }
    const ModelVersion& v = m_shown.at(row);
    const QJsonObject& e = v.evidence;
    RegistryQuery table(*ws);
    const QList<EvidenceAttachment> attachments = table.versionAttachments(v.id).value_or({});
    QString html = tr("<h3>%1 version %2 — %3</h3>").arg(esc(v.modelName), esc(v.label), displayNameOf(v.state));
    if (const auto m = table.model(v.modelName).value_or(std::nullopt)) {
        html += tr("<p><b>Intended use:</b> %1<br><b>Device class:</b> %2 &nbsp; <b>Risk class:</b> %3 &nbsp; "
                   "<b>Owner:</b> %4%5</p>")
                    .arg(m->intendedUse.isEmpty() ? tr("not recorded") : esc(m->intendedUse),
                         m->deviceClass.isEmpty() ? tr("not recorded") : esc(m->deviceClass),
                         m->riskClass.isEmpty() ? tr("not recorded") : esc(m->riskClass), esc(m->owner),
                         v.parentLabel.isEmpty() ? QString()
                                                 : tr(" &nbsp; <b>Parent version:</b> %1").arg(esc(v.parentLabel)));
    }
    html += tr("<p>Imported %1 by %2 from <code>%3</code><br>Evidence SHA-256 <code>%4</code></p>")
                .arg(UtcTime::formatMsString(v.importedAtMs), esc(v.importedBy), esc(v.sourceUri), v.evidenceSha256);

    html += tr("<h4>Reproducibility</h4><ul>");
    for (const auto& [item, ok] : reproducibility(v, attachments)) {
        html += QStringLiteral("<li style='color:%1'>%2 %3</li>")
                    .arg(ok ? QStringLiteral("#1a7f37") : QStringLiteral("#a40000"),
                         ok ? QStringLiteral("&#10003;") : QStringLiteral("&#10007;"), esc(item));
    }
    html += QStringLiteral("</ul>");

    html +=
        tr("<h4>Lineage</h4><p>Run %1 (%2) in experiment %3, %4<br>Code commit <code>%5</code><br>MLflow stage "
           "%6%7</p>")
            .arg(esc(e[u"run"][u"id"].toString()), esc(e[u"run"][u"name"].toString()),
                 esc(e[u"run"][u"experiment"][u"name"].toString()), esc(e[u"run"][u"status"].toString()),
                 esc(v.codeCommit.isEmpty() ? tr("unknown") : v.codeCommit), esc(e[u"registry"][u"stage"].toString()),
                 e[u"registry"][u"aliases"].toArray().isEmpty()
                     ? QString()
                     : tr(", aliases %1")
                           .arg(esc(e[u"registry"][u"aliases"].toVariant().toStringList().join(QStringLiteral(", ")))));

    html += tr("<h4>Parameters</h4><table>");
    const QJsonObject params = e[u"params"].toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        html += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td></tr>")
                    .arg(esc(it.key()), esc(it.value().toString()));
    }
    html += QStringLiteral("</table>") + metricsHtml(e) + loggedModelHtml(e);
    const QJsonArray files = e[u"artifacts"][u"files"].toArray();
    html += e.contains(QStringLiteral("logged_model"))
        ? tr("<h4>Artifacts</h4><p>%n file(s) of the logged model digested.", nullptr, int(files.size()))
        : tr("<h4>Artifacts</h4><p>%n file(s) digested.", nullptr, int(files.size()));
    for (const QJsonValue& u : e[u"artifacts"][u"unreadable"].toArray()) {
        html += tr("<br><span style='color:#a40000'>Not read: %1 (%2)</span>")
                    .arg(esc(u[u"uri"].toString()), esc(u[u"why"].toString()));
    }
    html += QStringLiteral("</p>");
    for (const EvidenceAttachment& a : attachments) {
        html +=
            tr("<p>Attached %1 from <code>%2</code> on %3 by %4</p>")
                .arg(esc(a.kind), esc(a.source), UtcTime::formatMsString(a.attachedAtMs).left(10), esc(a.attachedBy));
    }
    if (row > 0) {
        const ModelVersion& previous = m_shown.at(row - 1);
        VersionDiff d = VersionDiff::between(previous, v);
        d.addAttachments(table.versionAttachments(previous.id).value_or({}), attachments);
        html += tr("<h4>Changed since version %1</h4>").arg(esc(previous.label));
        if (d.entries.isEmpty()) {
            html += tr("<p>Nothing.</p>");
        } else {
            html += QStringLiteral("<table>");
            for (const DiffEntry& entry : d.entries) {
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                            .arg(esc(entry.section), esc(entry.key), esc(valueText(entry.before)),
                                 esc(valueText(entry.after)));
            }
            html += QStringLiteral("</table>");
        }
    }
    m_detail->setHtml(html);
}

} // namespace cs::ui
