#include "AuditTrailModel.h"

#include "queries/AuditQuery.h"
#include "records/AuditAction.h"
#include "util/DisplayText.h"
#include "util/UtcTime.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QLocale>

#include <limits>

namespace cs::ui {

AuditTrailModel::AuditTrailModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AuditTrailModel::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    refresh();
}

void AuditTrailModel::setFilter(const AuditFilter& filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    refresh();
}

void AuditTrailModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_rowCount = 0;
    m_contiguous = false;
    m_lastError.clear();
    if (m_workspace != nullptr) {
        AuditQuery table(*m_workspace);
        auto count = table.count(m_filter);
        if (!count) {
            m_lastError = count.error().message;
        } else {
            m_rowCount = static_cast<int>(std::min<qint64>(count.value(), std::numeric_limits<int>::max()));
            if (m_filter.isEmpty()) {
                // count() of an empty filter is the highest seq; when events are missing (a damaged trail) the
                // rows present are fewer, and rows no longer map to sequence numbers.
                auto rows = table.rows();
                m_contiguous = rows && rows.value() == count.value();
                if (rows && !m_contiguous) {
                    m_rowCount = static_cast<int>(rows.value());
                }
            }
        }
    }
    endResetModel();
    if (!m_lastError.isEmpty()) {
        emit readFailed(m_lastError);
    }
}

const QList<AuditEvent>* AuditTrailModel::page(int pageIndex) const
{
    if (auto it = m_pages.constFind(pageIndex); it != m_pages.constEnd()) {
        m_recent.removeOne(pageIndex);
        m_recent.append(pageIndex);
        return &*it;
    }
    if (m_workspace == nullptr) {
        return nullptr;
    }
    // Keyset paging where we know where to start (the page before is cached, or rows map to seq); an offset from
    // the nearest cached page otherwise.
    qint64 afterSeq = 0;
    qint64 offset = qint64(pageIndex) * PageSize;
    if (m_contiguous) {
        afterSeq = offset;
        offset = 0;
    } else {
        for (int q = pageIndex - 1; q >= 0; --q) {
            if (auto it = m_pages.constFind(q); it != m_pages.constEnd() && !it->isEmpty()) {
                afterSeq = it->last().seq;
                offset = qint64(pageIndex - q - 1) * PageSize;
                break;
            }
        }
    }
    AuditQuery table(*m_workspace);
    auto events = table.page(m_filter, afterSeq, offset, PageSize);
    if (!events) {
        m_lastError = events.error().message;
        return nullptr;
    }
    while (m_pages.size() >= MaxCachedPages && !m_recent.isEmpty()) {
        m_pages.remove(m_recent.takeFirst());
    }
    m_recent.append(pageIndex);
    return &*m_pages.insert(pageIndex, std::move(events.value()));
}

std::optional<AuditEvent> AuditTrailModel::eventAt(int row) const
{
    if (row < 0 || row >= m_rowCount) {
        return std::nullopt;
    }
    const QList<AuditEvent>* events = page(row / PageSize);
    const int inPage = row % PageSize;
    if (events == nullptr || inPage >= events->size()) {
        return std::nullopt;
    }
    return events->at(inPage);
}

int AuditTrailModel::rowOfSeq(qint64 seq) const
{
    if (m_workspace == nullptr || seq < 1) {
        return -1;
    }
    if (m_contiguous) {
        return seq <= m_rowCount ? static_cast<int>(seq - 1) : -1;
    }
    AuditQuery table(*m_workspace);
    auto matches = table.matches(m_filter, seq);
    if (!matches || !matches.value()) {
        return -1;
    }
    auto before = table.countBefore(m_filter, seq);
    return before ? static_cast<int>(before.value()) : -1;
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole)) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == SeqColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    const auto event = eventAt(index.row());
    if (!event) {
        return {};
    }
    switch (index.column()) {
    case SeqColumn:
        return role == Qt::DisplayRole ? QVariant(event->seq) : QVariant();
    case TimeColumn: {
        if (role == Qt::ToolTipRole) {
            return tr("%1 UTC").arg(UtcTime::formatMsString(event->timeMs));
        }
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(event->timeMs).toLocalTime();
        return QLocale().toString(local, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    // Text from the trail is shown with line breaks, other controls and bidirectional overrides as escapes: one
    // row never looks like two, and nothing is reordered for the reader (as the CLI's log shows it).
    case ActorColumn:
        return DisplayText::escaped(event->actor);
    case ActionColumn:
        return role == Qt::ToolTipRole ? DisplayText::escaped(event->action) : actionName(event->action);
    case EntityColumn:
        return DisplayText::escaped(event->entityId.isEmpty() ? event->entityType
                                                              : event->entityType + u' ' + event->entityId);
    case ReasonColumn:
        return DisplayText::escaped(event->reason);
    }
    return {};
}

QString AuditTrailModel::actionName(const QString& action)
{
    const std::optional<AuditAction> known = enumFromName<AuditAction>(action);
    return known ? displayNameOf(*known) : DisplayText::escaped(action);
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SeqColumn:
        return tr("Seq");
    case TimeColumn:
        return tr("Time (local)");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Entity");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace cs::ui
