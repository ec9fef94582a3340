#pragma once

#include "ExportPackage.h"
#include "pki/Certificate.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QPageSize>
#include <QString>

namespace cs {
class Workspace;
}

namespace cs::reports {

/// What exporting a PCCP as a signed document needs: the model, the version (0: the one in force, else the newest),
/// where to write it, the paper, and the exporter's credentials.
struct PccpExportRequest
{
    QString model;
    int version = 0;
    QString outPath;
    QPageSize::PageSizeId paper = QPageSize::A4;
    SigningCredentials credentials;
    /// Told each step of the export; may cancel it (nothing is then written or recorded).
    Progress progress;
};

/// The "format" of the manifest a signed PCCP document carries.
inline constexpr char kPccpManifestFormat[] = "countersign.pccp-manifest/1";

/// Exports a model's PCCP as a PDF/A-1b document signed by the exporter (PAdES), in the structure of FDA's guidance
/// for AI-enabled device software functions: the description of modifications, the modification protocol of each
/// (data management, re-training, performance evaluation with its acceptance criteria in words, update procedures),
/// the impact assessment, the generated traceability table and the real-world monitoring rules; with the version's
/// status, content SHA-256 and signatures. The manifest carries the content itself (canonical JSON), so the PDF
/// proves which PCCP it shows. Recorded in the audit trail like every export; nothing is written on failure.
Result<ExportedFile> exportPccp(Workspace& workspace, const PccpExportRequest& request);

} // namespace cs::reports
