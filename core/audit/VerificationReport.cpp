#include "VerificationReport.h"

#include <QCoreApplication>
#include <QLocale>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::VerificationReport)
};
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
        QString text = Tr::tr("Audit trail intact: %1 events verified, chain head %2")
                           .arg(c.toString(eventCount), QString::fromLatin1(chainHead.toHex().left(16)));
        if (checkpointsChecked + checkpointFilesChecked > 0) {
            text += Tr::tr(", %1 checkpoints consistent").arg(checkpointsChecked + checkpointFilesChecked);
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
    QString text = first > 0 ? Tr::tr("Audit trail BROKEN at event %1: %2").arg(first).arg(headline->message)
                             : Tr::tr("Audit trail BROKEN: %1").arg(headline->message);
    if (findings.size() > 1) {
        text += Tr::tr(" (%1 findings in all)").arg(findings.size());
    }
    return text;
}

} // namespace cs
