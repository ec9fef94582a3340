#pragma once

#include "pki/Certificate.h"
#include "util/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

/// A PAdES baseline signature on a PDF as an incremental update (ISO 32000-1 12.8, ETSI EN 319 142-1): the original
/// bytes stay as they are, and an update appends an invisible signature field on the first page, the form that holds
/// it, and the signature dictionary whose /Contents is a detached CMS (SHA-256, CAdES signing-certificate-v2, the
/// signer's chain included) over every byte of the file but /Contents itself (/ByteRange).
///
/// It reads what QPdfWriter writes (one classic cross-reference table, the catalog and pages as plain
/// dictionaries); anything else is refused with the reason, never signed half-way.
namespace cs::reports::PdfSigner {

struct Options
{
    QString name; ///< /Name: the signer's printed name
    QString reason; ///< /Reason: what the signature means
    QString location; ///< /Location (may be empty)
    qint64 signingTimeMs = 0; ///< /M, in UTC
    int contentsBytes = 16384; ///< room reserved for the DER CMS
    /// When not empty: a stream the update adds, named from the catalog by kManifestKey (signed with the rest), so
    /// that a verifier can read what the document is made from without parsing its pages.
    QByteArray manifest;
};

/// The catalog key (a second-class name, ISO 32000-1 annex E) of the manifest stream.
inline constexpr char kManifestKey[] = "/CS_PackageManifest";

/// The signed PDF: `pdf` followed by the update.
Result<QByteArray> sign(const QByteArray& pdf, const SigningCredentials& credentials, const Options& options);

/// Signs the PDF `file` holds (open for reading and writing) in place: the update is appended and the CMS is made
/// over the file's byte ranges read back piece by piece, so a large document is never held in memory. On an error
/// the file may hold part of an update: write it through a QSaveFile and cancel it.
Status signFile(QIODevice& file, const SigningCredentials& credentials, const Options& options);

} // namespace cs::reports::PdfSigner
