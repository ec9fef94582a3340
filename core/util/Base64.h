#pragma once

#include <QByteArray>

#include <optional>

namespace cs::Base64 {

/// Decodes standard base64 (RFC 4648 section 4, with padding) only when `text` is exactly how that data encodes:
/// no missing or extra padding, no stray bits in the last character, nothing else. Signed notes and checkpoints
/// are read this way, so one value has one spelling (QByteArray's decoder alone accepts "AAA/" for "AAA").
inline std::optional<QByteArray> decodeExact(const QByteArray& text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != text) {
        return std::nullopt;
    }
    return decoded.decoded;
}

} // namespace cs::Base64
