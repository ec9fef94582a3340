#pragma once

#include "records/PkiRecords.h"
#include "records/StoredSignature.h"
#include "records/User.h"
#include "store/CoreInternal.h"
#include "store/Database.h"
#include "store/WriteAccess.h"

#include <optional>

namespace cs {

/// user_account: one row per person, updated in place (status, roles, password), never deleted.
class UserTable
{
public:
    explicit UserTable(Database& db)
        : m_db(db)
    { }
    Status insert(const WriteAccess& write, const User& user);
    Status update(const WriteAccess& write, const User& user);
    Result<std::optional<User>> find(const QString& username);
    /// The account, or a NotFound error naming it.
    Result<User> get(const QString& username);
    /// All accounts, by username.
    Result<QList<User>> all();
    Result<qint64> count();

private:
    Database& m_db;
};

/// user_certificate: enrolled signing certificates. Append-only.
class CertificateTable
{
public:
    explicit CertificateTable(Database& db)
        : m_db(db)
    { }
    Result<qint64> insert(const WriteAccess& write, const EnrolledCertificate& certificate);
    Result<QList<EnrolledCertificate>> forUser(const QString& username);
    Result<std::optional<EnrolledCertificate>> byFingerprint(const QString& fingerprint);
    Result<QList<EnrolledCertificate>> all();

private:
    Database& m_db;
};

/// trust_anchor and trust_crl: the workspace trust store. Append-only.
class TrustStoreTable
{
public:
    explicit TrustStoreTable(Database& db)
        : m_db(db)
    { }
    Result<qint64> insertAnchor(const WriteAccess& write, const TrustAnchor& anchor);
    Result<QList<TrustAnchor>> anchors();
    Result<qint64> insertCrl(const WriteAccess& write, const TrustCrl& crl);
    Result<QList<TrustCrl>> crls();

private:
    Database& m_db;
};

/// signature: electronic signatures. Append-only.
class SignatureTable
{
public:
    explicit SignatureTable(Database& db)
        : m_db(db)
    { }
    Result<qint64> insert(const WriteAccess& write, const StoredSignature& signature);
    Result<QList<StoredSignature>> all();
    Result<QList<StoredSignature>> forRecord(const QString& recordType, const QString& recordId);
    Result<std::optional<StoredSignature>> byId(qint64 id);
    Result<qint64> count();

private:
    Database& m_db;
};

} // namespace cs
