// The C2SP signed-note and checkpoint parsers (checkpoint files an auditor hands to verify, notes stored in the
// workspace). The input is a note, then a line "%%", then a verifier key. Any bytes either parse or give an error
// naming the note; a note that opens with the key holds the text its parse gives; a checkpoint body that parses
// is written back (body()) to text that parses to the same checkpoint; a verifier key that parses is written back
// to the same text.

#include "FuzzSupport.h"
#include "audit/SignedNote.h"
#include "records/Checkpoint.h"

using namespace cs;

namespace {

const QString kSource = QStringLiteral("checkpoint.note");

void checkCheckpoint(const QByteArray& body)
{
    auto cp = Checkpoint::parseBody(body, kSource);
    if (!cp) {
        fuzz::checkError(cp.error(), kSource);
        return;
    }
    auto again = Checkpoint::parseBody(cp->body(), kSource);
    fuzz::check(again.ok(), "a checkpoint's own body does not parse", again ? QString() : again.error().message);
    fuzz::check(again->origin == cp->origin && again->size == cp->size && again->rootHash == cp->rootHash &&
                    again->chainHead == cp->chainHead && again->signedAtMs == cp->signedAtMs,
                "a checkpoint changed when written back", QString::fromUtf8(cp->body()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> parts = fuzz::split(fuzz::bytes(data, size), 2);
    const QByteArray& note = parts[0];

    auto parsed = SignedNote::parse(note, kSource);
    if (!parsed) {
        fuzz::checkError(parsed.error(), kSource);
    } else {
        fuzz::check(parsed->text.endsWith('\n') && !parsed->signatures.isEmpty(),
                    "a parsed note has no text line or no signature");
        checkCheckpoint(parsed->text);
    }
    checkCheckpoint(note);

    if (parts.size() < 2) {
        return 0;
    }
    const QString keyText = QString::fromUtf8(parts[1]).trimmed();
    auto key = SignedNote::parseVerifierKey(keyText);
    if (!key) {
        fuzz::check(key.error().code != ErrorCode::Internal, "a verifier key gave an internal error",
                    key.error().message);
        return 0;
    }
    auto written = SignedNote::verifierKey(key->keyName, key->key);
    fuzz::check(written && written.value() == keyText, "a verifier key changed when written back",
                written ? written.value() : written.error().message);
    auto opened = SignedNote::open(note, key->keyName, key->key, kSource);
    if (!opened) {
        fuzz::checkError(opened.error(), kSource);
        return 0;
    }
    fuzz::check(parsed.ok() && opened.value() == parsed->text, "an opened note is not the text it parses to");
    return 0;
}
