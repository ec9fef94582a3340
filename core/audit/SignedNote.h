#pragma once

#include "crypto/Ed25519Key.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

/// C2SP signed-note (https://c2sp.org/signed-note) with Ed25519 signatures.
namespace cs::SignedNote {

struct Signature
{
    QString keyName;
    quint32 keyId = 0;
    QByteArray signature; ///< without the 4-byte key id
};

struct Note
{
    QByteArray text; ///< the signed text, ending in a newline
    QList<Signature> signatures;
};

/// Key ID = first four bytes (big-endian) of SHA-256(name || 0x0A || 0x01 || 32-byte public key).
Result<quint32> ed25519KeyId(const QString& keyName, const Ed25519PublicKey& key);

/// The verifier key text "<name>+<8 hex key id>+<base64(0x01 || public key)>".
Result<QString> verifierKey(const QString& keyName, const Ed25519PublicKey& key);

struct VerifierKey
{
    QString keyName;
    Ed25519PublicKey key;
};
Result<VerifierKey> parseVerifierKey(const QString& text);

/// Signs `text` (which must end in a newline and hold no blank line or control characters) and returns the note.
Result<QByteArray> sign(const QByteArray& text, const QString& keyName, const Ed25519PrivateKey& key);

/// Splits a note into text and signature lines; does not verify. `source` names the note in errors.
Result<Note> parse(const QByteArray& note, const QString& source);

/// Parses and verifies: returns the text when a signature by (keyName, key) verifies. A signature from that key that
/// fails rejects the whole note (Integrity); signatures from other keys are ignored, and a note with none from this
/// key is a NotFound error. A malformed note is Corrupt.
Result<QByteArray> open(const QByteArray& note, const QString& keyName, const Ed25519PublicKey& key,
                        const QString& source);

} // namespace cs::SignedNote
