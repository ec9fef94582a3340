#include "AuditEvent.h"

namespace cs {

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Create:
        return QStringLiteral("create");
    case ChangeKind::Update:
        return QStringLiteral("update");
    case ChangeKind::Delete:
        return QStringLiteral("delete");
    case ChangeKind::Record:
        return QStringLiteral("record");
    }
    return QStringLiteral("record");
}

std::optional<ChangeKind> changeKindFromName(QStringView name)
{
    if (name == u"create") {
        return ChangeKind::Create;
    }
    if (name == u"update") {
        return ChangeKind::Update;
    }
    if (name == u"delete") {
        return ChangeKind::Delete;
    }
    if (name == u"record") {
        return ChangeKind::Record;
    }
    return std::nullopt;
}

} // namespace cs
