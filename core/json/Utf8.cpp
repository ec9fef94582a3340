#include "Utf8.h"

namespace cs::Utf8 {

int decode(const char* p, const char* end, char32_t& codePoint)
{
    if (p >= end) {
        return 0;
    }
    const auto c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
        codePoint = c;
        return 1;
    }
    int length = 0;
    char32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
        length = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (end - p < length) {
        return 0;
    }
    for (int i = 1; i < length; ++i) {
        const auto cc = static_cast<unsigned char>(p[i]);
        if ((cc & 0xC0) != 0x80) {
            return 0;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr char32_t minimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < minimum[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return 0;
    }
    codePoint = cp;
    return length;
}

bool isValid(std::string_view text)
{
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        // ASCII runs are the common case in prediction files.
        if (static_cast<unsigned char>(*p) < 0x80) {
            ++p;
            continue;
        }
        char32_t cp = 0;
        const int length = decode(p, end, cp);
        if (length == 0) {
            return false;
        }
        p += length;
    }
    return true;
}

} // namespace cs::Utf8
