#pragma once

#include "pki/Certificate.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QPageSize>
#include <QString>

namespace cs {
class Workspace;
}

namespace cs::reports {

/// What exporting a change-control package needs: the request, where to write it, the paper, and the exporter's
/// credentials (Signing::open: re-authenticated, PKCS#12 file opened).
struct ExportPackageRequest
{
    QString requestId;
    QString outPath;
    QPageSize::PageSizeId paper = QPageSize::A4;
    SigningCredentials credentials;
    /// Told each step of the export; may cancel it (nothing is then written or recorded).
    Progress progress;
};

struct ExportedFile
{
    QString path;
    QString sha256;
    qint64 bytes = 0;
};

/// Exports the package of a request: gathers it (gatherPackage), renders it (packagePdf), signs it with the signed-in
/// person's credentials (PdfSigner, through ExportSignedDocumentCommand, which records the export with the file's
/// SHA-256 in the audit trail) and writes the file atomically. An existing file is replaced only when everything
/// succeeded; on any failure nothing is written.
Result<ExportedFile> exportPackage(Workspace& workspace, const ExportPackageRequest& request);

} // namespace cs::reports
