#include "PgServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QUrl>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cs::test {

namespace {
/// Whether process `pid` still runs (a zombie, killed but not yet reaped by its parent, does not).
bool isAlive(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH) {
        return false;
    }
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return true;
    }
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    return afterName < 0 || line.mid(afterName + 2, 1) != "Z";
}

/// A TCP port nobody listens on at `host` now (the kernel's choice).
int freePort(const QString& host)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    ::inet_pton(AF_INET, host.toLatin1().constData(), &address.sin_addr);
    socklen_t length = sizeof address;
    int port = 0;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
        port = ntohs(address.sin_port);
    }
    if (fd >= 0) {
        ::close(fd);
    }
    return port;
}

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
    stopAbandonedServers();
    {
        QFile owner(m_dir.filePath(QStringLiteral("owner.pid")));
        if (!owner.open(QIODevice::WriteOnly) || owner.write(QByteArray::number(qint64(::getpid()))) < 0) {
            *why = QStringLiteral("cannot write %1").arg(owner.fileName());
            return false;
        }
    }
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
    if (m_tls) {
        m_port = freePort(TlsHost);
        if (m_port == 0) {
            *why = QStringLiteral("no free TCP port on %1").arg(TlsHost);
            return false;
        }
        if (!makeCertificates(why)) {
            return false;
        }
    }
    return restart(why) || (stop(), false);
}

void PgServer::stopAbandonedServers() const
{
    // A test process killed before its destructors ran (a crash, a timeout, SIGPIPE) leaves its server running:
    // the next test stops and removes it, so servers never pile up on a machine.
    const QDir temp = QDir::temp();
    for (const QString& name :
         temp.entryList({QStringLiteral("countersign-pg-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dir = temp.filePath(name);
        if (dir == m_dir.path()) {
            continue;
        }
        QFile owner(dir + QStringLiteral("/owner.pid"));
        if (!owner.open(QIODevice::ReadOnly)) {
            continue; // not one of ours, or still starting
        }
        const qint64 pid = owner.readAll().trimmed().toLongLong();
        owner.close();
        if (pid <= 0 || isAlive(pid)) {
            continue;
        }
        if (QFile::exists(dir + QStringLiteral("/data/postmaster.pid"))) {
            run({binary(QStringLiteral("pg_ctl")), QStringLiteral("-D"), dir + QStringLiteral("/data"),
                 QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                nullptr);
        }
        QDir(dir).removeRecursively();
    }
}

bool PgServer::makeCertificates(QString* why)
{
    // Made by the server's own user (run), so the key is the server's and private to it.
    const auto openssl = [&](const QStringList& args) {
        return run(QStringList {QStringLiteral("openssl")} + args, why);
    };
    const QString ext = m_dir.filePath(QStringLiteral("server.ext"));
    {
        QFile f(ext);
        if (!f.open(QIODevice::WriteOnly) ||
            f.write("subjectAltName = IP:" + TlsHost.toLatin1() + "\nbasicConstraints = CA:FALSE\n") < 0) {
            *why = QStringLiteral("cannot write %1").arg(ext);
            return false;
        }
    }
    const QStringList ec = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
    const QString data = dataDir();
    for (const QString& ca : {QStringLiteral("ca"), QStringLiteral("other-ca")}) {
        if (!openssl(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                     QStringList {QStringLiteral("-keyout"), ca + QStringLiteral(".key"), QStringLiteral("-out"),
                                  ca + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("2"),
                                  QStringLiteral("-subj"), QStringLiteral("/CN=Countersign test ") + ca})) {
            return false;
        }
    }
    return openssl(QStringList {QStringLiteral("req")} + ec +
                   QStringList {QStringLiteral("-keyout"), data + QStringLiteral("/server.key"), QStringLiteral("-out"),
                                QStringLiteral("server.csr"), QStringLiteral("-subj"),
                                QStringLiteral("/CN=") + TlsHost}) &&
        openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                 QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                 QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                 QStringLiteral("-extfile"), ext, QStringLiteral("-out"), data + QStringLiteral("/server.crt")}) &&
        run({QStringLiteral("chmod"), QStringLiteral("600"), data + QStringLiteral("/server.key")}, why) &&
        // TLS only over TCP (the client's address is the loopback's own, 127.0.0.1): a client that will not speak TLS
        // is turned away; the socket stays for the test's own psql.
        run({QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("printf 'local all all scram-sha-256\\nhostnossl all all 0.0.0.0/0 reject\\n"
                            "hostssl all all 127.0.0.0/8 scram-sha-256\\n' > '%1/pg_hba.conf'")
                 .arg(data)},
            why);
}

bool PgServer::restart(QString* why)
{
    if (m_running) {
        stop();
    }
    QString options = QStringLiteral("-k %1 -p %2 -c fsync=off -c max_connections=60").arg(socketDir()).arg(m_port);
    options += m_tls ? QStringLiteral(" -c listen_addresses=%1 -c ssl=on -c ssl_cert_file=server.crt "
                                      "-c ssl_key_file=server.key")
                           .arg(TlsHost)
                     : QStringLiteral(" -c listen_addresses=''");
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
        .arg(m_port);
}

bool PgServer::psql(const QString& database, const QString& sql, QString* why, QString* output) const
{
    return runPsql({QStringLiteral("-h"), socketDir(), QStringLiteral("-p"), QString::number(m_port),
                    QStringLiteral("-U"), Admin, QStringLiteral("-d"), database},
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
