#pragma once

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

QString meaningName(Meaning meaning); ///< stable identifier: "reviewed"
QString meaningDisplayName(Meaning meaning); ///< for people: "Reviewed"
std::optional<Meaning> meaningFromName(QStringView name);
/// The statement the signer attests to, with their printed name: part of the signed manifest.
QString meaningStatement(Meaning meaning, const QString& fullName);

} // namespace cs
