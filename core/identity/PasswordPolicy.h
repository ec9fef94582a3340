#pragma once

#include "identity/SecretBytes.h"
#include "records/User.h"
#include "settings/WorkspaceSettings.h"

/// The workspace's password rules (21 CFR 11.300(b)): minimum length and aging, from the workspace settings.
namespace cs::PasswordPolicy {

/// Refuses a new password that is too short or contains the username. Says which rule failed, never the password.
Status checkNew(const SecretBytes& password, const QString& username, const WorkspaceSettings& settings);

/// True when the user's password is older than the maximum age (0 days: passwords never expire).
bool isExpired(const User& user, const WorkspaceSettings& settings, qint64 nowMs);

} // namespace cs::PasswordPolicy
