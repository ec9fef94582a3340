#pragma once

#include "commands/Command.h"

#include <QJsonValue>

namespace cs {

/// Changes one workspace setting. The value is checked against the settings table; the reason is required and
/// recorded with the old and new values.
class ChangeSettingCommand final : public Command
{
public:
    ChangeSettingCommand(QString key, QJsonValue value, QString reason);
    QString description() const override;
    std::optional<Action> requiredAction() const override;
    Status apply(CommandContext& context) override;

private:
    QString m_key;
    QJsonValue m_value;
    QString m_reason;
};

} // namespace cs
