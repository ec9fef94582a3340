#include "Error.h"

namespace cs {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already-exists");
    case ErrorCode::NotAWorkspace:
        return QStringLiteral("not-a-workspace");
    case ErrorCode::Locked:
        return QStringLiteral("locked");
    case ErrorCode::ReadOnly:
        return QStringLiteral("read-only");
    case ErrorCode::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorCode::NewerSchema:
        return QStringLiteral("newer-schema");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Crypto:
        return QStringLiteral("crypto");
    case ErrorCode::Integrity:
        return QStringLiteral("integrity");
    case ErrorCode::Rule:
        return QStringLiteral("rule");
    case ErrorCode::Unauthenticated:
        return QStringLiteral("unauthenticated");
    case ErrorCode::AccountLocked:
        return QStringLiteral("account-locked");
    case ErrorCode::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorCode::Certificate:
        return QStringLiteral("certificate");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace cs
