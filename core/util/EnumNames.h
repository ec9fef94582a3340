#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace cs {

/// One enumerator's two names: `id`, the stable identifier that is stored, exported and typed on the command line
/// ("qa-officer"), and `display`, its name for people ("QA officer"), marked with QT_TRANSLATE_NOOP under the
/// table's context and translated when shown (nullptr where the enum has no name for people).
template<typename E>
struct EnumName
{
    E value;
    const char* id;
    const char* display;
};

/// The one pattern for enum/string conversions. Each named enum specialises this beside its declaration:
///
///     template<>
///     struct EnumNames<Role>
///     {
///         static constexpr const char* context = "cs::Role";
///         static constexpr EnumName<Role> table[] = {{Role::QaOfficer, "qa-officer", QT_TRANSLATE_NOOP("cs::Role",
///         "QA officer")}, ...};
///     };
///
/// and everything else goes through nameOf(), displayNameOf(), enumFromName() and enumValues().
template<typename E>
struct EnumNames;

/// The stable identifier of `value` (empty for a value outside the table, which a test rules out).
template<typename E>
QString nameOf(E value)
{
    for (const EnumName<E>& entry : EnumNames<E>::table) {
        if (entry.value == value) {
            return QString::fromLatin1(entry.id);
        }
    }
    return {};
}

/// The translated name of `value` for people (the identifier where the table has none).
template<typename E>
QString displayNameOf(E value)
{
    for (const EnumName<E>& entry : EnumNames<E>::table) {
        if (entry.value == value) {
            return entry.display ? QCoreApplication::translate(EnumNames<E>::context, entry.display)
                                 : QString::fromLatin1(entry.id);
        }
    }
    return {};
}

/// The value whose identifier is exactly `name`.
template<typename E>
std::optional<E> enumFromName(QStringView name)
{
    for (const EnumName<E>& entry : EnumNames<E>::table) {
        if (name == QLatin1String(entry.id)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

/// Every value, in table order.
template<typename E>
QList<E> enumValues()
{
    QList<E> values;
    for (const EnumName<E>& entry : EnumNames<E>::table) {
        values.append(entry.value);
    }
    return values;
}

/// Every identifier, in table order.
template<typename E>
QStringList enumNames()
{
    QStringList names;
    for (const EnumName<E>& entry : EnumNames<E>::table) {
        names.append(QString::fromLatin1(entry.id));
    }
    return names;
}

} // namespace cs
