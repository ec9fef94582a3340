#include "ServerOpener.h"

#include "store/Libpq.h"
#include "store/RecordSeals.h"
#include "store/Schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace cs::ServerOpener {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ServerOpener)
};

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("countersign-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString quotedValue(const QString& value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + v + u'\'';
}

bool isLocalHost(const QString& host)
{
    if (host.isEmpty()) {
        return true; // libpq's default: the local Unix socket
    }
    for (const QString& h : host.split(u',')) {
        if (!(h.startsWith(u'/') || h.startsWith(u'@') || h == u"localhost" || h == u"127.0.0.1" || h == u"::1")) {
            return false;
        }
    }
    return true;
}

/// The URI's parameters, as libpq reads them.
Result<QMap<QString, QString>> parse(const QString& uri)
{
    auto loaded = Libpq::load();
    if (!loaded) {
        return loaded.error();
    }
    const Libpq& pq = *loaded.value();
    char* message = nullptr;
    PQconninfoOption* options = pq.conninfoParse(uri.toUtf8().constData(), &message);
    if (options == nullptr) {
        const QString why = message ? QString::fromUtf8(message).trimmed() : Tr::tr("out of memory");
        pq.freemem(message);
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("%1 is not a PostgreSQL connection URI: %2").arg(displayName(uri), why));
    }
    QMap<QString, QString> params;
    for (PQconninfoOption* o = options; o->keyword != nullptr; ++o) {
        if (o->val != nullptr) {
            params.insert(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
        }
    }
    pq.conninfoFree(options);
    return params;
}

/// The entries of service `name` where libpq looks for them: $PGSERVICEFILE or ~/.pg_service.conf, else
/// pg_service.conf in $PGSYSCONFDIR or Debian's /etc/postgresql-common. Empty when no file defines it (libpq then
/// says so when connecting).
QMap<QString, QString> serviceEntries(const QString& name)
{
    const QByteArray userFile = qgetenv("PGSERVICEFILE");
    const QByteArray sysconf = qgetenv("PGSYSCONFDIR");
    const QStringList files = {
        userFile.isEmpty() ? QDir::homePath() + QStringLiteral("/.pg_service.conf") : QFile::decodeName(userFile),
        (sysconf.isEmpty() ? QStringLiteral("/etc/postgresql-common") : QFile::decodeName(sysconf)) +
            QStringLiteral("/pg_service.conf")};
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            continue;
        }
        QMap<QString, QString> entries;
        bool inSection = false;
        bool found = false;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#')) {
                continue;
            }
            if (line.startsWith(u'[') && line.endsWith(u']')) {
                inSection = line.mid(1, line.size() - 2) == name;
                found = found || inSection;
                continue;
            }
            if (const qsizetype eq = line.indexOf(u'='); inSection && eq > 0) {
                entries.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
            }
        }
        if (found) {
            return entries;
        }
    }
    return {};
}

Result<std::unique_ptr<Database>> connect(const QString& uri, Database::Mode mode)
{
    auto parsed = parse(uri);
    if (!parsed) {
        return parsed.error();
    }
    QMap<QString, QString> params = parsed.value();
    QString host = params.value(QStringLiteral("host"));
    bool sslModeChosen = params.contains(QStringLiteral("sslmode"));
    if (params.contains(QStringLiteral("service"))) {
        // A named connection: its host and sslmode come from the service file, as libpq will read them. The default
        // is decided on those, and never overrides a mode the service chose.
        const QMap<QString, QString> service = serviceEntries(params.value(QStringLiteral("service")));
        if (host.isEmpty()) {
            host = service.value(QStringLiteral("host"));
        }
        sslModeChosen = sslModeChosen || service.contains(QStringLiteral("sslmode"));
    }
    if (!sslModeChosen && !isLocalHost(host)) {
        params.insert(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
    }
    params.insert(QStringLiteral("application_name"), QStringLiteral("countersign"));
    auto database = std::make_unique<Database>(QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), nextConnectionName()),
                                               displayName(uri), mode, Database::Backend::Postgres);
    QSqlDatabase& db = database->connection();
    if (!db.isValid()) {
        return Error(
            ErrorCode::Internal,
            Tr::tr("cannot open %1: Qt's PostgreSQL driver (libqt6sql6-psql) is not installed").arg(displayName(uri)));
    }
    db.setHostName(params.take(QStringLiteral("host")));
    if (params.contains(QStringLiteral("port"))) {
        db.setPort(params.take(QStringLiteral("port")).toInt());
    }
    db.setDatabaseName(params.take(QStringLiteral("dbname")));
    db.setUserName(params.take(QStringLiteral("user")));
    db.setPassword(params.take(QStringLiteral("password")));
    QStringList options;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        options.append(it.key() + u'=' + quotedValue(it.value()));
    }
    db.setConnectOptions(options.join(u';'));
    if (!database->connection().open()) {
        const QString why = database->connection().lastError().databaseText().trimmed();
        return Error(ErrorCode::Io, Tr::tr("cannot connect to %1: %2").arg(displayName(uri), why));
    }
    for (const char* setting : {"SET TIME ZONE 'UTC'", "SET client_min_messages = warning"}) {
        if (auto r = database->execSql(QString::fromLatin1(setting), Tr::tr("configuring the connection")); !r) {
            return r.error();
        }
    }
    if (mode == Database::Mode::ReadOnly) {
        if (auto r = database->execSql(QStringLiteral("SET default_transaction_read_only = on"),
                                       Tr::tr("configuring the connection"));
            !r) {
            return r.error();
        }
    }
    return database;
}

