#pragma once

#include "records/Meaning.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace cs {

/// What a person signs (21 CFR 11.50, 11.70): the record (type, id and the SHA-256 of its canonical content), the
/// meaning and the statement attested to, who signed (username, printed name, role), when (UTC), why, and the audit
/// log's size and chain head at that moment. Its RFC 8785 canonical bytes are what the CMS signature covers.
struct SignatureManifest
{
    static inline const QString Format = QStringLiteral("countersign-signature-manifest/1");

    QString workspaceId;
    QString recordType;
    QString recordId;
    QString recordSha256; ///< lower-case hex
    Meaning meaning = Meaning::Reviewed;
    QString statement;
    QString signerUsername;
    QString signerName;
    QString signerRole; ///< role name, e.g. "auditor"
    qint64 signedAtMs = 0;
    QString reason;
    qint64 auditLogSize = 0;
    QString auditChainHead; ///< lower-case hex; empty for an empty log

    QJsonObject toJson() const;
    Result<QByteArray> canonicalBytes() const;
    /// Parses stored manifest bytes, which must be canonical and complete.
    static Result<SignatureManifest> parse(const QByteArray& bytes);
};

} // namespace cs
