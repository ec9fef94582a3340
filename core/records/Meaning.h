#pragma once

#include "util/EnumNames.h"

#include <QString>

#include <optional>

namespace cs {

/// What a signature means (21 CFR 11.50(a)(3)): shown with every signature and part of what is signed.
enum class Meaning
{
    Authored,
    Reviewed,
    Approved,
    Rejected,
    Released,
};

template<>
struct EnumNames<Meaning>
{
    static constexpr const char* context = "cs::Meaning";
    static constexpr EnumName<Meaning> table[] = {
        {Meaning::Authored, "authored", QT_TRANSLATE_NOOP("cs::Meaning", "Authored")},
        {Meaning::Reviewed, "reviewed", QT_TRANSLATE_NOOP("cs::Meaning", "Reviewed")},
        {Meaning::Approved, "approved", QT_TRANSLATE_NOOP("cs::Meaning", "Approved")},
        {Meaning::Rejected, "rejected", QT_TRANSLATE_NOOP("cs::Meaning", "Rejected")},
        {Meaning::Released, "released", QT_TRANSLATE_NOOP("cs::Meaning", "Released")},
    };
};
/// The statement the signer attests to, with their printed name: part of the signed manifest.
QString meaningStatement(Meaning meaning, const QString& fullName);

} // namespace cs
