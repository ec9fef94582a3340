#pragma once

#include "pki/Certificate.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cs {
class Workspace;
}

/// Verifies a signed change-control package without trusting anything in it but the mathematics: the PDF signature
/// (its byte range, the CMS over those bytes, the signer's chain to a CA the verifier names), that nothing was
/// appended after signing, the manifest it carries, and with the workspace, that the export is recorded and every
/// digest the package prints is the one in the records. `package verify` and File > Verify a Package… show it.
namespace cs::reports {

/// One check, in the order they run.
struct PackageCheck
{
    QString name; ///< what is checked ("Signed bytes", "Certificate chain", ...)
    bool passed = false;
    QString detail; ///< what was found, in words
};

struct PackageVerification
{
    QString fileSha256; ///< of the whole file as read
    qint64 fileBytes = 0;
    qint64 signedBytes = 0; ///< where the signed range ends (the file's length when nothing was appended)
    QString signedSha256; ///< of the bytes up to signedBytes: what the export recorded in the audit trail
    QString signerSubject;
    QString signerIssuer;
    QString signerFingerprint;
    QByteArray signerDer; ///< the signer's certificate as the CMS carries it
    QString signerName; ///< the signature dictionary's /Name
    QString reason; ///< its /Reason
    qint64 signingTimeMs = 0; ///< the CMS signing time (or /M when the CMS has none)
    QJsonObject manifest; ///< as the package carries it (empty when it carries none)
    qint64 excerptEvents = 0; ///< events in the audit-trail excerpt, once it verified
    qint64 checkpointSize = 0; ///< events the excerpt's checkpoint covers, once it verified
    QString verifierKey; ///< the key the excerpt's checkpoint is signed with (compare it with the workspace's)
    QList<PackageCheck> checks;

    /// Every check passed (and there was at least one).
    bool valid() const;
    /// Whether the signed manifest says the file is an inspector's audit report (not a change-control package).
    bool isAuditReport() const;
    /// Whether it is a PCCP document (pccp export).
    bool isPccpDocument() const;
    /// "the package", "the audit report" or "the PCCP document", for the verifier's sentences.
    QString documentName() const;
    /// "The package is valid." / "The audit report is NOT valid: <finding>", as the CLI and the window conclude.
    QString conclusion() const;
    /// The first failed check as one line, or empty.
    QString finding() const;
    QJsonObject toJson() const;
};

struct PackageVerifyOptions
{
    QList<Certificate> trustAnchors; ///< the CAs to trust (--ca); the workspace's trust store is added to them
    Workspace* workspace = nullptr; ///< when given: the export recorded, the digests as in the records
};

/// Verifies `pdf`. An error only when the bytes are not a PDF at all (unreadable); every finding about a PDF, down to
/// one without a signature, is a failed check in the result.
Result<PackageVerification> verifyPackage(const QByteArray& pdf, const PackageVerifyOptions& options);

} // namespace cs::reports
