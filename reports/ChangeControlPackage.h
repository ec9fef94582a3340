#pragma once

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
};

/// Reads the package of request `id`; the request must have evidence (evaluated or later).
Result<PackageContent> gatherPackage(Workspace& workspace, const QString& id);

/// Who exports the package, when, and on what paper.
struct PackageExport
{
    QString exporterName; ///< printed on the cover with the time
    qint64 exportedAtMs = 0;
    QPageSize::PageSizeId paper = QPageSize::A4;
};

/// The package's text with its charts (vector drawings of ValidationCharts, the window's chart code), laid out for
/// `paper`: cover with the signature manifestation, summary, validation per dataset, risk-benefit analysis and
/// rollback plan, approval record, appendix of digests.
std::unique_ptr<QTextDocument> packageDocument(const PackageContent& content, const PackageExport& how);

/// The package as an unsigned PDF/A-1b file: every page headed with the request and footed with "page X of Y" (and
/// "Demo workspace" on a demo's package).
Result<QByteArray> packagePdf(const PackageContent& content, const PackageExport& how);

} // namespace cs::reports
