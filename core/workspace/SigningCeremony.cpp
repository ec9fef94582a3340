#include "SigningCeremony.h"

#include "commands/SignRecordCommand.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::Signing)
};
} // namespace

namespace Signing {

Result<SigningCredentials> open(Workspace& workspace, const SignRequest& request)
{
    if (request.reason.size() > 2000) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("the reason is longer than 2000 characters"));
    }
    auto user = workspace.reauthenticate(request.username, request.password);
    if (!user) {
        return user.error();
    }
    return Pkcs12::read(request.pkcs12Path, request.passphrase);
}

Result<StoredSignature> sign(Workspace& workspace, const SignRequest& request)
{
    auto credentials = open(workspace, request);
    if (!credentials) {
        return credentials.error();
    }
    SignRecordCommand command(request.recordType, request.recordId, request.meaning, request.reason,
                              std::move(credentials.value()));
    if (auto r = workspace.execute(command); !r) {
        return r.error();
    }
    return command.signature();
}

} // namespace Signing
} // namespace cs
