#include "SignedNote.h"

#include "crypto/Sha256.h"
#include "util/Base64.h"

#include <QCoreApplication>
#include <QtEndian>

namespace cs::SignedNote {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::SignedNote)
};

const QByteArray kDash = QByteArrayLiteral("\xe2\x80\x94 "); // U+2014 EM DASH, then a space
constexpr qsizetype kMaxNoteSize = 1 << 20;
constexpr int kMaxSignatures = 100;

bool validKeyName(const QString& name)
{
    if (name.isEmpty()) {
        return false;
    }
    for (const QChar c : name) {
        if (c.isSpace() || c == u'+' || c.unicode() < 0x20) {
            return false;
        }
    }
    return true;
}

bool hasForbiddenControl(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n') {
            return true;
        }
    }
    return false;
}
} // namespace

Result<quint32> ed25519KeyId(const QString& keyName, const Ed25519PublicKey& key)
{
    Sha256 h;
    h.add(keyName.toUtf8());
    h.add('\n');
    h.add('\x01');
    h.add(key.raw());
    auto digest = h.finish();
    if (!digest) {
        return digest.error();
    }
    return qFromBigEndian<quint32>(digest->constData());
}

Result<QString> verifierKey(const QString& keyName, const Ed25519PublicKey& key)
{
    auto id = ed25519KeyId(keyName, key);
    if (!id) {
        return id.error();
    }
    const QByteArray typed = QByteArray(1, '\x01') + key.raw();
    return QString(keyName + u'+' + QStringLiteral("%1").arg(id.value(), 8, 16, QLatin1Char('0')) + u'+' +
                   QString::fromLatin1(typed.toBase64()));
}

Result<VerifierKey> parseVerifierKey(const QString& text)
{
    const qsizetype first = text.indexOf(u'+');
    const qsizetype second = first < 0 ? -1 : text.indexOf(u'+', first + 1);
    if (first <= 0 || second < 0) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("verifier key must read <name>+<key id>+<key>"));
    }
    const QString name = text.left(first);
    const QString idHex = text.mid(first + 1, second - first - 1);
    const auto decoded = Base64::decodeExact(text.mid(second + 1).toUtf8());
    if (!decoded || decoded->size() != 33 || decoded->at(0) != '\x01') {
        return Error(ErrorCode::InvalidArgument, Tr::tr("verifier key does not hold an Ed25519 public key"));
    }
    auto key = Ed25519PublicKey::fromRaw(decoded->mid(1));
    if (!key) {
        return key.error();
    }
    bool ok = false;
    const quint32 id = idHex.toUInt(&ok, 16);
    auto expected = ed25519KeyId(name, key.value());
    if (!expected) {
        return expected.error();
    }
    if (!ok || idHex.size() != 8 || id != expected.value()) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("verifier key id does not match its name and key"));
    }
    // One key, one spelling: the id in lower-case hex, as C2SP writes it.
    if (idHex != QStringLiteral("%1").arg(id, 8, 16, QLatin1Char('0'))) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("verifier key id must be 8 lower-case hex digits"));
    }
    return VerifierKey {name, key.value()};
}

Result<QByteArray> sign(const QByteArray& text, const QString& keyName, const Ed25519PrivateKey& key)
{
    if (!validKeyName(keyName)) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("invalid note key name \"%1\"").arg(keyName));
    }
    if (text.isEmpty() || !text.endsWith('\n') || text.contains("\n\n") || hasForbiddenControl(text)) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("note text must end in a newline and hold no blank lines or control characters"));
    }
    const QByteArray signature = key.sign(text);
    if (signature.size() != 64) {
        return Error(ErrorCode::Crypto, Tr::tr("Ed25519 signing failed"));
    }
    auto id = ed25519KeyId(keyName, key.publicKey());
    if (!id) {
        return id.error();
    }
    QByteArray blob(4, Qt::Uninitialized);
    qToBigEndian(id.value(), blob.data());
    blob += signature;
    return QByteArray(text + '\n' + kDash + keyName.toUtf8() + ' ' + blob.toBase64() + '\n');
}

Result<Note> parse(const QByteArray& note, const QString& source)
{
    if (note.size() > kMaxNoteSize) {
        return Error(ErrorCode::Corrupt, Tr::tr("%1: note is larger than 1 MiB").arg(source));
    }
    if (hasForbiddenControl(note) || QString::fromUtf8(note).toUtf8() != note) {
        return Error(ErrorCode::Corrupt, Tr::tr("%1: note is not valid UTF-8 text").arg(source));
    }
    const qsizetype split = note.lastIndexOf("\n\n");
    if (split < 0 || !note.endsWith('\n')) {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("%1: not a signed note (no blank line before the signatures)").arg(source));
    }
    Note parsed;
    parsed.text = note.left(split + 1);
    const QList<QByteArray> lines = note.mid(split + 2).chopped(1).split('\n');
    for (const QByteArray& line : lines) {
        if (parsed.signatures.size() >= kMaxSignatures) {
            return Error(ErrorCode::Corrupt, Tr::tr("%1: note has too many signatures").arg(source));
        }
        if (!line.startsWith(kDash)) {
            return Error(ErrorCode::Corrupt,
                         Tr::tr("%1: malformed signature line \"%2\"").arg(source, QString::fromUtf8(line.left(60))));
        }
        const QByteArray rest = line.mid(kDash.size());
        const qsizetype space = rest.indexOf(' ');
        const auto blob = space <= 0 ? std::nullopt : Base64::decodeExact(rest.mid(space + 1));
        if (!blob || blob->size() < 5) {
            return Error(ErrorCode::Corrupt,
                         Tr::tr("%1: malformed signature line \"%2\"").arg(source, QString::fromUtf8(line.left(60))));
        }
        Signature sig;
        sig.keyName = QString::fromUtf8(rest.left(space));
        sig.keyId = qFromBigEndian<quint32>(blob->constData());
        sig.signature = blob->mid(4);
        parsed.signatures.append(sig);
    }
    if (parsed.signatures.isEmpty()) {
        return Error(ErrorCode::Corrupt, Tr::tr("%1: note has no signature").arg(source));
    }
    return parsed;
}

Result<QByteArray> open(const QByteArray& note, const QString& keyName, const Ed25519PublicKey& key,
                        const QString& source)
{
    auto parsed = parse(note, source);
    if (!parsed) {
        return parsed.error();
    }
    auto id = ed25519KeyId(keyName, key);
    if (!id) {
        return id.error();
    }
    for (const Signature& sig : parsed->signatures) {
        if (sig.keyName != keyName || sig.keyId != id.value()) {
            continue; // another signer: ignored, as the specification requires
        }
        if (!key.verify(parsed->text, sig.signature)) {
            return Error(ErrorCode::Integrity,
                         Tr::tr("%1: the signature by %2 does not verify (the note was altered)").arg(source, keyName));
        }
        return parsed->text;
    }
    return Error(ErrorCode::NotFound, Tr::tr("%1: not signed by this workspace's key (%2)").arg(source, keyName));
}

} // namespace cs::SignedNote
