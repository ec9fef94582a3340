#pragma once

#include <QByteArray>
#include <QString>

namespace cs {

/// An electronic signature as stored: the canonical manifest that was signed, the detached CMS SignedData over it,
/// and the signer's certificate (DER). The other columns repeat manifest fields for lookup only; verification
/// trusts the manifest and checks the columns against it.
struct StoredSignature
{
    qint64 id = 0;
    QString recordType;
    QString recordId;
    QString meaning;
    QString signer;
    qint64 signedAtMs = 0;
    QByteArray manifest;
    QByteArray cms;
    QByteArray certificate;
};

} // namespace cs
