#pragma once

#include "pccp/PccpRecord.h"
#include "store/CoreInternal.h"
#include "store/Database.h"
#include "store/WriteAccess.h"

#include <QList>

#include <optional>

namespace cs {

/// pccp: every version of every model's PCCP. Append-only.
class PccpTable
{
public:
    explicit PccpTable(Database& db)
        : m_db(db)
    { }
    /// Stores `pccp` (its version, content hash, source, author and time as given); returns the row id.
    Result<qint64> insert(const WriteAccess& write, const PccpRecord& pccp);
    /// Every version of the model's PCCP, newest first.
    Result<QList<PccpRecord>> versions(const QString& model);
    Result<std::optional<PccpRecord>> version(const QString& model, int version);
    /// Every stored version of every model, by model, newest first.
    Result<QList<PccpRecord>> all();

private:
    Result<QList<PccpRecord>> select(const QString& where, const QVariantList& binds);
    Database& m_db;
};

} // namespace cs
