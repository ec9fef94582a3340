#include "AuditExcerpt.h"

#include "audit/AuditEventCodec.h"
#include "audit/MerkleTree.h"
#include "audit/SignedNote.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::AuditExcerpt)
};

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

/// 32 bytes from 64 lowercase or uppercase hex digits, or nothing.
std::optional<QByteArray> hash32(const QJsonValue& value)
{
    const QString text = value.toString();
    if (text.size() != 64 || !std::all_of(text.begin(), text.end(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        })) {
        return std::nullopt;
    }
    return QByteArray::fromHex(text.toLatin1());
}
} // namespace

QJsonObject AuditExcerpt::toJson() const
{
    QJsonArray list;
    for (const Entry& e : events) {
        QJsonArray proof;
        for (const QByteArray& p : e.proof) {
            proof.append(hex(p));
        }
        list.append(QJsonObject {{QStringLiteral("seq"), e.seq},
                                 {QStringLiteral("event"), QString::fromUtf8(e.canonical)},
                                 {QStringLiteral("leaf_hash"), hex(e.leafHash)},
                                 {QStringLiteral("proof"), proof}});
    }
    return {{QStringLiteral("format"), QLatin1String(kFormat)},
            {QStringLiteral("checkpoint"), QString::fromUtf8(checkpointNote)},
            {QStringLiteral("verifier_key"), verifierKey},
            {QStringLiteral("events"), list}};
}

Result<AuditExcerpt> AuditExcerpt::fromJson(const QJsonObject& json, const QString& source)
{
    const auto bad = [&source](const QString& what) {
        return Error(ErrorCode::Corrupt, Tr::tr("%1: the audit-trail excerpt %2").arg(source, what));
    };
    if (json[u"format"].toString() != QLatin1String(kFormat)) {
        return bad(Tr::tr("is not in the format %1").arg(QLatin1String(kFormat)));
    }
    AuditExcerpt excerpt;
    if (!json[u"checkpoint"].isString() || !json[u"verifier_key"].isString() || !json[u"events"].isArray()) {
        return bad(Tr::tr("lacks its checkpoint, verifier_key or events"));
    }
    excerpt.checkpointNote = json[u"checkpoint"].toString().toUtf8();
    excerpt.verifierKey = json[u"verifier_key"].toString();
    const QJsonArray events = json[u"events"].toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject e = events[i].toObject();
        Entry entry;
        entry.seq = e[u"seq"].toInteger();
        const auto leaf = hash32(e[u"leaf_hash"]);
        if (entry.seq < 1 || !e[u"event"].isString() || !leaf || !e[u"proof"].isArray()) {
            return bad(Tr::tr("event %1 (entry %2) lacks a positive seq, its event text, a 64-digit leaf_hash or its "
                              "proof")
                           .arg(entry.seq)
                           .arg(i + 1));
        }
        entry.canonical = e[u"event"].toString().toUtf8();
        entry.leafHash = *leaf;
        for (const QJsonValue& p : e[u"proof"].toArray()) {
            const auto step = hash32(p);
            if (!step) {
                return bad(Tr::tr("event %1 has a proof step that is not 64 hex digits").arg(entry.seq));
            }
            entry.proof.append(*step);
        }
        excerpt.events.append(std::move(entry));
    }
    return excerpt;
}

Result<AuditExcerpt::Verified> AuditExcerpt::verify(const QString& source) const
{
    auto key = SignedNote::parseVerifierKey(verifierKey);
    if (!key) {
        return Error(ErrorCode::Corrupt, Tr::tr("%1: the excerpt's verifier key: %2").arg(source, key.error().message));
    }
    auto text = SignedNote::open(checkpointNote, key->keyName, key->key, source);
    if (!text) {
        return Error(ErrorCode::Integrity,
                     Tr::tr("%1: the excerpt's checkpoint is not signed by its verifier key: %2")
                         .arg(source, text.error().message));
    }
    auto checkpoint = Checkpoint::parseBody(text.value(), source);
    if (!checkpoint) {
        return checkpoint.error();
    }
    if (checkpoint->origin != key->keyName) {
        return Error(ErrorCode::Integrity,
                     Tr::tr("%1: the checkpoint's origin %2 is not its key's name %3")
                         .arg(source, checkpoint->origin, key->keyName));
    }
    const QString workspaceId = checkpoint->origin.section(u'/', 1);
    qint64 previous = 0;
    for (const Entry& e : events) {
        const auto refuse = [&](const QString& what) {
            return Error(ErrorCode::Integrity,
                         Tr::tr("%1: event %2 of the excerpt %3").arg(source).arg(e.seq).arg(what));
        };
        if (e.seq <= previous) {
            return refuse(Tr::tr("is not after event %1: the excerpt must list events once, in order").arg(previous));
        }
        previous = e.seq;
        auto leaf = AuditEventCodec::leafHash(e.canonical);
        if (!leaf) {
            return leaf.error();
        }
        if (leaf.value() != e.leafHash) {
            return refuse(Tr::tr("does not hash to its leaf hash (its text was changed): %1, not %2")
                              .arg(hex(leaf.value()), hex(e.leafHash)));
        }
        const QJsonObject event = QJsonDocument::fromJson(e.canonical).object();
        if (event[u"seq"].toInteger() != e.seq || event[u"workspace"].toString() != workspaceId) {
            return refuse(Tr::tr("says it is event %1 of workspace %2, not event %3 of %4")
                              .arg(event[u"seq"].toInteger())
                              .arg(event[u"workspace"].toString())
                              .arg(e.seq)
                              .arg(workspaceId));
        }
        if (e.seq > checkpoint->size) {
            return refuse(Tr::tr("is after the checkpoint, which covers events 1 to %1").arg(checkpoint->size));
        }
        if (auto proved =
                MerkleTree::verifyInclusion(e.leafHash, e.seq - 1, checkpoint->size, e.proof, checkpoint->rootHash);
            !proved) {
            return refuse(proved.error().message);
        }
    }
    return Verified {checkpoint.value(), qint64(events.size())};
}

} // namespace cs
