#pragma once

#include "audit/AuditExcerpt.h"
#include "records/AuditEvent.h"
#include "records/ModelRecords.h"
#include "signing/SignatureVerifier.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QPageSize>

#include <memory>

class QTextDocument;

namespace cs {
class Workspace;
}

namespace cs::reports {

/// Everything the change-control package of one request prints, read from frozen records (never recomputed): the
/// request as `cr show --json` gives it (content, revisions, moves, the evidence with its SHA-256), every signature
/// on it checked now, the model, and the workspace's identity.
struct PackageContent
{
    QJsonObject request;
    QList<SignatureCheck> signatures;
    Model model;
    QString workspaceName;
    QString workspaceId;
    bool demo = false;
    /// The audit-trail excerpt, made at export against the checkpoint the export carries (packageExcerpt).
    std::optional<AuditExcerpt> excerpt;
};

/// Reads the package of request `id`; the request must have evidence (evaluated or later).
Result<PackageContent> gatherPackage(Workspace& workspace, const QString& id);

/// Whether `event` is about the package's request or what it changes: the request itself (its creation, moves and
/// exports), every signature on it, the model, the candidate, baseline and originally cleared versions with their
/// evidence and prediction sets, and the datasets the evidence was computed on.
bool packageConcerns(const PackageContent& content, const AuditEvent& event);

/// The audit-trail excerpt of the package: every event packageConcerns() picks among those `checkpoint` covers, each
/// with its inclusion proof, and the checkpoint with the workspace's verifier key (AuditQuery::excerpt).
Result<AuditExcerpt> packageExcerpt(Workspace& workspace, const PackageContent& content, const Checkpoint& checkpoint);

/// One digest the package prints in its appendix and carries in its manifest: a stable key ("revision/2/evidence",
/// "dataset/validation/v4/predictions", "signature/7/manifest"), its label on paper, and the SHA-256 in hex.
struct PackageDigest
{
    QString key;
    QString label;
    QString sha256;
};

/// The digests of the records a package is made from: every revision's content, plan and evidence, every dataset's
/// imported files and data contracts (as frozen with the evidence) and stored predictions, every signature's manifest.
QList<PackageDigest> packageDigests(const PackageContent& content);

/// The "format" of the manifest a signed package carries.
inline constexpr char kPackageManifestFormat[] = "countersign.package-manifest/1";

/// The machine-readable manifest the signed PDF carries (JSON: format, workspace_id, request_id, digests by key, and
/// the audit-trail excerpt as audit_excerpt), so that `package verify` can check the excerpt and, with the workspace,
/// hold every printed digest against the records.
QByteArray packageManifest(const PackageContent& content);

/// Who exports the package, when, and on what paper.
struct PackageExport
{
    QString exporterName; ///< printed on the cover with the time
    qint64 exportedAtMs = 0;
    QPageSize::PageSizeId paper = QPageSize::A4;
};

/// The package's text with its charts (vector drawings of ValidationCharts, the window's chart code), laid out for
/// `paper`: cover with the signature manifestation, summary, what changed (code, configuration, parameters, metrics,
/// artifacts and data digests), data (each dataset's lock, files, digests and contracts), validation per dataset
/// (against the baseline and the originally cleared version), risk-benefit analysis and rollback plan, approval
/// record with the audit-trail excerpt, appendix of digests.
std::unique_ptr<QTextDocument> packageDocument(const PackageContent& content, const PackageExport& how);

/// The package as an unsigned PDF/A-1b file: every page headed with the request and footed with "page X of Y" (and
/// "Demo workspace" on a demo's package).
Result<QByteArray> packagePdf(const PackageContent& content, const PackageExport& how);

} // namespace cs::reports
