#include "CanonicalJson.h"

#include "crypto/Sha256.h"
#include "json/Utf8.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

namespace cs::CanonicalJson {

namespace {

/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::CanonicalJson)
};

Status appendValue(QByteArray& out, const QJsonValue& value);

Status appendObject(QByteArray& out, const QJsonObject& object)
{
    out.append('{');
    bool first = true;
    for (const auto& [key, value] : members(object)) {
        if (!first) {
            out.append(',');
        }
        first = false;
        if (auto r = appendString(out, key); !r) {
            return r;
        }
        out.append(':');
        if (auto r = appendValue(out, value); !r) {
            return r;
        }
    }
    out.append('}');
    return {};
}

Status appendValue(QByteArray& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out.append("null");
        return {};
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return {};
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d)) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("JSON numbers must be finite (NaN and infinity have no form)"));
        }
        out.append(formatNumber(d));
        return {};
    }
    case QJsonValue::String:
        return appendString(out, value.toString());
    case QJsonValue::Array: {
        out.append('[');
        bool first = true;
        const QJsonArray array = value.toArray();
        for (const QJsonValue& element : array) {
            if (!first) {
                out.append(',');
            }
            first = false;
            if (auto r = appendValue(out, element); !r) {
                return r;
            }
        }
        out.append(']');
        return {};
    }
    case QJsonValue::Object:
        return appendObject(out, value.toObject());
    case QJsonValue::Undefined:
        break;
    }
    return Error(ErrorCode::InvalidArgument, Tr::tr("undefined JSON value"));
}

} // namespace

bool Utf16Less::operator()(const QString& a, const QString& b) const
{
    return std::lexicographical_compare(a.utf16(), a.utf16() + a.size(), b.utf16(), b.utf16() + b.size());
}

Members members(const QJsonObject& object)
{
    Members out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        out.insert_or_assign(it.key(), it.value());
    }
    return out;
}

