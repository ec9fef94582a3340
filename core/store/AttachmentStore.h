#pragma once

#include "records/EvidenceAttachment.h"
#include "store/CoreInternal.h"
#include "store/Database.h"
#include "store/WriteAccess.h"

#include <QList>

namespace cs {

/// version_attachment and dataset_attachment: one table per owner, the same columns and the same code.
class AttachmentStore
{
public:
    enum class Owner
    {
        ModelVersion,
        Dataset
    };

    AttachmentStore(Database& db, Owner owner)
        : m_db(db)
        , m_owner(owner)
    { }
    Result<qint64> insert(const WriteAccess& write, const EvidenceAttachment& attachment);
    Result<QList<EvidenceAttachment>> list(qint64 ownerId);

private:
    Database& m_db;
    Owner m_owner;
};

} // namespace cs
