#pragma once

#include "pccp/PccpRecord.h"
#include "records/Meaning.h"
#include "store/CoreInternal.h"
#include "util/Result.h"

#include <optional>

namespace cs {

class Database;

/// Which PCCP version is in force, and where every other stands (docs/pccp.md): a version is in force once regulatory
/// affairs signed it "authored" and a QA officer other than its author "approved"; the newest such version is the
/// one in force, older approved ones are superseded, and unapproved ones older than it have lapsed.
namespace PccpStandings {
/// The signatures a version needs to be in force, as the "pccp" signature policy requires them (signing/
/// SignaturePolicy.cpp; test_pccp holds the two to each other).
const QList<Meaning>& requiredMeanings();
/// Every version of the model's PCCP, newest first.
Result<QList<PccpStanding>> ofModel(Database& db, const QString& model);
/// Every version of every model's PCCP, by model, newest first.
Result<QList<PccpStanding>> all(Database& db);
/// The version in force for the model, if any.
Result<std::optional<PccpRecord>> inForce(Database& db, const QString& model);
} // namespace PccpStandings

} // namespace cs
