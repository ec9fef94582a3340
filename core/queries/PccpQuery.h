#pragma once

#include "pccp/PccpRecord.h"
#include "util/Result.h"

#include <QJsonObject>

#include <optional>

namespace cs {

class Database;
class Workspace;

/// Read access to the stored PCCPs for the window and the CLI: every version with its signatures and status, and
/// the one in force (docs/pccp.md).
class PccpQuery
{
public:
    explicit PccpQuery(Workspace& workspace);
    /// Every version of every model's PCCP, by model, newest first.
    Result<QList<PccpStanding>> all();
    /// Every version of the model's PCCP, newest first.
    Result<QList<PccpStanding>> ofModel(const QString& model);
    /// Version `version` of the model's PCCP, or (0) the one in force, else the newest.
    Result<std::optional<PccpStanding>> find(const QString& model, int version = 0);

    /// A standing as `pccp show --json` prints it: the version, status, signatures, content and traceability table.
    static QJsonObject toJson(const PccpStanding& standing);

private:
    Database& m_db;
};

} // namespace cs
