#include "ExportPackage.h"

#include "ChangeControlPackage.h"
#include "PdfSigner.h"
#include "commands/ExportCommands.h"
#include "records/User.h"
#include "util/AtomicFile.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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
    AtomicFile::Staged file(request.outPath);
    if (auto opened = file.open(); !opened) {
        return opened.error();
    }
    // The export writes (or reuses) a checkpoint in its own transaction and proves the excerpt against it.
    auto key = workspace.checkpointKey();
    if (!key) {
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
        request.credentials, file.device(),
        [&workspace, &package, paper, id](QIODevice& out, const SigningCredentials& credentials, const User& signer,
                                          qint64 nowMs, const std::optional<Checkpoint>& checkpoint,
                                          const std::function<Status()>& stepDone) -> Status {
            PackageContent withExcerpt = package;
            auto excerpt = packageExcerpt(workspace, package, checkpoint.value());
            if (!excerpt) {
                return excerpt.error();
            }
            if (auto going = stepDone(); !going) {
                return going;
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
            if (auto going = stepDone(); !going) {
                return going;
            }
            if (out.write(pdf.value()) != pdf->size()) {
                return Error(ErrorCode::Io, Tr::tr("the package could not be written: %1").arg(out.errorString()));
            }
            PdfSigner::Options options;
            options.name = signer.fullName;
            options.reason = Tr::tr("Exported by %1 as the change-control package of %2").arg(signer.fullName, id);
            options.signingTimeMs = nowMs;
            options.manifest = packageManifest(withExcerpt);
            return PdfSigner::signFile(out, credentials, options);
        },
        2);
    command.carryCheckpoint(key.value(), workspace.publicKey());
    if (auto run = workspace.execute(command, request.progress); !run) {
        return run.error();
    }
    if (auto committed = file.commit(AtomicFile::ordinaryPermissions()); !committed) {
        return Error(ErrorCode::Io,
                     Tr::tr("the export of %1 was recorded (SHA-256 %2) but %3")
                         .arg(id, command.sha256(), committed.error().message));
    }
    return ExportedFile {request.outPath, command.sha256(), command.bytes()};
}

} // namespace cs::reports
