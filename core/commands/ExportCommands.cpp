#include "ExportCommands.h"

#include "commands/CommandContext.h"
#include "commands/CreateCheckpointCommand.h"
#include "commands/SignerCheck.h"
#include "crypto/Sha256.h"

#include <QCoreApplication>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ExportCommands)
};
} // namespace

ExportSignedDocumentCommand::ExportSignedDocumentCommand(ExportedDocument document, SigningCredentials credentials,
                                                         QIODevice& out, Sign sign, int signSteps)
    : m_document(std::move(document))
    , m_credentials(std::move(credentials))
    , m_out(out)
    , m_sign(std::move(sign))
    , m_signSteps(signSteps)
{ }

void ExportSignedDocumentCommand::carryCheckpoint(const Ed25519PrivateKey& key, Ed25519PublicKey publicKey)
{
    m_checkpointKey = &key;
    m_checkpointPublicKey = std::move(publicKey);
}

QString ExportSignedDocumentCommand::description() const
{
    return Tr::tr("export the %1 of %2 as %3").arg(m_document.kind, m_document.entityId, m_document.fileName);
}

Status ExportSignedDocumentCommand::apply(CommandContext& ctx)
{
    const User& user = *ctx.user();
    if (auto r = checkSignerCredentials(ctx, user, m_credentials); !r) {
        return r;
    }
    auto fingerprint = m_credentials.certificate.fingerprint();
    if (!fingerprint) {
        return fingerprint.error();
    }
    // Steps: the checkpoint, the document's own (painting), signing and reading it back.
    const qint64 total = m_signSteps + 2;
    qint64 done = 0;
    if (auto going = ctx.step(done, total); !going) {
        return going;
    }
    std::optional<Checkpoint> checkpoint;
    if (m_checkpointKey != nullptr) {
        auto current = CreateCheckpointCommand::current(ctx, *m_checkpointKey, m_checkpointPublicKey);
        if (!current) {
            return current.error();
        }
        checkpoint = current.value();
    }
    if (auto going = ctx.step(++done, total); !going) {
        return going;
    }
    const auto stepDone = [&ctx, &done, total] {
        return ctx.step(std::min(++done, total - 1), total);
    };
    if (auto written = m_sign(m_out, m_credentials, user, ctx.nowMs(), checkpoint, stepDone); !written) {
        return written;
    }
    // The digest of what is in the file, read back from it.
    Sha256 digest;
    if (!m_out.seek(0)) {
        return Error(ErrorCode::Io, Tr::tr("the exported file cannot be read back: %1").arg(m_out.errorString()));
    }
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 n = m_out.read(chunk.data(), chunk.size()); n != 0; n = m_out.read(chunk.data(), chunk.size())) {
        if (n < 0) {
            return Error(ErrorCode::Io, Tr::tr("the exported file cannot be read back: %1").arg(m_out.errorString()));
        }
        digest.add(QByteArrayView(chunk.constData(), n));
    }
    auto hash = digest.finish();
    if (!hash) {
        return hash.error();
    }
    m_bytes = m_out.size();
    m_sha256 = QString::fromLatin1(hash->toHex());
    AuditRecord event;
    event.action = AuditAction::DocumentExported;
    event.change = ChangeKind::Record;
    event.entityType = m_document.entityType;
    event.entityId = m_document.entityId;
    event.after = QJsonObject {{QStringLiteral("kind"), m_document.kind},
                               {QStringLiteral("file"), m_document.fileName},
                               {QStringLiteral("sha256"), m_sha256},
                               {QStringLiteral("bytes"), m_bytes},
                               {QStringLiteral("signer_certificate_sha256"), fingerprint.value()}};
    auto e = ctx.record(event);
    if (!e) {
        return e.error();
    }
    return ctx.step(total, total);
}

} // namespace cs
