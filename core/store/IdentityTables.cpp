#include "IdentityTables.h"

#include "store/QueryHelpers.h"

#include <QCoreApplication>
#include <QVariant>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::IdentityTables)
};

using sql::first;
using sql::insertRow;
using sql::selectAll;

Result<qint64> scalar(Database& db, const QString& text, const QString& what)
{
    return sql::scalar(db, text, {}, what);
}

// --- users

const QString kUserColumns = QStringLiteral(
    "username, full_name, email, roles, status, password_hash, password_changed_at_ms, must_change_password, "
    "failed_attempts, created_at_ms, created_by");

User readUser(const QSqlQuery& q)
{
    User u;
    u.username = q.value(0).toString();
    u.fullName = q.value(1).toString();
    u.email = q.value(2).toString();
    // Unreadable roles grant nothing: fail closed.
    u.roles = rolesFromText(q.value(3).toString()).value_or(QList<Role> {});
    // An unreadable status is treated as disabled: fail closed.
    u.status = enumFromName<UserStatus>(q.value(4).toString()).value_or(UserStatus::Disabled);
    u.passwordHash = q.value(5).toString();
    u.passwordChangedAtMs = q.value(6).toLongLong();
    u.mustChangePassword = q.value(7).toInt() != 0;
    u.failedAttempts = q.value(8).toInt();
    u.createdAtMs = q.value(9).toLongLong();
    u.createdBy = q.value(10).toString();
    return u;
}

QVariantList userBinds(const User& u)
{
    return {u.fullName,
            u.email,
            rolesToText(u.roles),
            nameOf(u.status),
            u.passwordHash,
            u.passwordChangedAtMs,
            u.mustChangePassword ? 1 : 0,
            u.failedAttempts};
}

// --- certificates

const QString kCertificateColumns = QStringLiteral(
    "id, username, fingerprint, der, subject, issuer, serial, not_before_ms, not_after_ms, enrolled_at_ms");

EnrolledCertificate readCertificate(const QSqlQuery& q)
{
    EnrolledCertificate c;
    c.id = q.value(0).toLongLong();
    c.username = q.value(1).toString();
    c.fingerprint = q.value(2).toString();
    c.der = q.value(3).toByteArray();
    c.subject = q.value(4).toString();
    c.issuer = q.value(5).toString();
    c.serial = q.value(6).toString();
    c.notBeforeMs = q.value(7).toLongLong();
    c.notAfterMs = q.value(8).toLongLong();
    c.enrolledAtMs = q.value(9).toLongLong();
    return c;
}

// --- signatures

const QString kSignatureColumns =
    QStringLiteral("id, record_type, record_id, meaning, signer, signed_at_ms, manifest, cms, certificate");

StoredSignature readSignature(const QSqlQuery& q)
{
    StoredSignature s;
    s.id = q.value(0).toLongLong();
    s.recordType = q.value(1).toString();
    s.recordId = q.value(2).toString();
    s.meaning = q.value(3).toString();
    s.signer = q.value(4).toString();
    s.signedAtMs = q.value(5).toLongLong();
    s.manifest = q.value(6).toByteArray();
    s.cms = q.value(7).toByteArray();
    s.certificate = q.value(8).toByteArray();
    return s;
}
} // namespace

