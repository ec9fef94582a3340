#include "StatisticsQuery.h"

#include "workspace/WorkspaceAccess.h"

namespace cs {

StatisticsQuery::StatisticsQuery(Workspace& workspace)
    : m_db(WorkspaceAccess::database(workspace))
{ }

Result<stats::ComparisonData> StatisticsQuery::comparison(const StoredComparisonRequest& request)
{
    return StoredComparison::load(m_db, request);
}

} // namespace cs
