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
