#include "ExportPackage.h"

#include "ChangeControlPackage.h"
#include "PdfSigner.h"
#include "commands/ExportCommands.h"
#include "records/User.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace cs::reports {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::reports::ExportPackage)
};
} // namespace

Result<ExportedFile> exportPackage(Workspace& workspace, const ExportPackageRequest& request)
{
    auto content = gatherPackage(workspace, request.requestId);
    if (!content) {
        return content.error();
    }
    QSaveFile file(request.outPath);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(
            ErrorCode::Io,
            Tr::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(request.outPath), file.errorString()));
    }
    // The export writes (or reuses) a checkpoint in its own transaction and proves the excerpt against it.
    auto key = workspace.checkpointKey();
    if (!key) {
        file.cancelWriting();
        return Error(
            key.error().code,
            Tr::tr("a package carries a signed checkpoint of the audit trail, and %1").arg(key.error().message));
    }
    const PackageContent& package = content.value();
    const QPageSize::PageSizeId paper = request.paper;
    const QString id = request.requestId;
    ExportSignedDocumentCommand command(
        {QStringLiteral("change-control-package"), QStringLiteral("change_request"), id,
         QFileInfo(request.outPath).fileName()},
        request.credentials,
        [&workspace, &package, paper, id](const SigningCredentials& credentials, const User& signer, qint64 nowMs,
                                          const std::optional<Checkpoint>& checkpoint) -> Result<QByteArray> {
            PackageContent withExcerpt = package;
            auto excerpt = packageExcerpt(workspace, package, checkpoint.value());
            if (!excerpt) {
                return excerpt.error();
            }
            withExcerpt.excerpt = excerpt.value();
            PackageExport how;
            how.exporterName = signer.fullName;
            how.exportedAtMs = nowMs;
            how.paper = paper;
            auto pdf = packagePdf(withExcerpt, how);
            if (!pdf) {
                return pdf.error();
            }
            PdfSigner::Options options;
            options.name = signer.fullName;
            options.reason = Tr::tr("Exported by %1 as the change-control package of %2").arg(signer.fullName, id);
            options.signingTimeMs = nowMs;
            options.manifest = packageManifest(withExcerpt);
            return PdfSigner::sign(pdf.value(), credentials, options);
        });
    command.carryCheckpoint(key.value(), workspace.publicKey());
    if (auto run = workspace.execute(command); !run) {
        file.cancelWriting();
        return run.error();
    }
    if (file.write(command.document()) != command.document().size() || !file.commit()) {
        return Error(ErrorCode::Io,
                     Tr::tr("the export of %1 was recorded (SHA-256 %2) but %3 could not be written: %4")
                         .arg(id, command.sha256(), QDir::toNativeSeparators(request.outPath), file.errorString()));
    }
    return ExportedFile {request.outPath, command.sha256(), command.document().size()};
}

} // namespace cs::reports
