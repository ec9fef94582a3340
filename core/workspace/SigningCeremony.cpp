#include "SigningCeremony.h"

#include "commands/SignRecordCommand.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace cs {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cs::Signing", text);
}
} // namespace

namespace Signing {

Result<StoredSignature> sign(Workspace& workspace, const SignRequest& request)
{
    if (request.reason.size() > 2000) {
        return Error(ErrorCode::InvalidArgument, tr("the reason is longer than 2000 characters"));
    }
    auto user = workspace.reauthenticate(request.username, request.password);
    if (!user) {
        return user.error();
    }
    auto credentials = Pkcs12::read(request.pkcs12Path, request.passphrase);
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
