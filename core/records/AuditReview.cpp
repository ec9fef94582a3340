#include "AuditReview.h"

#include "util/UtcTime.h"

namespace cs {

QJsonObject AuditReview::toJson() const
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("from_seq"), fromSeq},
        {QStringLiteral("to_seq"), toSeq},
        {QStringLiteral("chain_head"), QString::fromLatin1(chainHead.toHex())},
        {QStringLiteral("finding"), finding},
        {QStringLiteral("reviewer"), reviewer},
        {QStringLiteral("reviewed_at"), UtcTime::formatMsString(reviewedAtMs)},
    };
}

} // namespace cs
