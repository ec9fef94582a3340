// The control for the three refusals beside it: what a page may do (read through a query object, change through
// a command) compiles with the same settings, so the refusals are about the rule and not about the build.
#include "commands/ChangeSettingCommand.h"
#include "queries/AuditQuery.h"
#include "queries/RegistryQuery.h"
#include "workspace/Workspace.h"

cs::Status readAndChange(cs::Workspace& workspace)
{
    auto models = cs::RegistryQuery(workspace).models();
    auto events = cs::AuditQuery(workspace).count({});
    if (!models || !events) {
        return models ? events.error() : models.error();
    }
    cs::ChangeSettingCommand command(QStringLiteral("organisation.name"), QJsonValue(QStringLiteral("Clinic")),
                                     QStringLiteral("house control"));
    return workspace.execute(command);
}
