#pragma once

#include "records/AuditEvent.h"
#include "store/CoreInternal.h"
#include "util/Result.h"

namespace cs {

class Database;

/// What a decision checks before it rests on a record (an account's roles and status, the lockout and password
/// settings, a version's state, a dataset's lock, the trust store): that the record's rows are what the latest event
/// that wrote them sealed, and that this event still hashes to its stored leaf and chain hash. Otherwise the
/// workspace was altered outside Countersign and the decision is refused with an Integrity error that says so.
/// Before schema 7 nothing is sealed and nothing is checked (such a workspace is open only while it is upgraded).
namespace RecordCheck {

/// `key` of `kind` (a table of RecordSeals::kinds()). A record that does not exist and was never recorded passes.
Status require(Database& db, const QString& kind, const RecordKey& key);

/// Whether requireAll() also rehashes the events the records rest on.
enum class Events
{
    Check,
    /// Rows against their seals only: for the settings, which every sign-in reads, so that a person can still sign
    /// in and see a trail whose events were damaged (verify names them); a setting row changed outside Countersign
    /// is still refused.
    Skip,
};

/// Every record of `kind`: for small tables whose every row counts, such as the settings and the trust store. A
/// row deleted outside Countersign is found here, where require() on the rows that remain would miss it.
Status requireAll(Database& db, const QString& kind, Events events = Events::Check);

} // namespace RecordCheck

} // namespace cs
