#include "DatasetRecords.h"

#include <QCoreApplication>

namespace cs {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cs::DatasetRoles", text);
}

constexpr DatasetRole kRoles[] = {DatasetRole::Validation, DatasetRole::Challenge, DatasetRole::DriftReference,
                                  DatasetRole::ProductionWindow};
} // namespace

QString DatasetRoles::name(DatasetRole role)
{
    switch (role) {
    case DatasetRole::Validation:
        return QStringLiteral("validation");
    case DatasetRole::Challenge:
        return QStringLiteral("challenge");
    case DatasetRole::DriftReference:
        return QStringLiteral("drift-reference");
    case DatasetRole::ProductionWindow:
        return QStringLiteral("production-window");
    }
    return {};
}

std::optional<DatasetRole> DatasetRoles::parse(const QString& name)
{
    for (DatasetRole r : kRoles) {
        if (DatasetRoles::name(r) == name) {
            return r;
        }
    }
    return std::nullopt;
}

QString DatasetRoles::title(DatasetRole role)
{
    switch (role) {
    case DatasetRole::Validation:
        return tr("Validation set");
    case DatasetRole::Challenge:
        return tr("Challenge set");
    case DatasetRole::DriftReference:
        return tr("Drift reference");
    case DatasetRole::ProductionWindow:
        return tr("Production window");
    }
    return {};
}

QStringList DatasetRoles::names()
{
    QStringList out;
    for (DatasetRole r : kRoles) {
        out.append(name(r));
    }
    return out;
}

bool DatasetRoles::lockedByDefault(DatasetRole role)
{
    return role == DatasetRole::Validation || role == DatasetRole::Challenge;
}

} // namespace cs
