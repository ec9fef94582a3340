#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace cs {

/// A recorded review of a range of the audit trail (EU Annex 11 §9): who reviewed which events, when, with what
/// finding. It pins the chain head of the last reviewed event, so a later change in the range is evident.
/// Reviews are immutable once recorded; a later issue lets an auditor sign them.
struct AuditReview
{
    qint64 id = 0;
    qint64 fromSeq = 0;
    qint64 toSeq = 0;
    QByteArray chainHead; ///< chain hash of event toSeq, 32 bytes
    QString finding;
    QString reviewer;
    qint64 reviewedAtMs = 0;

    /// The record's content as stored in its audit event (and, later, as signed).
    QJsonObject toJson() const;
};

} // namespace cs
