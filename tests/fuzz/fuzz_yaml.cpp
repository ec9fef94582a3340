// The one YAML reader (dvc.lock, MLflow meta.yaml, configuration files in git): any bytes either give a JSON value
// within the limits or an error naming the file; aliases never recurse or expand past the limits, and what it
// returns always has a canonical form (the evidence digest is taken over it).

#include "FuzzSupport.h"
#include "json/CanonicalJson.h"
#include "json/YamlJson.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace cs;

namespace {

// Smaller than the product's limits so that each run stays fast; the code that enforces them is the same.
constexpr YamlJson::Limits kLimits {16, 20000, 1 << 20};

struct Size
{
    int depth = 0;
    qint64 values = 0;
};

void measure(const QJsonValue& value, int depth, Size& size)
{
    ++size.values;
    size.depth = std::max(size.depth, depth);
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            measure(it.value(), depth + 1, size);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& v : value.toArray()) {
            measure(v, depth + 1, size);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString name = QStringLiteral("params.yaml");
    auto parsed = YamlJson::parse(fuzz::bytes(data, size), name, kLimits);
    if (!parsed) {
        fuzz::checkError(parsed.error(), name);
        return 0;
    }
    Size measured;
    measure(parsed.value(), 0, measured);
    fuzz::check(measured.depth <= kLimits.maxDepth, "a document deeper than the limit was returned",
                QString::number(measured.depth));
    fuzz::check(measured.values <= kLimits.maxValues, "a document with more values than the limit was returned",
                QString::number(measured.values));
    const QJsonValue& value = parsed.value();
    if (!value.isObject() && !value.isArray()) {
        return 0;
    }
    auto canonical = CanonicalJson::serialize(value);
    fuzz::check(canonical.ok(), "a parsed document has no canonical form",
                canonical ? QString() : canonical.error().message);
    auto again = CanonicalJson::canonicalize(canonical.value());
    fuzz::check(again && again.value() == canonical.value(), "the canonical form is not canonical",
                QString::fromUtf8(canonical.value()) + QStringLiteral("\nbecomes\n") +
                    (again ? QString::fromUtf8(again.value()) : again.error().message));
    return 0;
}
