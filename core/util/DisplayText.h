#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <string_view>

namespace cs::DisplayText {

/// Characters that change how text around them is shown instead of being shown: C0 controls (line breaks, escape
/// sequences), DEL, C1 controls and the bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069). A
/// name holding one can forge a line in a listing or reorder what a reader sees.
inline bool isHostile(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/// The first such character of `text`, if any.
inline std::optional<char32_t> firstHostile(QStringView text)
{
    for (const QChar ch : text) {
        if (isHostile(ch.unicode())) {
            return ch.unicode();
        }
    }
    return std::nullopt;
}

/// The same for UTF-8 bytes (valid UTF-8 assumed): C0 and DEL are single bytes, C1 is C2 80-9F, the bidirectional
/// controls E2 80 AA-AE and E2 81 A6-A9.
inline std::optional<char32_t> firstHostile(std::string_view utf8)
{
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    const size_t n = utf8.size();
    for (size_t i = 0; i < n; ++i) {
        const unsigned char b = p[i];
        if (b < 0x20 || b == 0x7F) {
            return b;
        }
        if (b == 0xC2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9F) {
            return p[i + 1];
        }
        if (b == 0xE2 && i + 2 < n) {
            const char32_t c = (char32_t(b & 0x0F) << 12) | (char32_t(p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
            if (isHostile(c)) {
                return c;
            }
        }
    }
    return std::nullopt;
}

/// "U+001B" for messages that name the character.
inline QString codePoint(char32_t c)
{
    return QStringLiteral("U+") + QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

/// `text` with each such character written as an escape (\n, \r, \t, or \u001b style), so that it is shown, never
/// acted on: for every name and message printed to a terminal.
inline QString escaped(QStringView text)
{
    if (!firstHostile(text)) {
        return text.toString();
    }
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!isHostile(c)) {
            out.append(ch);
        } else if (c == u'\n') {
            out.append(QStringLiteral("\\n"));
        } else if (c == u'\r') {
            out.append(QStringLiteral("\\r"));
        } else if (c == u'\t') {
            out.append(QStringLiteral("\\t"));
        } else {
            out.append(QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0')));
        }
    }
    return out;
}

} // namespace cs::DisplayText
