#pragma once

#include "pki/Certificate.h"
#include "util/Result.h"

namespace cs {

class CommandContext;
struct User;

/// What every signature made in a command asks of the signer's credentials (21 CFR 11.100, 11.300): the certificate
/// is enrolled by `signer`, passes every check now against the workspace's trust store (chain, validity, revocation,
/// key usage, the signer's name and e-mail), and the private key belongs to it.
Status checkSignerCredentials(CommandContext& ctx, const User& signer, const SigningCredentials& credentials);

} // namespace cs
