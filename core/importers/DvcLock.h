#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cs {

/// A dependency or output of a DVC stage as dvc.lock records it.
struct DvcFile
{
    QString path;
    QString hashName; ///< "md5" (the hash algorithm DVC names)
    QString hash; ///< the digest; ".dir" suffix for directories
    qint64 size = -1; ///< -1 when not recorded
    qint64 nfiles = -1; ///< directories only
};

struct DvcStage
{
    QString name;
    QString cmd;
    QList<DvcFile> deps;
    QList<DvcFile> outs;
    QJsonObject params; ///< file -> {key: value}
};

/// A parsed `dvc.lock` (schema "2.0"): the data lineage of a training pipeline.
struct DvcLock
{
    QString schema;
    QList<DvcStage> stages;

    /// Parses `path`. Every problem names the file, and the line for YAML errors, the stage and the field otherwise.
    static Result<DvcLock> read(const QString& path);
    static Result<DvcLock> parse(const QByteArray& text, const QString& source);
    QJsonObject toJson() const;
};

} // namespace cs
