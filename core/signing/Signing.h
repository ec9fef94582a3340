#pragma once

#include "signing/SignatureManifest.h"
#include "util/Result.h"

#include <QList>

namespace cs {

class Database;

namespace Signing {
/// The manifests of the signatures a record already has (unreadable ones are skipped: verification reports them).
Result<QList<SignatureManifest>> manifestsFor(Database& db, const QString& recordType, const QString& recordId);
} // namespace Signing

} // namespace cs