Status installTouches(Database& db)
{
    if (auto r = RecordSeals::installTouches(db); !r) {
        if (r.error().code == ErrorCode::Forbidden) {
            return Error(ErrorCode::Forbidden,
                         Tr::tr("%1: the role may not create temporary tables, which every change needs; the "
                                "workspace's owner grants it with countersign-cli init --grant or GRANT TEMPORARY")
                             .arg(db.path()));
        }
        return r;
    }
    return {};
}
} // namespace

bool isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString displayName(const QString& uri)
{
    // postgresql://user:secret@host/db -> postgresql://user@host/db; password=... in the query string goes too.
    static const QRegularExpression userinfo(QStringLiteral(R"(^(postgres(?:ql)?://[^:@/]*):[^@/]*@)"));
    static const QRegularExpression query(QStringLiteral(R"(([?&])password=[^&]*&?)"));
    QString shown = uri;
    shown.replace(userinfo, QStringLiteral("\\1@"));
    shown.replace(query, QStringLiteral("\\1"));
    if (shown.endsWith(u'?') || shown.endsWith(u'&')) {
        shown.chop(1);
    }
    return shown;
}

Result<std::unique_ptr<Database>> open(const QString& uri, Database::Mode mode)
{
    auto connected = connect(uri, mode);
    if (!connected) {
        return connected.error();
    }
    std::unique_ptr<Database> db = std::move(connected.value());
    for (const QString& table : {QStringLiteral("schema_version"), QStringLiteral("workspace_meta")}) {
        auto has = db->hasTable(table);
        if (!has) {
            return has.error();
        }
        if (!has.value()) {
            return Error(ErrorCode::NotAWorkspace,
                         Tr::tr("%1 is a PostgreSQL database but not a Countersign workspace (create one with "
                                "countersign-cli init --server)")
                             .arg(db->path()));
        }
    }
    if (mode == Database::Mode::ReadWrite) {
        if (auto r = installTouches(*db); !r) {
            return r.error();
        }
    }
    return db;
}

Result<std::unique_ptr<Database>> create(const QString& uri)
{
    auto connected = connect(uri, Database::Mode::ReadWrite);
    if (!connected) {
        return connected.error();
    }
    std::unique_ptr<Database> db = std::move(connected.value());
    auto has = db->hasTable(QStringLiteral("schema_version"));
    if (!has) {
        return has.error();
    }
    if (has.value()) {
        return Error(ErrorCode::AlreadyExists,
                     Tr::tr("%1 already holds a Countersign workspace; choose another database").arg(db->path()));
    }
    if (auto r = installTouches(*db); !r) {
        return r.error();
    }
    return db;
}

Status grantWriter(Database& db, const QString& role)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    if (!plain.match(role).hasMatch()) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("\"%1\" is not a role name Countersign grants to (letters, digits and _)").arg(role));
    }
    const QStringList appendOnly = Schema::appendOnlyTables();
    const QStringList neverDeleted = Schema::neverDeletedTables();
    QStringList sql = {
        QStringLiteral("DO $$ BEGIN EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database()); "
                       "EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %2', current_database()); END $$")
            .arg(role),
        QStringLiteral("REVOKE ALL ON SCHEMA public FROM PUBLIC"),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(role),
        QStringLiteral("GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO %1").arg(role),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(role),
    };
    QSqlQuery tables(db.connection());
    if (!tables.exec(QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'public'"))) {
        return db.translate(tables.lastError(), Tr::tr("listing the workspace's tables"));
    }
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        if (appendOnly.contains(table)) {
            continue;
        }
        sql += QStringLiteral("GRANT UPDATE ON %1 TO %2").arg(table, role);
        if (!neverDeleted.contains(table)) {
            sql += QStringLiteral("GRANT DELETE ON %1 TO %2").arg(table, role);
        }
    }
    for (const QString& statement : sql) {
        if (auto r = db.execSql(statement, Tr::tr("granting %1 access to the workspace").arg(role)); !r) {
            return r;
        }
    }
    return {};
}

} // namespace cs::ServerOpener
