#pragma once

#include "records/User.h"
#include "util/Result.h"

namespace cs {

namespace UserRules {

/// Usernames: 2 to 32 characters, lower-case letters, digits, ".", "_" or "-", starting with a letter.
Status validateUsername(const QString& username);
Status validateFullName(const QString& fullName);
Status validateEmail(const QString& email);
Status validateRoles(const QList<Role>& roles);
/// All of the above for a new account.
Status validate(const NewAccount& account);
/// Names reserved for Countersign itself ("system").
bool isReserved(const QString& username);

Result<QList<Role>> parseRoles(const QString& text); ///< accepts "auditor, qa-officer"; names a bad role

} // namespace UserRules

} // namespace cs
