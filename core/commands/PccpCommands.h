#pragma once

#include "commands/Command.h"
#include "pccp/Pccp.h"

namespace cs {

/// Saves a new version of a model's PCCP (regulatory affairs; docs/pccp.md): written in the window's form or
/// imported from a YAML file. The content must read back without a problem, name a model of the workspace, hold no
/// control characters in its titles, and differ from the latest version. The new version (1, 2, ...) waits for its
/// author's "authored" and a QA officer's "approved" signature before it is in force; the version before it stays as
/// it was.
class SavePccpCommand final : public Command
{
public:
    /// `source`: the file name it was imported from, or "form".
    SavePccpCommand(Pccp content, QString source);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::WritePccp; }
    Status apply(CommandContext& ctx) override;
    /// The version stored (after a successful execute).
    int version() const { return m_version; }
    const QString& contentSha256() const { return m_sha256; }

private:
    Pccp m_content;
    QString m_source;
    int m_version = 0;
    QString m_sha256;
};

} // namespace cs