QByteArray formatNumber(double value)
{
    if (value == 0.0) {
        return QByteArrayLiteral("0"); // also -0
    }
    // Shortest round-trip digits in scientific form: "-d.ddddde±x".
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const std::string_view sci(buf, static_cast<size_t>(res.ptr - buf));
    const bool negative = sci.front() == '-';
    const size_t mantissaStart = negative ? 1 : 0;
    const size_t ePos = sci.find('e');
    std::string digits;
    for (size_t i = mantissaStart; i < ePos; ++i) {
        if (sci[i] != '.') {
            digits.push_back(sci[i]);
        }
    }
    int exponent = 0;
    std::from_chars(sci.data() + ePos + 1 + (sci[ePos + 1] == '+' ? 1 : 0), sci.data() + sci.size(), exponent);

    // ECMAScript Number::toString: k digits, decimal point position n = exponent + 1.
    const int k = static_cast<int>(digits.size());
    const int n = exponent + 1;
    std::string out;
    if (negative) {
        out.push_back('-');
    }
    if (k <= n && n <= 21) {
        out += digits;
        out.append(static_cast<size_t>(n - k), '0');
    } else if (0 < n && n <= 21) {
        out.append(digits, 0, static_cast<size_t>(n));
        out.push_back('.');
        out.append(digits, static_cast<size_t>(n), std::string::npos);
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out.append(static_cast<size_t>(-n), '0');
        out += digits;
    } else {
        out.push_back(digits[0]);
        if (k > 1) {
            out.push_back('.');
            out.append(digits, 1, std::string::npos);
        }
        out.push_back('e');
        out.push_back(n - 1 >= 0 ? '+' : '-');
        out += std::to_string(std::abs(n - 1));
    }
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

namespace {
/// The JCS escape of an ASCII character that needs one (into `esc`, returning its length), or 0.
int asciiEscape(unsigned char c, char (&esc)[6])
{
    static const char hex[] = "0123456789abcdef";
    const char* shortForm = nullptr;
    switch (c) {
    case '"':
        shortForm = "\\\"";
        break;
    case '\\':
        shortForm = "\\\\";
        break;
    case '\b':
        shortForm = "\\b";
        break;
    case '\f':
        shortForm = "\\f";
        break;
    case '\n':
        shortForm = "\\n";
        break;
    case '\r':
        shortForm = "\\r";
        break;
    case '\t':
        shortForm = "\\t";
        break;
    default:
        if (c >= 0x20) {
            return 0;
        }
        esc[0] = '\\';
        esc[1] = 'u';
        esc[2] = '0';
        esc[3] = '0';
        esc[4] = hex[(c >> 4) & 0xF];
        esc[5] = hex[c & 0xF];
        return 6;
    }
    esc[0] = shortForm[0];
    esc[1] = shortForm[1];
    return 2;
}
} // namespace

void appendUtf8String(std::string& out, std::string_view text)
{
    out.push_back('"');
    char esc[6];
    for (const char c : text) {
        if (const int n = asciiEscape(static_cast<unsigned char>(c), esc)) {
            out.append(esc, size_t(n));
        } else {
            out.push_back(c);
        }
    }
    out.push_back('"');
}

Status appendString(QByteArray& out, QStringView text)
{
    // Written straight into the buffer, sized for the worst case (six bytes a UTF-16 unit, "\u00XX") and cut back
    // after: appending byte by byte was most of the time of verifying a long trail.
    const qsizetype start = out.size();
    const qsizetype n = text.size();
    out.resize(start + 2 + 6 * n);
    char* p = out.data() + start;
    *p++ = '"';
    char esc[6];
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            if (c >= 0x20 && c != '"' && c != '\\') {
                *p++ = static_cast<char>(c);
            } else {
                const int k = asciiEscape(static_cast<unsigned char>(c), esc);
                std::memcpy(p, esc, size_t(k));
                p += k;
            }
            continue;
        }
        char32_t cp = c;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= n || !QChar::isLowSurrogate(text[i + 1].unicode())) {
                out.resize(start);
                return Error(ErrorCode::InvalidArgument, Tr::tr("string holds a lone surrogate (not valid Unicode)"));
            }
            cp = QChar::surrogateToUcs4(c, text[i + 1].unicode());
            ++i;
        } else if (QChar::isLowSurrogate(c)) {
            out.resize(start);
            return Error(ErrorCode::InvalidArgument, Tr::tr("string holds a lone surrogate (not valid Unicode)"));
        }
        if (cp < 0x800) {
            *p++ = static_cast<char>(0xC0 | (cp >> 6));
            *p++ = static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            *p++ = static_cast<char>(0xE0 | (cp >> 12));
            *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            *p++ = static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            *p++ = static_cast<char>(0xF0 | (cp >> 18));
            *p++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            *p++ = static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    *p++ = '"';
    out.resize(p - out.data());
    return {};
}

Result<QByteArray> serialize(const QJsonValue& value)
{
    QByteArray out;
    if (auto r = appendValue(out, value); !r) {
        return r.error();
    }
    return out;
}

Result<QString> sha256Hex(const QJsonObject& object)
{
    auto bytes = serialize(object);
    if (!bytes) {
        return bytes.error();
    }
    return Sha256::hashHex(bytes.value());
}

Result<QByteArray> serialize(const QJsonObject& object)
{
    QByteArray out;
    if (auto r = appendObject(out, object); !r) {
        return r.error();
    }
    return out;
}

