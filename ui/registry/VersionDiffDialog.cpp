#include "VersionDiffDialog.h"

#include "WorkspaceController.h"
#include "queries/RegistryQuery.h"
#include "util/DisplayText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cs::ui {

namespace {
QString valueText(const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull()) {
        return QString();
    }
    if (v.isString()) {
        return v.toString();
    }
    if (v.isDouble()) {
        return QString::number(v.toDouble(), 'g', 12);
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
}
} // namespace

VersionDiffDialog::VersionDiffDialog(WorkspaceController* controller, const QString& model, const QString& from,
                                     const QString& to, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_model(model)
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_lineDiff(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Compare versions of %1").arg(model));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    if (Workspace* ws = controller->workspace()) {
        for (const ModelVersion& v : RegistryQuery(*ws).versions(model).value_or({})) {
            const QString text = tr("Version %1 (%2)").arg(v.label, displayNameOf(v.state));
            m_from->addItem(text, v.label);
            m_to->addItem(text, v.label);
        }
    }
    m_from->setCurrentIndex(std::max(0, m_from->findData(from)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(to)));

    auto* pick = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    pick->addWidget(fromLabel);
    pick->addWidget(m_from);
    pick->addSpacing(16);
    pick->addWidget(toLabel);
    pick->addWidget(m_to);
    pick->addStretch(1);

    m_table->setHorizontalHeaderLabels({tr("Section"), tr("Key"), tr("Change"), tr("Before"), tr("After")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Differences"));
    m_lineDiff->setReadOnly(true);
    m_lineDiff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_lineDiff->setAccessibleName(tr("Line diff of the selected configuration file"));
    m_lineDiff->setPlaceholderText(tr("Select a configuration file to see its line diff."));
    m_summary->setWordWrap(true);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_lineDiff);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QComboBox::currentIndexChanged, this, &VersionDiffDialog::compare);
    connect(m_to, &QComboBox::currentIndexChanged, this, &VersionDiffDialog::compare);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VersionDiffDialog::showLineDiff);
    resize(1000, 680);
    compare();
}

void VersionDiffDialog::compare()
{
    m_table->setRowCount(0);
    m_lineDiff->clear();
    Workspace* ws = m_controller->workspace();
    if (ws == nullptr || m_from->count() == 0) {
        return;
    }
    auto d = RegistryQuery(*ws).diff(m_model, m_from->currentData().toString(), m_to->currentData().toString());
    if (!d) {
        m_summary->setText(d.error().message);
        return;
    }
    m_diff = d.value();
    m_summary->setText(m_diff.entries.isEmpty()
                           ? tr("Versions %1 and %2 have the same evidence.").arg(m_diff.from, m_diff.to)
                           : tr("%n difference(s) from version %1 to version %2.", nullptr, int(m_diff.entries.size()))
                                 .arg(m_diff.from, m_diff.to));
    m_table->setRowCount(int(m_diff.entries.size()));
    for (int row = 0; row < m_diff.entries.size(); ++row) {
        const DiffEntry& e = m_diff.entries.at(row);
        const QString change = e.kind == DiffEntry::Kind::Added ? tr("added")
            : e.kind == DiffEntry::Kind::Removed                ? tr("removed")
                                                                : tr("changed");
        const QStringList cells = {e.section, e.key, change, valueText(e.before), valueText(e.after)};
        for (int col = 0; col < ColumnCount; ++col) {
            auto* item = new QTableWidgetItem(DisplayText::escaped(cells.at(col)));
            item->setToolTip(cells.at(col));
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int col : {KeyColumn, BeforeColumn}) {
        m_table->setColumnWidth(col, std::min(m_table->columnWidth(col), 320));
    }
}

void VersionDiffDialog::showLineDiff()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_diff.entries.size()) {
        m_lineDiff->clear();
        return;
    }
    m_lineDiff->setPlainText(m_diff.entries.at(row).lineDiff);
}

} // namespace cs::ui
