#pragma once

#include "audit/VerificationReport.h"
#include "util/Result.h"

#include <functional>

namespace cs {

class Database;

/// Recomputes the digests of the evidence kept beside the audit trail and compares each with the one its audit event
/// recorded (the event is protected by the hash chain; the evidence rows only by triggers, which a person with the
/// file can drop and recreate): every model version's evidence JSON, the samples each dataset file added, and the
/// scores of every prediction set. A mismatch is an EvidenceAltered finding naming the record and its event.
class EvidenceCheck
{
public:
    /// Appends findings to `report`. `cancelled` is polled between records.
    static Status run(Database& db, VerificationReport& report, const std::function<bool()>& cancelled = {});
};

} // namespace cs
