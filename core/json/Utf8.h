#pragma once

#include <string_view>

namespace cs::Utf8 {

/// Decodes the strict UTF-8 sequence at `p` (before `end`): the shortest form only, no surrogate code points, at
/// most U+10FFFF. Returns its length in bytes (1 to 4) and sets `codePoint`, or 0 when the bytes are not one.
/// The one UTF-8 check of the product: canonical JSON, prediction files and the statistics commands use it.
int decode(const char* p, const char* end, char32_t& codePoint);

/// Whether all of `text` is strict UTF-8 (see decode).
bool isValid(std::string_view text);

} // namespace cs::Utf8
