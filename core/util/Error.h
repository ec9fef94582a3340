#pragma once

#include "util/EnumNames.h"

#include <QString>

namespace cs {

/// What kind of failure an Error reports. Callers branch on the code; people read the message.
enum class ErrorCode
{
    InvalidArgument, ///< the caller passed something malformed (a bad range, an unknown key, a bad value)
    NotFound, ///< a file or record that was named does not exist
    AlreadyExists, ///< refusing to overwrite something that exists
    NotAWorkspace, ///< the file is not a Countersign workspace
    Locked, ///< another program holds the write lock
    ReadOnly, ///< the file or store cannot be written
    Corrupt, ///< the file fails SQLite's integrity check or cannot be parsed
    NewerSchema, ///< written by a newer Countersign; never modified
    Io, ///< reading or writing a file failed
    Crypto, ///< a key, signature or hash operation failed
    Integrity, ///< an audit-trail or signature integrity check failed
    Rule, ///< an operational rule refused the change (illegal state transition, missing reason)
    Unauthenticated, ///< no one is signed in, or the user ID or password is wrong
    AccountLocked, ///< the account is locked (failed sign-ins) or disabled
    Forbidden, ///< the signed-in person's roles do not allow the action (authority check)
    Certificate, ///< a certificate, PKCS#12 file, CRL or CMS signature was refused
    Cancelled, ///< the person cancelled a long operation; nothing was changed
    Internal, ///< a bug: should never reach a person
};

/// An error with a message a person can act on: it names the file, record or field concerned.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;

    Error() = default;
    Error(ErrorCode c, QString m)
        : code(c)
        , message(std::move(m))
    { }
};

/// Stable lower-case names of the error codes, for logs and JSON output.
template<>
struct EnumNames<ErrorCode>
{
    static constexpr const char* context = "cs::ErrorCode";
    static constexpr EnumName<ErrorCode> table[] = {
        {ErrorCode::InvalidArgument, "invalid-argument", nullptr},
        {ErrorCode::NotFound, "not-found", nullptr},
        {ErrorCode::AlreadyExists, "already-exists", nullptr},
        {ErrorCode::NotAWorkspace, "not-a-workspace", nullptr},
        {ErrorCode::Locked, "locked", nullptr},
        {ErrorCode::ReadOnly, "read-only", nullptr},
        {ErrorCode::Corrupt, "corrupt", nullptr},
        {ErrorCode::NewerSchema, "newer-schema", nullptr},
        {ErrorCode::Io, "io", nullptr},
        {ErrorCode::Crypto, "crypto", nullptr},
        {ErrorCode::Integrity, "integrity", nullptr},
        {ErrorCode::Rule, "rule", nullptr},
        {ErrorCode::Unauthenticated, "unauthenticated", nullptr},
        {ErrorCode::AccountLocked, "account-locked", nullptr},
        {ErrorCode::Forbidden, "forbidden", nullptr},
        {ErrorCode::Certificate, "certificate", nullptr},
        {ErrorCode::Cancelled, "cancelled", nullptr},
        {ErrorCode::Internal, "internal", nullptr},
    };
};

} // namespace cs
