#pragma once

#include "records/AuditEvent.h"
#include "records/AuditFilter.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace cs {
class Workspace;
}

namespace cs::ui {

/// The audit trail as a table, fetched lazily: it counts the matching events once and then reads pages of events
/// only when the view asks for their rows, keeping a few pages in memory. A workspace with a million events opens
/// without loading them.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeqColumn,
        TimeColumn,
        ActorColumn,
        ActionColumn,
        EntityColumn,
        ReasonColumn,
        ColumnCount,
    };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 16;

    explicit AuditTrailModel(QObject* parent = nullptr);

    /// The workspace to show (not owned; nullptr shows nothing).
    void setWorkspace(Workspace* workspace);
    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    /// Re-counts and drops cached pages (after new events were recorded).
    void refresh();

    /// The event shown in `row`, or nothing when the row is out of range or cannot be read.
    std::optional<AuditEvent> eventAt(int row) const;
    /// An action as people read it, in the window's language ("Change request opened" for change_request.created);
    /// an identifier Countersign does not know is shown as stored. The identifier itself is the cell's tooltip.
    static QString actionName(const QString& action);
    /// The row showing event `seq` under the current filter, or -1.
    int rowOfSeq(qint64 seq) const;
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void readFailed(const QString& message);

private:
    const QList<AuditEvent>* page(int pageIndex) const;

    Workspace* m_workspace = nullptr;
    AuditFilter m_filter;
    int m_rowCount = 0;
    bool m_contiguous = false; ///< unfiltered and seq runs 1..n: row r is event r+1
    mutable QHash<int, QList<AuditEvent>> m_pages;
    mutable QList<int> m_recent; ///< page indices, most recently used last
    mutable QString m_lastError;
};

} // namespace cs::ui
