#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

#include <map>
#include <string>
#include <string_view>

/// RFC 8785 JSON Canonicalization Scheme (JCS).
///
/// Objects are written with members sorted by the UTF-16 code units of their names, no whitespace, strings escaped
/// as ECMAScript's JSON.stringify does, and numbers in ECMAScript Number-to-String form (IEEE 754 doubles, shortest
/// round-trip digits). NaN, infinities and lone surrogates have no canonical form and are errors.
namespace cs::CanonicalJson {

/// Orders names by their UTF-16 code units, as RFC 8785 sorts members.
struct Utf16Less
{
    bool operator()(const QString& a, const QString& b) const;
};
using Members = std::map<QString, QJsonValue, Utf16Less>;

/// The members of `object`, in RFC 8785 order, found by iterating it. Every walk over an object's members goes
/// through this rather than keys() and value(): in an object parsed from text, Qt 6.4's QJsonObject::value() misses
/// a member whose name holds U+00C3 followed by 16 characters at or above U+D7FF (fuzz_yaml found it with a YAML key
/// of invalid UTF-8), while iterating finds it.
Members members(const QJsonObject& object);

Result<QByteArray> serialize(const QJsonValue& value);
Result<QByteArray> serialize(const QJsonObject& object);

/// The SHA-256 of an object's canonical form, lower-case hex: the digest of frozen evidence.
Result<QString> sha256Hex(const QJsonObject& object);

/// Parses `json` (any JSON text whose top level is an object or array) and returns its canonical form.
/// A parse error names the byte offset.
Result<QByteArray> canonicalize(const QByteArray& json);

/// True when `text` is exactly the canonical form of a JSON object.
bool isCanonicalObject(const QByteArray& text);

/// ECMAScript Number::toString for a finite double (the form JCS requires). -0 is written as "0".
QByteArray formatNumber(double value);

/// Appends `text` as a JCS string literal (with quotes). Fails on a lone surrogate.
Status appendString(QByteArray& out, QStringView text);
/// The same literal from UTF-8 bytes, for bulk paths that never make a QString. `text` must be strict UTF-8
/// (Utf8::isValid); its bytes are copied as they are, with the escapes appendString writes.
void appendUtf8String(std::string& out, std::string_view text);

} // namespace cs::CanonicalJson
