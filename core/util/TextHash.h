#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace cs {

/// Hashes std::string and std::string_view alike, so that a map keyed by strings is searched with a view, without
/// making a string first.
struct TextHash
{
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
};

/// A map from text to `T` that is searched with a std::string_view.
template<typename T>
using TextMap = std::unordered_map<std::string, T, TextHash, std::equal_to<>>;

} // namespace cs
