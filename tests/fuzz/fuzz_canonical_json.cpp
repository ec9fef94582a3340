// RFC 8785 canonical JSON, over which every evidence digest and audit event hash is taken: any bytes either give
// an error or a canonical form that is its own canonical form (idempotent) and that isCanonicalObject accepts;
// text that isCanonicalObject accepts canonicalizes to itself.

#include "FuzzSupport.h"
#include "json/CanonicalJson.h"

using namespace cs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const bool claimedCanonical = CanonicalJson::isCanonicalObject(input);
    auto canonical = CanonicalJson::canonicalize(input);
    if (!canonical) {
        fuzz::check(!claimedCanonical, "text accepted as canonical does not parse", canonical.error().message);
        fuzz::checkError(canonical.error(), QString());
        return 0;
    }
    const QByteArray& text = canonical.value();
    if (claimedCanonical) {
        fuzz::check(text == input, "text accepted as canonical is not its own canonical form", QString::fromUtf8(text));
    }
    auto again = CanonicalJson::canonicalize(text);
    fuzz::check(again.ok(), "a canonical form does not parse", again ? QString() : again.error().message);
    fuzz::check(again.value() == text, "canonicalizing is not idempotent", QString::fromUtf8(again.value()));
    if (text.startsWith('{')) {
        fuzz::check(CanonicalJson::isCanonicalObject(text), "a canonical object is not recognised as canonical",
                    QString::fromUtf8(text));
    }
    return 0;
}