Result<QByteArray> canonicalize(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("invalid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    }
    return doc.isObject() ? serialize(doc.object()) : serialize(QJsonValue(doc.array()));
}

namespace {

/// A single-pass check that bytes are exactly what the serializer above writes, without building a document.
/// Equivalent to canonicalize(text) == text (a test holds the two to that), and several times faster, which the
/// verifier needs: it checks the before and after values of every event.
class CanonicalChecker
{
public:
    explicit CanonicalChecker(const QByteArray& text)
        : m_p(text.constData())
        , m_end(text.constData() + text.size())
    { }

    bool objectOnly() { return m_p < m_end && *m_p == '{' && value(0) && m_p == m_end; }

private:
    static constexpr int kMaxDepth = 64;

    bool value(int depth)
    {
        if (m_p >= m_end || depth > kMaxDepth) {
            return false;
        }
        switch (*m_p) {
        case '{':
            return object(depth);
        case '[':
            return array(depth);
        case '"':
            return string(nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool literal(std::string_view word)
    {
        if (static_cast<size_t>(m_end - m_p) < word.size() || std::string_view(m_p, word.size()) != word) {
            return false;
        }
        m_p += word.size();
        return true;
    }

    bool object(int depth)
    {
        ++m_p; // '{'
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        std::u16string previous;
        bool first = true;
        for (;;) {
            std::u16string key;
            if (m_p >= m_end || *m_p != '"' || !string(&key)) {
                return false;
            }
            // Members sorted by UTF-16 code units, no duplicates.
            if (!first && !(previous < key)) {
                return false;
            }
            first = false;
            previous = std::move(key);
            if (m_p >= m_end || *m_p++ != ':' || !value(depth + 1) || m_p >= m_end) {
                return false;
            }
            if (*m_p == '}') {
                ++m_p;
                return true;
            }
            if (*m_p++ != ',') {
                return false;
            }
        }
    }

    bool array(int depth)
    {
        ++m_p; // '['
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!value(depth + 1) || m_p >= m_end) {
                return false;
            }
            if (*m_p == ']') {
                ++m_p;
                return true;
            }
            if (*m_p++ != ',') {
                return false;
            }
        }
    }

    static void appendUtf16(std::u16string* out, char32_t cp)
    {
        if (out == nullptr) {
            return;
        }
        if (cp >= 0x10000) {
            out->push_back(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
            out->push_back(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
        } else {
            out->push_back(static_cast<char16_t>(cp));
        }
    }

    // Only the escapes the serializer writes: \" \\ \b \f \n \r \t, and \u00xx (lower-case) for other controls.
    bool string(std::u16string* decoded)
    {
        ++m_p; // '"'
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c < 0x20) {
                return false;
            }
            if (c == '\\') {
                if (m_end - m_p < 2) {
                    return false;
                }
                const char e = m_p[1];
                char16_t unit = 0;
                switch (e) {
                case '"':
                    unit = u'"';
                    break;
                case '\\':
                    unit = u'\\';
                    break;
                case 'b':
                    unit = u'\b';
                    break;
                case 'f':
                    unit = u'\f';
                    break;
                case 'n':
                    unit = u'\n';
                    break;
                case 'r':
                    unit = u'\r';
                    break;
                case 't':
                    unit = u'\t';
                    break;
                case 'u': {
                    static const char hex[] = "0123456789abcdef";
                    if (m_end - m_p < 6 || m_p[2] != '0' || m_p[3] != '0') {
                        return false;
                    }
                    const char* hi = std::strchr(hex, m_p[4]);
                    const char* lo = std::strchr(hex, m_p[5]);
                    if (hi == nullptr || lo == nullptr || m_p[4] == '\0' || m_p[5] == '\0') {
                        return false;
                    }
                    unit = static_cast<char16_t>((hi - hex) * 16 + (lo - hex));
                    if (unit >= 0x20 || unit == u'\b' || unit == u'\f' || unit == u'\n' || unit == u'\r' ||
                        unit == u'\t') {
                        return false; // these have a shorter canonical form
                    }
                    m_p += 4;
                    break;
                }
                default:
                    return false;
                }
                m_p += 2;
                if (decoded != nullptr) {
                    decoded->push_back(unit);
                }
                continue;
            }
            if (c < 0x80) {
                appendUtf16(decoded, c);
                ++m_p;
                continue;
            }
            char32_t cp = 0;
            const int length = Utf8::decode(m_p, m_end, cp);
            if (length == 0) {
                return false;
            }
            appendUtf16(decoded, cp);
            m_p += length;
        }
        return false;
    }

    bool number()
    {
        const char* start = m_p;
        while (m_p < m_end &&
               (std::isdigit(static_cast<unsigned char>(*m_p)) || *m_p == '-' || *m_p == '+' || *m_p == '.' ||
                *m_p == 'e')) {
            ++m_p;
        }
        if (m_p == start) {
            return false;
        }
        double d = 0;
        const auto res = std::from_chars(start, m_p, d);
        if (res.ec != std::errc() || res.ptr != m_p || !std::isfinite(d)) {
            return false;
        }
        const QByteArray canonical = formatNumber(d);
        return canonical.size() == m_p - start && std::memcmp(canonical.constData(), start, canonical.size()) == 0;
    }

    const char* m_p;
    const char* m_end;
};

} // namespace

bool isCanonicalObject(const QByteArray& text)
{
    return CanonicalChecker(text).objectOnly();
}

} // namespace cs::CanonicalJson
