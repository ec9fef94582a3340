#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace cs::test {

/// A PostgreSQL server of the test's own: initdb into a temporary folder, listening only on a Unix socket in that
/// folder (no TCP port), password authentication, stopped and deleted when the object goes. Run as the postgres
/// system user when the tests run as root (the server refuses root). Debian's postgresql package provides it.
class PgServer
{
public:
    PgServer();
    ~PgServer();
    PgServer(const PgServer&) = delete;
    PgServer& operator=(const PgServer&) = delete;

    /// Initialises and starts the server; false (and `why`) when PostgreSQL is missing or fails to start.
    bool start(QString* why);
    /// Before start(): the server also listens on TlsHost at a free TCP port, TLS only (a client without TLS is
    /// rejected), with a certificate for TlsHost issued by a CA of the test's own (tlsCaFile()).
    void enableTls() { m_tls = true; }
    static inline const QString TlsHost = QStringLiteral("127.0.0.2"); // loopback, but not "localhost" to libpq
    int port() const { return m_port; }
    /// The CA that issued the server's certificate, and another CA that did not (PEM files).
    QString tlsCaFile() const { return m_dir.filePath(QStringLiteral("ca.crt")); }
    QString otherCaFile() const { return m_dir.filePath(QStringLiteral("other-ca.crt")); }
    bool stop();
    /// Stops the server (fast shutdown: connections are cut) and starts it again.
    bool restart(QString* why);
    bool isRunning() const { return m_running; }

    /// The superuser's name and password.
    static inline const QString Admin = QStringLiteral("cs_admin");
    static inline const QString AdminPassword = QStringLiteral("admin-secret-7");

    /// A connection URI for `database` as `role` with `password` (libpq's form, the socket folder as host).
    QString uri(const QString& database, const QString& role, const QString& password) const;
    QString adminUri(const QString& database = QStringLiteral("postgres")) const
    {
        return uri(database, Admin, AdminPassword);
    }

    /// Runs `sql` (one or more statements) through psql as the superuser on `database`; false and `why` on failure.
    bool psql(const QString& database, const QString& sql, QString* why, QString* output = nullptr) const;

    /// A team: a database `name` owned by `name`_owner, with a writer role `name`_writer (passwords: the role name
    /// followed by "-pw"). The owner creates the workspace and grants the writer.
    bool createTeam(const QString& name, QString* why) const;
    static QString ownerOf(const QString& team) { return team + QStringLiteral("_owner"); }
    static QString writerOf(const QString& team) { return team + QStringLiteral("_writer"); }
    static QString passwordOf(const QString& role) { return role + QStringLiteral("-pw"); }
    QString ownerUri(const QString& team) const { return uri(team, ownerOf(team), passwordOf(ownerOf(team))); }
    QString writerUri(const QString& team) const { return uri(team, writerOf(team), passwordOf(writerOf(team))); }

    /// The folder holding the server's socket (the host of its URIs).
    QString socketFolder() const { return socketDir(); }

    /// Runs `sql` through psql connected as `uri` says (one transaction); false and `why` on failure.
    bool psqlAt(const QString& uri, const QString& sql, QString* why, QString* output = nullptr) const;

    /// The server this test process shares between its team test workspaces (TestWorkspace on the server backend),
    /// started the first time it is asked for and stopped when the process ends; fails the process when it cannot.
    static PgServer& shared();
    /// The database a URI of this server names (the path of `postgresql://…/DATABASE?…`).
    static QString databaseOf(const QString& uri);

private:
    bool makeCertificates(QString* why);
    void stopAbandonedServers() const;
    bool runPsql(const QStringList& connection, const QString& sql, QString* why, QString* output) const;
    bool run(const QStringList& command, QString* why, QString* output = nullptr) const;
    QString binary(const QString& name) const;
    QString socketDir() const { return m_dir.path(); }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QTemporaryDir m_dir;
    QString m_binDir;
    bool m_asPostgres = false;
    bool m_running = false;
    bool m_tls = false;
    int m_port = 5432; ///< names the socket file; the TCP port too with TLS
};

} // namespace cs::test
