#include "PgServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QUrl>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cs::test {

namespace {
constexpr int kPort = 5432; // only names the socket file: the server listens on no TCP port

QString findBinDir()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = root.filePath(*it + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb"))) {
            return bin;
        }
    }
    return {};
}
} // namespace

PgServer::PgServer()
    : m_dir(QDir::tempPath() + QStringLiteral("/countersign-pg-XXXXXX"))
    , m_binDir(findBinDir())
{ }

PgServer::~PgServer()
{
    if (m_running) {
        stop();
    }
}

QString PgServer::binary(const QString& name) const
{
    return m_binDir + u'/' + name;
}

bool PgServer::run(const QStringList& command, QString* why, QString* output) const
{
    QStringList argv = command;
    if (m_asPostgres) {
        argv = QStringList {QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                            QStringLiteral("--")} +
            argv;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.setWorkingDirectory(m_dir.path());
    p.start(argv.first(), argv.mid(1));
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (why) {
            *why = argv.join(u' ') + QStringLiteral(": ") + QString::fromLocal8Bit(p.readAllStandardError()) +
                QString::fromLocal8Bit(p.readAllStandardOutput());
        }
        return false;
    }
    if (output) {
        *output = QString::fromLocal8Bit(p.readAllStandardOutput());
    }
    return true;
}

bool PgServer::start(QString* why)
{
    if (m_binDir.isEmpty()) {
        *why = QStringLiteral("PostgreSQL's server is not installed (/usr/lib/postgresql/*/bin/initdb); "
                              "scripts/install-deps.sh installs it");
        return false;
    }
    if (!m_dir.isValid()) {
        *why = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    m_asPostgres = ::geteuid() == 0;
    if (m_asPostgres) {
        const passwd* pw = ::getpwnam("postgres");
        if (pw == nullptr || ::chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            *why = QStringLiteral("running as root, but there is no postgres user to run the server as");
            return false;
        }
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0700);
    }
    const QString pwfile = m_dir.filePath(QStringLiteral("pwfile"));
    {
        QFile f(pwfile);
        if (!f.open(QIODevice::WriteOnly) || f.write(AdminPassword.toUtf8() + '\n') < 0) {
            *why = QStringLiteral("cannot write %1").arg(pwfile);
            return false;
        }
    }
    if (m_asPostgres) {
        const passwd* pw = ::getpwnam("postgres");
        if (::chown(QFile::encodeName(pwfile).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            *why = QStringLiteral("cannot give %1 to the postgres user").arg(pwfile);
            return false;
        }
    }
    if (!run({binary(QStringLiteral("initdb")), QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), Admin,
              QStringLiteral("--pwfile=") + pwfile, QStringLiteral("-A"), QStringLiteral("scram-sha-256"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
              QStringLiteral("--no-sync")},
             why)) {
        return false;
    }
    QFile::remove(pwfile);
    return restart(why) || (stop(), false);
}

bool PgServer::restart(QString* why)
{
    if (m_running) {
        stop();
    }
    const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses='' -c fsync=off -c max_connections=60")
                                .arg(socketDir())
                                .arg(kPort);
    if (!run({binary(QStringLiteral("pg_ctl")), QStringLiteral("-D"), dataDir(), QStringLiteral("-o"), options,
              QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
              QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")},
             why)) {
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly) && why) {
            *why += QString::fromUtf8(log.readAll().right(2000));
        }
        return false;
    }
    m_running = true;
    return true;
}

bool PgServer::stop()
{
    QString why;
    const bool ok = run({binary(QStringLiteral("pg_ctl")), QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                         QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
                        &why);
    m_running = false;
    return ok;
}

QString PgServer::uri(const QString& database, const QString& role, const QString& password) const
{
    return QStringLiteral("postgresql://%1:%2@/%3?host=%4&port=%5")
        .arg(role, password, database, socketDir())
        .arg(kPort);
}

bool PgServer::psql(const QString& database, const QString& sql, QString* why, QString* output) const
{
    return runPsql({QStringLiteral("-h"), socketDir(), QStringLiteral("-p"), QString::number(kPort), QStringLiteral("-U"),
                    Admin, QStringLiteral("-d"), database},
                   sql, why, output);
}

bool PgServer::psqlAt(const QString& uri, const QString& sql, QString* why, QString* output) const
{
    return runPsql({QStringLiteral("-d"), uri}, sql, why, output);
}

bool PgServer::runPsql(const QStringList& connection, const QString& sql, QString* why, QString* output) const
{
    // psql runs as the current user; the password goes through the environment of this one process only (a URI's
    // own password wins over it).
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), AdminPassword);
    p.setProcessEnvironment(env);
    p.start(binary(QStringLiteral("psql")),
            QStringList {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                         QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1")} +
                connection + QStringList {QStringLiteral("-c"), sql});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (why) {
            *why = QStringLiteral("psql: ") + QString::fromLocal8Bit(p.readAllStandardError());
        }
        return false;
    }
    if (output) {
        *output = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
    }
    return true;
}

PgServer& PgServer::shared()
{
    static const std::unique_ptr<PgServer> server = [] {
        auto s = std::make_unique<PgServer>();
        QString why;
        if (!s->start(&why)) {
            qFatal("cannot start the test's PostgreSQL server: %s", qPrintable(why));
        }
        return s;
    }();
    return *server;
}

QString PgServer::databaseOf(const QString& uri)
{
    return QUrl(uri).path().mid(1);
}

bool PgServer::createTeam(const QString& name, QString* why) const
{
    const QString owner = ownerOf(name);
    const QString writer = writerOf(name);
    return psql(QStringLiteral("postgres"),
                QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'; CREATE ROLE %3 LOGIN PASSWORD '%4';")
                    .arg(owner, passwordOf(owner), writer, passwordOf(writer)),
                why) &&
        psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(name, owner), why);
}

} // namespace cs::test
