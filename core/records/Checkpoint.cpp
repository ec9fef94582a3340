#include "Checkpoint.h"

#include "util/Base64.h"
#include "util/UtcTime.h"

#include <QCoreApplication>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::Checkpoint)
};
} // namespace

QString Checkpoint::originFor(const QString& workspaceId)
{
    return QStringLiteral("countersign/") + workspaceId;
}

QByteArray Checkpoint::body() const
{
    return origin.toUtf8() + '\n' + QByteArray::number(size) + '\n' + rootHash.toBase64() + '\n' + "chain-head " +
        chainHead.toBase64() + '\n' + "signed-at " + UtcTime::formatMs(signedAtMs) + '\n';
}

Result<Checkpoint> Checkpoint::parseBody(const QByteArray& text, const QString& source)
{
    const QList<QByteArray> lines = text.chopped(text.endsWith('\n') ? 1 : 0).split('\n');
    const auto bad = [&](const QString& what) {
        return Error(ErrorCode::Corrupt, Tr::tr("%1: not a Countersign checkpoint (%2)").arg(source, what));
    };
    if (lines.size() < 5) {
        return bad(Tr::tr("expected origin, size, root hash, chain-head and signed-at lines"));
    }
    Checkpoint cp;
    cp.origin = QString::fromUtf8(lines[0]);
    bool ok = false;
    cp.size = lines[1].toLongLong(&ok);
    if (!ok || cp.size < 0 || QByteArray::number(cp.size) != lines[1]) {
        return bad(Tr::tr("bad tree size \"%1\"").arg(QString::fromUtf8(lines[1])));
    }
    const auto root = Base64::decodeExact(lines[2]);
    if (!root || root->size() != 32) {
        return bad(Tr::tr("bad root hash"));
    }
    cp.rootHash = *root;
    for (qsizetype i = 3; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        if ((line.startsWith("chain-head ") && !cp.chainHead.isEmpty()) ||
            (line.startsWith("signed-at ") && cp.signedAtMs != 0)) {
            return bad(Tr::tr("line %1 repeats an earlier line's field").arg(i + 1));
        }
        if (line.startsWith("chain-head ")) {
            const auto head = Base64::decodeExact(line.mid(11));
            if (!head || head->size() != 32) {
                return bad(Tr::tr("bad chain-head line"));
            }
            cp.chainHead = *head;
        } else if (line.startsWith("signed-at ")) {
            const auto ms = UtcTime::parseMs(QString::fromLatin1(line.mid(10)));
            if (!ms) {
                return bad(Tr::tr("bad signed-at line"));
            }
            cp.signedAtMs = *ms;
        }
    }
    if (cp.chainHead.isEmpty()) {
        return bad(Tr::tr("no chain-head line"));
    }
    return cp;
}

} // namespace cs
