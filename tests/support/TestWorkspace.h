#pragma once

#include "identity/SecretBytes.h"
#include "util/Clock.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>

#include <memory>

/// Skips the rest of a test in a `*_on_server` run: for what only a file has (its bytes, permissions, SQLite's own
/// locks), saying what stands for it on a server.
#define CS_FILE_WORKSPACES_ONLY(why)               \
    do {                                           \
        if (cs::test::TestWorkspace::onServer()) { \
            QSKIP("file workspaces only: " why);   \
        }                                          \
    } while (false)

namespace cs::test {

/// A workspace in a temporary folder with a manual clock, for tests. Fails the current test on any error.
class TestWorkspace
{
public:
    TestWorkspace();
    /// A workspace created at an earlier schema (`schemaVersion` of Schema::migrations()), as an earlier Countersign
    /// wrote it; reopening it read-write upgrades it.
    explicit TestWorkspace(int schemaVersion);
    /// A team workspace in the (empty) database `serverUri` names, granting `writerRole` when given.
    explicit TestWorkspace(const QString& serverUri, const QString& writerRole = {});
    ~TestWorkspace();

    /// The workspace file, or the server URI it was created at (with its password: tests reopen it).
    QString path() const
    {
        return m_location.isEmpty() ? m_dir.filePath(QStringLiteral("test.countersign")) : m_location;
    }
    QString dirPath() const { return m_dir.path(); }
    Workspace& ws() { return *m_ws; }
    ManualClock& clock() { return m_clock; }

    /// Appends `count` setting changes (each one event), a minute apart. Returns false on failure.
    bool addEvents(int count);
    /// Writes a checkpoint and returns its note.
    QByteArray checkpoint();
    /// Closes the workspace (so the file can be changed underneath) and reopens it, signed in as "tester" again
    /// (read-write only).
    void close() { m_ws.reset(); }
    bool reopen(OpenMode mode = OpenMode::ReadWrite);

    /// Whether this test process keeps its workspaces on a PostgreSQL server: COUNTERSIGN_TEST_BACKEND=postgresql
    /// (ctest's `*_on_server` runs of the store, command and verification tests). Then every TestWorkspace is a
    /// team workspace in a database of its own on PgServer::shared(), created by that database's owner role.
    static bool onServer();

    /// A copy of the closed workspace at `path` (and of its key) in `folder`, returning where the copy is: a file
    /// beside its own key, or on a server a database made from the original (the key, found by workspace id, is
    /// shared).
    static QString copyOf(const QString& path, const QString& folder);
    /// Where the checkpoint-signing key of the workspace at `path` lives (WorkspaceKeyFile).
    static QString keyFileOf(const QString& path);

    /// The workspace's first account: "tester", who holds every role.
    static inline const QString Tester = QStringLiteral("tester");
    /// The password of a test account: the username with each letter shifted by one, then "-password-1".
    static QString passwordOf(const QString& username);
    static SecretBytes secret(const QString& text);
    /// Options for workspaces in tests: this clock and a cheap scrypt cost.
    Workspace::Options options();
    /// Adds an account holding `roles` whose password is passwordOf(username), already changed by its holder so it
    /// can act at once. The session is back to whoever was signed in before.
    bool addUser(const QString& username, const QList<Role>& roles, const QString& email = {});
    /// Registers `model` with versions `labels`, each with small evidence of its own ({"version": label}), as the
    /// signed-in person. Returns false on failure.
    bool addModelVersions(const QString& model, const QStringList& labels);
    /// Signs out and signs `username` in.
    bool signInAs(const QString& username);

private:
    QTemporaryDir m_dir;
    QString m_location;
    ManualClock m_clock;
    std::unique_ptr<Workspace> m_ws;
    int m_toggle = 0;
};

} // namespace cs::test
