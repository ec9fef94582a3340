#pragma once

#include <QString>

#include <optional>

namespace cs {

/// Which audit events to show. Empty fields do not filter. All conditions must hold.
struct AuditFilter
{
    QString text; ///< substring of actor, action, entity, reason, before or after (case-insensitive for ASCII)
    QString actor; ///< exact actor
    QString action; ///< exact action
    std::optional<qint64> fromMs; ///< at or after, UTC ms
    std::optional<qint64> toMs; ///< before, UTC ms (exclusive)

    bool isEmpty() const;
    bool operator==(const AuditFilter&) const = default;
};

} // namespace cs
