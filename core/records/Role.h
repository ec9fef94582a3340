#pragma once

#include "util/EnumNames.h"

namespace cs {

/// The roles a person can hold in a workspace (one person may hold several).
enum class Role
{
    DataScientist,
    QaOfficer,
    RegulatoryAffairs,
    Auditor,
    Administrator,
};

template<>
struct EnumNames<Role>
{
    static constexpr const char* context = "cs::Role";
    static constexpr EnumName<Role> table[] = {
        {Role::DataScientist, "data-scientist", QT_TRANSLATE_NOOP("cs::Role", "Data scientist")},
        {Role::QaOfficer, "qa-officer", QT_TRANSLATE_NOOP("cs::Role", "QA officer")},
        {Role::RegulatoryAffairs, "regulatory-affairs", QT_TRANSLATE_NOOP("cs::Role", "Regulatory affairs")},
        {Role::Auditor, "auditor", QT_TRANSLATE_NOOP("cs::Role", "Auditor")},
        {Role::Administrator, "administrator", QT_TRANSLATE_NOOP("cs::Role", "Administrator")},
    };
};

/// Roles as stored and exported: identifiers in table order, joined by ",".
QString rolesToText(const QList<Role>& roles);
/// The roles of stored text; nullopt when one is not a known identifier.
std::optional<QList<Role>> rolesFromText(QStringView text);

} // namespace cs
