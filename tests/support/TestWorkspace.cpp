#include "TestWorkspace.h"

#include "PgServer.h"
#include "commands/ChangeSettingCommand.h"
#include "commands/RegistryCommands.h"
#include "commands/UserCommands.h"
#include "json/CanonicalJson.h"
#include "settings/WorkspaceSettings.h"
#include "store/Schema.h"
#include "workspace/WorkspaceKeyFile.h"

#include <QFile>
#include <QTest>

namespace cs::test {

TestWorkspace::TestWorkspace()
    : TestWorkspace(Schema::latestVersion())
{ }

TestWorkspace::TestWorkspace(int schemaVersion)
    : m_clock(1764000000000) // 2025-11-24T16:00:00Z
{
    if (onServer()) {
        static int count = 0;
        const QString team = QStringLiteral("ws_%1").arg(++count);
        QString why;
        if (!PgServer::shared().createTeam(team, &why)) {
            qFatal("cannot create the database of a team test workspace: %s", qPrintable(why));
        }
        m_location = PgServer::shared().ownerUri(team);
        // One folder of team keys for the process: copies of a workspace (copyOf) find the key by its id.
        static const QTemporaryDir keys;
        qputenv("COUNTERSIGN_TEAM_KEYS", QFile::encodeName(keys.path()));
    }
    const QList<Migration> migrations = Schema::migrations().first(schemaVersion);
    Workspace::Options o = options();
    o.migrations = &migrations;
    auto ws = Workspace::create(
        path(), {Tester, QStringLiteral("Terry Tester"), QStringLiteral("tester@example.org"), Authority::allRoles()},
        secret(passwordOf(Tester)), {QStringLiteral("Test workspace"), false}, o);
    if (!ws) {
        qFatal("cannot create the test workspace: %s", qPrintable(ws.error().message));
    }
    m_ws = std::move(ws.value());
}

TestWorkspace::TestWorkspace(const QString& serverUri, const QString& writerRole)
    : m_location(serverUri)
    , m_clock(1764000000000)
{
    qputenv("COUNTERSIGN_TEAM_KEYS", QFile::encodeName(m_dir.filePath(QStringLiteral("team-keys"))));
    Workspace::Options o = options();
    o.serverWriterRole = writerRole;
    auto ws = Workspace::create(
        path(), {Tester, QStringLiteral("Terry Tester"), QStringLiteral("tester@example.org"), Authority::allRoles()},
        secret(passwordOf(Tester)), {QStringLiteral("Team test workspace"), false}, o);
    if (!ws) {
        qFatal("cannot create the team test workspace: %s", qPrintable(ws.error().message));
    }
    m_ws = std::move(ws.value());
}

TestWorkspace::~TestWorkspace() = default;

QString TestWorkspace::copyOf(const QString& path, const QString& folder)
{
    if (!path.startsWith(QStringLiteral("postgresql:"))) {
        const QString copy = folder + QStringLiteral("/copy.countersign");
        QFile::copy(path, copy);
        QFile::copy(path + QStringLiteral(".key"), copy + QStringLiteral(".key"));
        return copy;
    }
    static int count = 0;
    const QString from = PgServer::databaseOf(path);
    const QString database = QStringLiteral("%1_copy_%2").arg(from).arg(++count);
    QString why;
    if (!PgServer::shared().psql(
            QStringLiteral("postgres"),
            QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 OWNER %3").arg(database, from, PgServer::ownerOf(from)),
            &why)) {
        qWarning("copying %s: %s", qPrintable(from), qPrintable(why));
        return {};
    }
    return PgServer::shared().ownerUri(from).replace(u'/' + from + u'?', u'/' + database + u'?');
}

QString TestWorkspace::keyFileOf(const QString& path)
{
    if (!path.startsWith(QStringLiteral("postgresql:"))) {
        return path + QStringLiteral(".key");
    }
    auto ws = Workspace::open(path, OpenMode::ReadOnly);
    return ws ? WorkspaceKeyFile::teamPathFor(ws.value()->id()) : QString();
}

bool TestWorkspace::onServer()
{
    static const bool server = qgetenv("COUNTERSIGN_TEST_BACKEND") == "postgresql";
    return server;
}

QString TestWorkspace::passwordOf(const QString& username)
{
    // Each letter shifted by one, so the password never contains the username (the policy refuses that).
    QString shifted = username;
    for (QChar& c : shifted) {
        c = QChar(c.unicode() + 1);
    }
    return shifted + QStringLiteral("-password-1");
}

SecretBytes TestWorkspace::secret(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    return SecretBytes::take(bytes);
}

Workspace::Options TestWorkspace::options()
{
    Workspace::Options o;
    o.clock = &m_clock;
    o.passwordParameters.log2N = 10; // 1 MiB instead of 32 MiB: the tests sign in hundreds of times
    return o;
}

bool TestWorkspace::addEvents(int count)
{
    for (int i = 0; i < count; ++i) {
        m_clock.advance(60 * 1000);
        // Alternate between two values so every change is a real change.
        const int value = 20 + (m_toggle++ % 2);
        ChangeSettingCommand command(SettingKey::AuditReviewIntervalDays, value,
                                     QStringLiteral("test change %1").arg(m_toggle));
        if (auto r = m_ws->execute(command); !r) {
            qWarning("addEvents: %s", qPrintable(r.error().message));
            return false;
        }
    }
    return true;
}

QByteArray TestWorkspace::checkpoint()
{
    m_clock.advance(1000);
    auto cp = m_ws->writeCheckpoint();
    if (!cp) {
        qWarning("checkpoint: %s", qPrintable(cp.error().message));
        return {};
    }
    return cp->note;
}

bool TestWorkspace::reopen(OpenMode mode)
{
    m_ws.reset();
    auto ws = Workspace::open(path(), mode, options());
    if (!ws) {
        qWarning("reopen: %s", qPrintable(ws.error().message));
        return false;
    }
    m_ws = std::move(ws.value());
    if (mode == OpenMode::ReadWrite) {
        return signInAs(Tester);
    }
    return true;
}

bool TestWorkspace::signInAs(const QString& username)
{
    m_ws->signOut();
    auto user = m_ws->signIn(username, secret(passwordOf(username)));
    if (!user) {
        qWarning("signInAs %s: %s", qPrintable(username), qPrintable(user.error().message));
        return false;
    }
    return true;
}

bool TestWorkspace::addModelVersions(const QString& model, const QStringList& labels)
{
    QList<VersionImport> versions;
    for (const QString& label : labels) {
        VersionImport v;
        v.version.modelName = model;
        v.version.label = label;
        v.version.sourceUri = QStringLiteral("test");
        v.version.evidence = QJsonObject {{QStringLiteral("version"), label}};
        v.version.evidenceSha256 = CanonicalJson::sha256Hex(v.version.evidence).value();
        versions.append(v);
    }
    ImportModelVersionsCommand command(model, versions);
    auto r = m_ws->execute(command);
    if (!r) {
        qWarning("adding versions of %s: %s", qPrintable(model), qPrintable(r.error().message));
    }
    return r.ok();
}

bool TestWorkspace::addUser(const QString& username, const QList<Role>& roles, const QString& email)
{
    const QString previous = m_ws->session().actor;
    const QString temporary = QStringLiteral("tmp-") + passwordOf(username);
    AddUserCommand add({username, QStringLiteral("Person %1").arg(username),
                        email.isEmpty() ? username + QStringLiteral("@example.org") : email, roles},
                       secret(temporary));
    if (auto r = m_ws->execute(add); !r) {
        qWarning("addUser %s: %s", qPrintable(username), qPrintable(r.error().message));
        return false;
    }
    m_ws->signOut();
    if (auto r = m_ws->signIn(username, secret(temporary)); !r) {
        qWarning("addUser sign-in: %s", qPrintable(r.error().message));
        return false;
    }
    ChangeOwnPasswordCommand change(secret(temporary), secret(passwordOf(username)));
    if (auto r = m_ws->execute(change); !r) {
        qWarning("addUser password change: %s", qPrintable(r.error().message));
        return false;
    }
    return previous.isEmpty() || signInAs(previous);
}

} // namespace cs::test
