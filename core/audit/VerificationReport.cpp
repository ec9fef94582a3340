#include "VerificationReport.h"

#include <QCoreApplication>
#include <QLocale>

namespace cs {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cs::VerificationReport", text);
}
} // namespace

QString findingKindName(Finding::Kind kind)
{
    switch (kind) {
    case Finding::Kind::EventAltered:
        return QStringLiteral("event-altered");
    case Finding::Kind::ChainBroken:
        return QStringLiteral("chain-broken");
    case Finding::Kind::EventsMissing:
        return QStringLiteral("events-missing");
    case Finding::Kind::CheckpointMismatch:
        return QStringLiteral("checkpoint-mismatch");
    case Finding::Kind::LogTruncated:
        return QStringLiteral("log-truncated");
    case Finding::Kind::CheckpointInvalid:
        return QStringLiteral("checkpoint-invalid");
    case Finding::Kind::ForeignCheckpoint:
        return QStringLiteral("foreign-checkpoint");
    case Finding::Kind::ProtectionRemoved:
        return QStringLiteral("protection-removed");
    case Finding::Kind::KeyReplaced:
        return QStringLiteral("key-replaced");
    case Finding::Kind::EvidenceAltered:
        return QStringLiteral("evidence-altered");
    }
    return QStringLiteral("unknown");
}

qint64 VerificationReport::firstBadSeq() const
{
    qint64 first = 0;
    for (const Finding& f : findings) {
        if (f.seq > 0 && (first == 0 || f.seq < first)) {
            first = f.seq;
        }
    }
    return first;
}

QString VerificationReport::summary() const
{
    const QLocale c = QLocale::c();
    if (intact()) {
        QString text = tr("Audit trail intact: %1 events verified, chain head %2")
                           .arg(c.toString(eventCount), QString::fromLatin1(chainHead.toHex().left(16)));
        if (checkpointsChecked + checkpointFilesChecked > 0) {
            text += tr(", %1 checkpoints consistent").arg(checkpointsChecked + checkpointFilesChecked);
        }
        return text + u'.';
    }
    const qint64 first = firstBadSeq();
    const Finding* headline = &findings.first();
    for (const Finding& f : findings) {
        if (f.seq == first && first > 0) {
            headline = &f;
            break;
        }
    }
    QString text = first > 0 ? tr("Audit trail BROKEN at event %1: %2").arg(first).arg(headline->message)
                             : tr("Audit trail BROKEN: %1").arg(headline->message);
    if (findings.size() > 1) {
        text += tr(" (%1 findings in all)").arg(findings.size());
    }
    return text;
}

} // namespace cs
