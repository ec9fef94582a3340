#include "CanonicalJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

namespace cs::CanonicalJson {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cs::CanonicalJson", text);
}

bool utf16Less(const QString& a, const QString& b)
{
    return std::lexicographical_compare(a.utf16(), a.utf16() + a.size(), b.utf16(), b.utf16() + b.size());
}

Status appendValue(QByteArray& out, const QJsonValue& value);

Status appendObject(QByteArray& out, const QJsonObject& object)
{
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end(), utf16Less);
    out.append('{');
    bool first = true;
    for (const QString& key : keys) {
        if (!first) {
            out.append(',');
        }
        first = false;
        if (auto r = appendString(out, key); !r) {
            return r;
        }
        out.append(':');
        if (auto r = appendValue(out, object.value(key)); !r) {
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
            return Error(ErrorCode::InvalidArgument, tr("JSON numbers must be finite (NaN and infinity have no form)"));
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
    return Error(ErrorCode::InvalidArgument, tr("undefined JSON value"));
}

} // namespace

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

Status appendString(QByteArray& out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            switch (c) {
            case '"':
                out.append("\\\"");
                break;
            case '\\':
                out.append("\\\\");
                break;
            case '\b':
                out.append("\\b");
                break;
            case '\f':
                out.append("\\f");
                break;
            case '\n':
                out.append("\\n");
                break;
            case '\r':
                out.append("\\r");
                break;
            case '\t':
                out.append("\\t");
                break;
            default:
                if (c < 0x20) {
                    const char esc[] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xF], hex[c & 0xF]};
                    out.append(esc, 6);
                } else {
                    out.append(static_cast<char>(c));
                }
            }
            continue;
        }
        char32_t cp = c;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= n || !QChar::isLowSurrogate(text[i + 1].unicode())) {
                return Error(ErrorCode::InvalidArgument, tr("string holds a lone surrogate (not valid Unicode)"));
            }
            cp = QChar::surrogateToUcs4(c, text[i + 1].unicode());
            ++i;
        } else if (QChar::isLowSurrogate(c)) {
            return Error(ErrorCode::InvalidArgument, tr("string holds a lone surrogate (not valid Unicode)"));
        }
        if (cp < 0x800) {
            out.append(static_cast<char>(0xC0 | (cp >> 6)));
            out.append(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.append(static_cast<char>(0xE0 | (cp >> 12)));
            out.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.append(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            out.append(static_cast<char>(0xF0 | (cp >> 18)));
            out.append(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            out.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.append(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }
    out.append('"');
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
                     tr("invalid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    }
    return doc.isObject() ? serialize(doc.object()) : serialize(QJsonValue(doc.array()));
}

bool isCanonicalObject(const QByteArray& text)
{
    if (text.size() < 2 || text.front() != '{') {
        return false;
    }
    const auto canonical = canonicalize(text);
    return canonical.ok() && canonical.value() == text;
}

} // namespace cs::CanonicalJson
