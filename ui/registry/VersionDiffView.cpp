#include "VersionDiffView.h"

#include "common/TableCopy.h"
#include "util/DisplayText.h"

#include <QFontDatabase>
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

VersionDiffView::VersionDiffView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_lineDiff(new QPlainTextEdit(this))
{
    m_table->setHorizontalHeaderLabels({tr("Section"), tr("Key"), tr("Change"), tr("Before"), tr("After")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Differences"));
    TableCopy::enable(m_table);
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
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VersionDiffView::showLineDiff);
}

void VersionDiffView::showMessage(const QString& message)
{
    m_diff = {};
    m_table->setRowCount(0);
    m_lineDiff->clear();
    m_summary->setText(message);
}

void VersionDiffView::show(const VersionDiff& diff, const QString& note)
{
    m_diff = diff;
    m_lineDiff->clear();
    const QString summary = m_diff.entries.isEmpty()
        ? tr("Versions %1 and %2 have the same evidence.").arg(m_diff.from, m_diff.to)
        : tr("%n difference(s) from version %1 to version %2.", nullptr, int(m_diff.entries.size()))
              .arg(m_diff.from, m_diff.to);
    m_summary->setText(note.isEmpty() ? summary : summary + u' ' + note);
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

void VersionDiffView::showLineDiff()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_diff.entries.size()) {
        m_lineDiff->clear();
        return;
    }
    m_lineDiff->setPlainText(m_diff.entries.at(row).lineDiff);
}

} // namespace cs::ui
