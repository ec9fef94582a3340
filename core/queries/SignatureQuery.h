#pragma once

#include "records/StoredSignature.h"
#include "signing/SignableRecords.h"
#include "signing/SignatureVerifier.h"
#include "util/Result.h"

#include <optional>

namespace cs {

class Database;
class Workspace;

/// Reads signatures, verifies them, and loads the records they cover, for the window and the command line.
class SignatureQuery
{
public:
    explicit SignatureQuery(Workspace& workspace);

    /// Every signature with the outcome of verifying it now.
    Result<QList<SignatureCheck>> verifyAll();
    Result<std::optional<StoredSignature>> signature(qint64 id);
    /// Signature `id` with the outcome of verifying it now (a NotFound error when there is none).
    Result<SignatureCheck> verify(qint64 id);
    /// The record `type`:`id` as a signature would cover it now.
    Result<SignableRecord> record(const QString& type, const QString& id);

private:
    Database& m_db;
    QString m_workspaceId;
};

} // namespace cs
