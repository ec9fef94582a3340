#include "DatasetsPage.h"

#include "WorkspaceController.h"
#include "queries/RegistryQuery.h"
#include "util/DisplayText.h"
#include "util/UtcTime.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cs::ui {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}
} // namespace

DatasetsPage::DatasetsPage(WorkspaceController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_detail(new QTextBrowser(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Datasets</h2>"), this));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table->setHorizontalHeaderLabels({tr("Dataset"), tr("Role"), tr("Locked"), tr("Samples"), tr("Predictions")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Datasets"));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DatasetsPage::showDataset);
    connect(controller, &WorkspaceController::workspaceChanged, this, &DatasetsPage::refresh);
    connect(controller, &WorkspaceController::contentChanged, this, &DatasetsPage::refresh);
}

void DatasetsPage::refresh()
{
    const int current = m_table->currentRow();
    m_table->setRowCount(0);
    m_detail->setAccessibleName(tr("Dataset details"));
    m_detail->clear();
    m_shown.clear();
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr) {
        return;
    }
    RegistryQuery registry(*ws);
    auto all = registry.datasets();
    if (!all) {
        m_summary->setText(all.error().message);
        return;
    }
    m_shown = all.value();
    if (m_shown.isEmpty()) {
        m_summary->setText(tr("No datasets yet. Import a prediction file (File > Import, Ctrl+I) to create one."));
        return;
    }
    m_summary->setText(tr("%n dataset(s). Locked datasets never change: later files must carry exactly their samples "
                          "and labels.",
                          nullptr, int(m_shown.size())));
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const Dataset& d = m_shown.at(row);
        const qsizetype sets = registry.predictionSets(d.id).value_or({}).size();
        const QStringList cells = {d.name, displayNameOf(d.role), d.locked ? tr("Locked") : tr("No"),
                                   QLocale().toString(d.sampleCount), tr("%n version(s)", nullptr, int(sets))};
        for (int col = 0; col < ColumnCount; ++col) {
            m_table->setItem(row, col, new QTableWidgetItem(DisplayText::escaped(cells.at(col))));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->selectRow(std::clamp(current, 0, int(m_shown.size()) - 1));
}

void DatasetsPage::showDataset()
{
    const int row = m_table->currentRow();
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr || row < 0 || row >= m_shown.size()) {
        m_detail->clear();
        return;
    }
    const Dataset& d = m_shown.at(row);
    RegistryQuery registry(*ws);
    QString html =
        tr("<h3>%1 — %2%3</h3>").arg(esc(d.name), displayNameOf(d.role), d.locked ? tr(", locked") : QString());
    html += tr("<p>%1 samples; labels %2; subgroups %3. Created %4 by %5.</p>")
                .arg(QLocale().toString(d.sampleCount), esc(d.labelDomain.join(u", ")),
                     d.groupColumns.isEmpty() ? tr("none") : esc(d.groupColumns.join(u", ")),
                     UtcTime::formatMsString(d.createdAtMs).left(10), esc(d.createdBy));

    html += tr("<h4>Files</h4><table cellpadding='3'>");
    for (const DatasetFile& f : registry.datasetFiles(d.id).value_or({})) {
        html += tr("<tr><td>%1</td><td>%2 rows, %3 samples added</td><td><code>%4</code></td><td>%5 by %6</td></tr>")
                    .arg(esc(f.fileName), QLocale().toString(f.rowCount), QLocale().toString(f.samplesAdded), f.sha256,
                         UtcTime::formatMsString(f.importedAtMs).left(10), esc(f.importedBy));
    }
    html += tr("</table><h4>Predictions</h4><table cellpadding='3'>");
    for (const PredictionSet& s : registry.predictionSets(d.id).value_or({})) {
        const auto v = registry.versionById(s.versionId).value_or(std::nullopt);
        const QString name = v ? tr("%1 version %2").arg(v->modelName, v->label) : QString::number(s.versionId);
        html += tr("<tr><td>%1</td><td>column %2</td><td>%3 samples scored</td><td><code>%4</code></td></tr>")
                    .arg(esc(name), esc(s.scoreColumn), QLocale().toString(s.sampleCount), s.contentSha256);
    }
    html += QStringLiteral("</table>");
    const QList<EvidenceAttachment> attachments = registry.datasetAttachments(d.id).value_or({});
    html += tr("<h4>Data contract</h4>");
    if (attachments.isEmpty()) {
        html += tr("<p>No data-contract result attached (countersign-cli import expectations).</p>");
    }
    for (const EvidenceAttachment& a : attachments) {
        const QJsonObject summary = a.content[u"summary"].toObject();
        html += tr("<p>Suite <b>%1</b> (Great Expectations %2): %3 of %4 expectations met — %5. From %6.</p><ul>")
                    .arg(esc(summary[u"suite"].toString()), esc(summary[u"gx_version"].toString()))
                    .arg(summary[u"successful"].toInteger())
                    .arg(summary[u"evaluated"].toInteger())
                    .arg(summary[u"success"].toBool() ? tr("passed") : tr("failed"), esc(a.source));
        for (const QJsonValue& e : a.content[u"expectations"].toArray()) {
            const bool ok = e[u"success"].toBool();
            html += QStringLiteral("<li style='color:%1'>%2 %3 %4</li>")
                        .arg(ok ? QStringLiteral("#1a7f37") : QStringLiteral("#a40000"),
                             ok ? QStringLiteral("&#10003;") : QStringLiteral("&#10007;"), esc(e[u"type"].toString()),
                             esc(e[u"column"].toString()));
        }
        html += QStringLiteral("</ul>");
    }
    m_detail->setHtml(html);
}

} // namespace cs::ui
