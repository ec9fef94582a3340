#pragma once

#include "ExportPackage.h"
#include "pki/Certificate.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QPageSize>
#include <QString>

#include <optional>

namespace cs {
class Workspace;
}

namespace cs::reports {

/// What exporting the inspector's audit report needs: the time range of the events it lists (both ends optional;
/// `toMs` exclusive), where to write it, the paper, and the exporter's credentials.
struct AuditReportRequest
{
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs;
    QString outPath;
    QPageSize::PageSizeId paper = QPageSize::A4;
    SigningCredentials credentials;
    /// Told each step of the export; may cancel it (nothing is then written or recorded).
    Progress progress;
};

/// The "format" of the manifest a signed audit report carries.
inline constexpr char kAuditReportManifestFormat[] = "countersign.audit-report-manifest/1";

/// Exports the audit report: the workspace's identity and verifier key, the verification of the whole trail, the
/// checkpoints (the one the export writes included, its note verbatim), the audit-trail reviews, every signature with
/// its manifestation, the account changes, lockouts and failed sign-ins, the settings changes, and every event of
/// the range with its leaf and chain hash. It is painted page by page (PageStream) into a staged file and signed in
/// place (PdfSigner::signFile), so its memory does not grow with the number of events; the export is recorded like a
/// package's.
Result<ExportedFile> exportAuditReport(Workspace& workspace, const AuditReportRequest& request);

} // namespace cs::reports