Status UserTable::insert(const WriteAccess& /*write*/, const User& user)
{
    QVariantList binds = {user.username};
    binds += userBinds(user);
    binds += QVariantList {user.createdAtMs, user.createdBy};
    auto id = insertRow(
        m_db,
        QStringLiteral("INSERT INTO user_account (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kUserColumns),
        binds, Tr::tr("adding user %1").arg(user.username));
    return id ? Status() : id.error();
}

Status UserTable::update(const WriteAccess& /*write*/, const User& user)
{
    auto q = m_db.prepare(
        QStringLiteral("UPDATE user_account SET full_name = ?, email = ?, roles = ?, status = ?, password_hash = ?, "
                       "password_changed_at_ms = ?, must_change_password = ?, failed_attempts = ? WHERE username = ?"));
    if (!q) {
        return q.error();
    }
    for (const QVariant& b : userBinds(user)) {
        q->addBindValue(b);
    }
    q->addBindValue(user.username);
    if (auto r = m_db.exec(q.value(), Tr::tr("updating user %1").arg(user.username)); !r) {
        return r;
    }
    if (q->numRowsAffected() != 1) {
        return Error(ErrorCode::NotFound, Tr::tr("there is no user %1").arg(user.username));
    }
    return {};
}

Result<std::optional<User>> UserTable::find(const QString& username)
{
    return first(selectAll<User>(m_db,
                                 QStringLiteral("SELECT %1 FROM user_account WHERE username = ?").arg(kUserColumns),
                                 {username}, Tr::tr("reading user %1").arg(username), readUser));
}

Result<User> UserTable::get(const QString& username)
{
    auto user = find(username);
    if (!user) {
        return user.error();
    }
    if (!user.value()) {
        return Error(ErrorCode::NotFound, Tr::tr("there is no user \"%1\" in this workspace").arg(username));
    }
    return *user.value();
}

Result<QList<User>> UserTable::all()
{
    return selectAll<User>(m_db, QStringLiteral("SELECT %1 FROM user_account ORDER BY username").arg(kUserColumns), {},
                           Tr::tr("reading the user accounts"), readUser);
}

Result<qint64> UserTable::count()
{
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM user_account"), Tr::tr("counting user accounts"));
}

Result<qint64> CertificateTable::insert(const WriteAccess& /*write*/, const EnrolledCertificate& c)
{
    return insertRow(
        m_db,
        QStringLiteral("INSERT INTO user_certificate (username, fingerprint, der, subject, issuer, "
                       "serial, not_before_ms, not_after_ms, enrolled_at_ms) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {c.username, c.fingerprint, c.der, c.subject, c.issuer, c.serial, c.notBeforeMs, c.notAfterMs, c.enrolledAtMs},
        Tr::tr("enrolling a certificate for %1").arg(c.username));
}

Result<QList<EnrolledCertificate>> CertificateTable::forUser(const QString& username)
{
    return selectAll<EnrolledCertificate>(
        m_db, QStringLiteral("SELECT %1 FROM user_certificate WHERE username = ? ORDER BY id").arg(kCertificateColumns),
        {username}, Tr::tr("reading the certificates of %1").arg(username), readCertificate);
}

Result<std::optional<EnrolledCertificate>> CertificateTable::byFingerprint(const QString& fingerprint)
{
    return first(selectAll<EnrolledCertificate>(
        m_db, QStringLiteral("SELECT %1 FROM user_certificate WHERE fingerprint = ?").arg(kCertificateColumns),
        {fingerprint}, Tr::tr("looking up a certificate"), readCertificate));
}

Result<QList<EnrolledCertificate>> CertificateTable::all()
{
    return selectAll<EnrolledCertificate>(
        m_db, QStringLiteral("SELECT %1 FROM user_certificate ORDER BY id").arg(kCertificateColumns), {},
        Tr::tr("reading the enrolled certificates"), readCertificate);
}

Result<qint64> TrustStoreTable::insertAnchor(const WriteAccess& /*write*/, const TrustAnchor& a)
{
    return insertRow(m_db,
                     QStringLiteral("INSERT INTO trust_anchor (fingerprint, der, subject, not_before_ms, "
                                    "not_after_ms, added_at_ms, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {a.fingerprint, a.der, a.subject, a.notBeforeMs, a.notAfterMs, a.addedAtMs, a.addedBy},
                     Tr::tr("adding trusted CA %1").arg(a.subject));
}

Result<QList<TrustAnchor>> TrustStoreTable::anchors()
{
    return selectAll<TrustAnchor>(
        m_db,
        QStringLiteral("SELECT id, fingerprint, der, subject, not_before_ms, not_after_ms, added_at_ms, added_by "
                       "FROM trust_anchor ORDER BY id"),
        {}, Tr::tr("reading the trust store"), [](const QSqlQuery& q) {
            TrustAnchor a;
            a.id = q.value(0).toLongLong();
            a.fingerprint = q.value(1).toString();
            a.der = q.value(2).toByteArray();
            a.subject = q.value(3).toString();
            a.notBeforeMs = q.value(4).toLongLong();
            a.notAfterMs = q.value(5).toLongLong();
            a.addedAtMs = q.value(6).toLongLong();
            a.addedBy = q.value(7).toString();
            return a;
        });
}

Result<qint64> TrustStoreTable::insertCrl(const WriteAccess& /*write*/, const TrustCrl& c)
{
    return insertRow(
        m_db,
        QStringLiteral("INSERT INTO trust_crl (issuer_fingerprint, der, this_update_ms, next_update_ms, "
                       "revoked_count, added_at_ms, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {c.issuerFingerprint, c.der, c.thisUpdateMs, c.nextUpdateMs, c.revokedCount, c.addedAtMs, c.addedBy},
        Tr::tr("adding a revocation list"));
}

Result<QList<TrustCrl>> TrustStoreTable::crls()
{
    return selectAll<TrustCrl>(
        m_db,
        QStringLiteral("SELECT id, issuer_fingerprint, der, this_update_ms, next_update_ms, revoked_count, "
                       "added_at_ms, added_by FROM trust_crl ORDER BY id"),
        {}, Tr::tr("reading the revocation lists"), [](const QSqlQuery& q) {
            TrustCrl c;
            c.id = q.value(0).toLongLong();
            c.issuerFingerprint = q.value(1).toString();
            c.der = q.value(2).toByteArray();
            c.thisUpdateMs = q.value(3).toLongLong();
            c.nextUpdateMs = q.value(4).toLongLong();
            c.revokedCount = q.value(5).toInt();
            c.addedAtMs = q.value(6).toLongLong();
            c.addedBy = q.value(7).toString();
            return c;
        });
}

Result<qint64> SignatureTable::insert(const WriteAccess& /*write*/, const StoredSignature& s)
{
    return insertRow(m_db,
                     QStringLiteral("INSERT INTO signature (record_type, record_id, meaning, signer, signed_at_ms, "
                                    "manifest, cms, certificate) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {s.recordType, s.recordId, s.meaning, s.signer, s.signedAtMs, s.manifest, s.cms, s.certificate},
                     Tr::tr("storing the signature"));
}

Result<QList<StoredSignature>> SignatureTable::all()
{
    return selectAll<StoredSignature>(m_db,
                                      QStringLiteral("SELECT %1 FROM signature ORDER BY id").arg(kSignatureColumns), {},
                                      Tr::tr("reading the signatures"), readSignature);
}

Result<QList<StoredSignature>> SignatureTable::forRecord(const QString& recordType, const QString& recordId)
{
    return selectAll<StoredSignature>(
        m_db,
        QStringLiteral("SELECT %1 FROM signature WHERE record_type = ? AND record_id = ? ORDER BY id")
            .arg(kSignatureColumns),
        {recordType, recordId}, Tr::tr("reading the signatures of %1 %2").arg(recordType, recordId), readSignature);
}

Result<std::optional<StoredSignature>> SignatureTable::byId(qint64 id)
{
    return first(
        selectAll<StoredSignature>(m_db, QStringLiteral("SELECT %1 FROM signature WHERE id = ?").arg(kSignatureColumns),
                                   {id}, Tr::tr("reading signature %1").arg(id), readSignature));
}

Result<qint64> SignatureTable::count()
{
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM signature"), Tr::tr("counting signatures"));
}

} // namespace cs
