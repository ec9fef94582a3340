#pragma once

#include <QJsonObject>
#include <QString>

namespace cs {

/// Evidence attached after an import, to a model version (data lineage from dvc.lock, the git commit) or to a
/// dataset (a Great Expectations validation result). Frozen like all evidence: the same content is never attached
/// twice, different content adds a new attachment and the earlier one stays.
struct EvidenceAttachment
{
    qint64 id = 0;
    qint64 ownerId = 0; ///< the model version's or the dataset's id
    QString kind; ///< "dvc-lock", "git-commit", "great-expectations"
    QString source; ///< the file it was read from
    QJsonObject content;
    QString sha256; ///< of the canonical content
    qint64 attachedAtMs = 0;
    QString attachedBy;
};

} // namespace cs
