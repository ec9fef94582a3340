// The tamper matrix of issue #2: every way of changing the audit trail behind Countersign's back is detected, and
// the finding names the first bad sequence number and what is wrong.
#include "Tamper.h"
#include "TestWorkspace.h"
#include "audit/AuditEventCodec.h"
#include "queries/AuditQuery.h"
#include "store/AuditEventTable.h"
#include "store/RecordTables.h"
#include "workspace/WorkspaceAccess.h"

#include <QFile>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using namespace cs::test;

Q_DECLARE_METATYPE(cs::Finding::Kind)

class TestAuditTamper : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void untouchedTrailIsIntact();
    void sqlTampering_data();
    void sqlTampering();
    void rewriteWithRecomputedHashesIsCaughtByCheckpoints();
    void checkpointFromAnotherWorkspace();
    void alteredCheckpointFile();
    void replacedWorkspaceKey();
    void foreignKeyFileIsReported();
    void droppedTriggersAreReported();
    void checkpointRefusesDamagedTrail();
    void excerptProvesEventsOffline();
    void excerptRefusesChangedParts();
    void excerptOfAlteredTrailIsRefused();

private:
    /// The stored checkpoint of `size` events in the workspace at `path`.
    static Checkpoint storedCheckpoint(const QString& path, qint64 size);
    /// A fresh copy of the base workspace (and its key) in its own folder; returns the workspace path.
    QString copyBase(QTemporaryDir& dir) const;
    VerificationReport verifyCopy(const QString& path, const QList<std::pair<QString, QByteArray>>& files = {});

    std::unique_ptr<TestWorkspace> m_base;
    QByteArray m_checkpoint20; ///< the note of the checkpoint covering events 1..20, as if kept in a file
};

void TestAuditTamper::initTestCase()
{
    // Events 1..10, checkpoint (size 10, event 11), events 12..20, checkpoint (size 20, event 21), events 22..25.
    m_base = std::make_unique<TestWorkspace>(); // events 1 and 2: the workspace and its first account
    QVERIFY(m_base->addEvents(8));
    QVERIFY(!m_base->checkpoint().isEmpty());
    QVERIFY(m_base->addEvents(9));
    m_checkpoint20 = m_base->checkpoint();
    QVERIFY(m_checkpoint20.contains("\n20\n"));
    QVERIFY(m_base->addEvents(4));
    QCOMPARE(m_base->ws().eventCount().value(), qint64(25));
    m_base->close();
}

QString TestAuditTamper::copyBase(QTemporaryDir& dir) const
{
    return TestWorkspace::copyOf(m_base->path(), dir.path());
}

VerificationReport TestAuditTamper::verifyCopy(const QString& path, const QList<std::pair<QString, QByteArray>>& files)
{
    auto ws = Workspace::open(path, OpenMode::ReadOnly);
    if (!ws) {
        qWarning("open: %s", qPrintable(ws.error().message));
        return {};
    }
    auto report = ws.value()->verify(files);
    if (!report) {
        qWarning("verify: %s", qPrintable(report.error().message));
        return {};
    }
    return report.value();
}

void TestAuditTamper::untouchedTrailIsIntact()
{
    QTemporaryDir dir;
    const auto report = verifyCopy(copyBase(dir), {{QStringLiteral("cp20.txt"), m_checkpoint20}});
    QVERIFY2(report.intact(), qPrintable(report.summary()));
    QCOMPARE(report.eventCount, qint64(25));
    QCOMPARE(report.checkpointsChecked, 2);
    QCOMPARE(report.checkpointFilesChecked, 1);
}

void TestAuditTamper::sqlTampering_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<Finding::Kind>("kind");
    QTest::addColumn<qint64>("firstBad");
    using K = Finding::Kind;
    const auto set = [](const char* assignment) {
        return QStringList {QStringLiteral("UPDATE audit_event SET %1 WHERE seq = 7").arg(QLatin1String(assignment))};
    };
    QTest::newRow("edit actor") << set("actor = 'mallory'") << K::EventAltered << qint64(7);
    QTest::newRow("edit time") << set("at_ms = at_ms + 1") << K::EventAltered << qint64(7);
    QTest::newRow("edit action") << set("action = 'setting.viewed'") << K::EventAltered << qint64(7);
    QTest::newRow("edit change kind") << set("change_kind = 'delete'") << K::EventAltered << qint64(7);
    QTest::newRow("edit entity type") << set("entity_type = 'user'") << K::EventAltered << qint64(7);
    QTest::newRow("edit entity id") << set("entity_id = 'security.password_min_length'") << K::EventAltered
                                    << qint64(7);
    QTest::newRow("edit before value") << set("before_json = '{\"value\":99}'") << K::EventAltered << qint64(7);
    QTest::newRow("edit after value") << set("after_json = '{\"value\":99}'") << K::EventAltered << qint64(7);
    QTest::newRow("non-canonical value") << set("after_json = '{\"value\": 21}'") << K::EventAltered << qint64(7);
    QTest::newRow("edit reason") << set("reason = 'approved by phone'") << K::EventAltered << qint64(7);
    QTest::newRow("remove reason") << set("reason = NULL") << K::EventAltered << qint64(7);
    QTest::newRow("edit session") << set("session_id = 'other'") << K::EventAltered << qint64(7);
    QTest::newRow("edit leaf hash") << set("leaf_hash = randomblob(32)") << K::EventAltered << qint64(7);
    QTest::newRow("edit chain hash") << set("chain_hash = randomblob(32)") << K::ChainBroken << qint64(7);
    QTest::newRow("delete an event") << QStringList {QStringLiteral("DELETE FROM audit_event WHERE seq = 7")}
                                     << K::EventsMissing << qint64(7);
    QTest::newRow("delete and renumber")
        << QStringList {QStringLiteral("DELETE FROM audit_event WHERE seq = 7"),
                        QStringLiteral("UPDATE audit_event SET seq = seq + 1000 WHERE seq > 7"),
                        QStringLiteral("UPDATE audit_event SET seq = seq - 1001 WHERE seq > 1000")}
        << K::EventAltered << qint64(7);
    QTest::newRow("insert a copied event")
        << QStringList {QStringLiteral("UPDATE audit_event SET seq = seq + 1000 WHERE seq >= 7"),
                        QStringLiteral("UPDATE audit_event SET seq = seq - 999 WHERE seq >= 1007"),
                        QStringLiteral(
                            "INSERT INTO audit_event SELECT 7, at_ms, actor, action, change_kind, "
                            "entity_type, entity_id, before_json, after_json, reason, session_id, leaf_hash, "
                            "chain_hash FROM audit_event WHERE seq = 6")}
        << K::EventAltered << qint64(7);
    QTest::newRow("insert at the end with garbage hashes")
        << QStringList {QStringLiteral("INSERT INTO audit_event SELECT 26, at_ms, actor, action, change_kind, "
                                       "entity_type, entity_id, before_json, after_json, reason, session_id, "
                                       "randomblob(32), randomblob(32) FROM audit_event WHERE seq = 25")}
        << K::EventAltered << qint64(26);
    QTest::newRow("swap two events") << QStringList {QStringLiteral("UPDATE audit_event SET seq = 1005 WHERE seq = 5"),
                                                     QStringLiteral("UPDATE audit_event SET seq = 5 WHERE seq = 6"),
                                                     QStringLiteral("UPDATE audit_event SET seq = 6 WHERE seq = 1005")}
                                     << K::EventAltered << qint64(5);
    QTest::newRow("swap the reasons of two events")
        << QStringList {QStringLiteral(
                            "CREATE TEMP TABLE r AS SELECT seq, reason FROM audit_event WHERE seq IN (5, 6)"),
                        QStringLiteral("UPDATE audit_event SET reason = (SELECT reason FROM r WHERE r.seq = 11 - "
                                       "audit_event.seq) WHERE seq IN (5, 6)")}
        << K::EventAltered << qint64(5);
    QTest::newRow("truncate the tail behind a checkpoint")
        << QStringList {QStringLiteral("DELETE FROM audit_event WHERE seq > 15")} << K::LogTruncated << qint64(16);
    QTest::newRow("truncate the tail and its checkpoint")
        << QStringList {QStringLiteral("DELETE FROM audit_event WHERE seq > 15"),
                        QStringLiteral("DELETE FROM audit_checkpoint WHERE tree_size = 20")}
        << K::LogTruncated << qint64(16);
}

void TestAuditTamper::sqlTampering()
{
    QFETCH(QStringList, sql);
    QFETCH(Finding::Kind, kind);
    QFETCH(qint64, firstBad);
    QTemporaryDir dir;
    const QString path = copyBase(dir);
    QCOMPARE(tamper(path, sql), QString());
    const auto report = verifyCopy(path, {{QStringLiteral("cp20.txt"), m_checkpoint20}});
    QVERIFY2(!report.intact(), "tampering went undetected");
    QCOMPARE(report.firstBadSeq(), firstBad);
    const auto it = std::find_if(report.findings.begin(), report.findings.end(),
                                 [&](const Finding& f) { return f.seq == firstBad; });
    QVERIFY(it != report.findings.end());
    QCOMPARE(nameOf(it->kind), nameOf(kind));
    QVERIFY2(report.summary().contains(QStringLiteral("event %1").arg(firstBad)), qPrintable(report.summary()));
}

void TestAuditTamper::rewriteWithRecomputedHashesIsCaughtByCheckpoints()
{
    // A careful forger edits event 13 and recomputes every leaf and chain hash after it (the scheme is public),
    // leaving a self-consistent chain. Only the signed checkpoints can tell, and they bound the range.
    QTemporaryDir dir;
    const QString path = copyBase(dir);
    {
        auto ws = Workspace::open(path, OpenMode::ReadOnly);
        QVERIFY(ws.ok());
        const QString workspaceId = ws.value()->id();
        AuditEventTable table(WorkspaceAccess::database(*ws.value()));
        QList<AuditEvent> events;
        QVERIFY(table
                    .scan(1,
                          [&](const AuditEvent& e) {
                              events.append(e);
                              return true;
                          })
                    .ok());
        ws.value().reset();
        QStringList sql;
        QByteArray chain = events[11].chainHash;
        for (qsizetype i = 12; i < events.size(); ++i) {
            AuditEvent e = events[i];
            if (e.seq == 13) {
                e.actor = QStringLiteral("mallory");
            }
            e.leafHash = AuditEventCodec::leafHash(AuditEventCodec::canonicalBytes(e, workspaceId).value()).value();
            e.chainHash = AuditEventCodec::chainHash(chain, e.leafHash).value();
            chain = e.chainHash;
            sql.append(
                QStringLiteral("UPDATE audit_event SET actor = '%1', leaf_hash = x'%2', chain_hash = x'%3' "
                               "WHERE seq = %4")
                    .arg(e.actor, QString::fromLatin1(e.leafHash.toHex()), QString::fromLatin1(e.chainHash.toHex()))
                    .arg(e.seq));
        }
        QCOMPARE(tamper(path, sql), QString());
    }
    const auto report = verifyCopy(path, {{QStringLiteral("cp20.txt"), m_checkpoint20}});
    QVERIFY(!report.intact());
    QVERIFY2(report.firstBadSeq() == 11, qPrintable(report.summary())); // after the checkpoint of 10 that matches
    for (const Finding& f : report.findings) {
        QCOMPARE(nameOf(f.kind), nameOf(Finding::Kind::CheckpointMismatch));
    }
    QVERIFY2(report.summary().contains(u"between 11 and 20"), qPrintable(report.summary()));
}

void TestAuditTamper::checkpointFromAnotherWorkspace()
{
    TestWorkspace other;
    const QByteArray foreign = other.checkpoint();
    QTemporaryDir dir;
    const auto report = verifyCopy(copyBase(dir), {{QStringLiteral("other.txt"), foreign}});
    QCOMPARE(report.findings.size(), 1);
    QCOMPARE(nameOf(report.findings[0].kind), nameOf(Finding::Kind::ForeignCheckpoint));
    QVERIFY(report.findings[0].message.contains(u"other.txt"));
}

void TestAuditTamper::alteredCheckpointFile()
{
    QByteArray altered = m_checkpoint20;
    altered.replace("\n20\n", "\n19\n");
    QTemporaryDir dir;
    const auto report = verifyCopy(copyBase(dir), {{QStringLiteral("cp20.txt"), altered}});
    QCOMPARE(report.findings.size(), 1);
    QCOMPARE(nameOf(report.findings[0].kind), nameOf(Finding::Kind::CheckpointInvalid));
    QVERIFY2(report.findings[0].message.contains(u"does not verify"), qPrintable(report.findings[0].message));
}

void TestAuditTamper::replacedWorkspaceKey()
{
    QTemporaryDir dir;
    const QString path = copyBase(dir);
    auto key = Ed25519PrivateKey::generate();
    QVERIFY(key.ok());
    QCOMPARE(tamper(path,
                    {QStringLiteral("UPDATE workspace_meta SET value = '%1' WHERE key = 'public_key'")
                         .arg(QString::fromLatin1(key->publicKey().raw().toBase64()))}),
             QString());
    const auto report = verifyCopy(path);
    QCOMPARE(report.firstBadSeq(), qint64(1));
    QCOMPARE(nameOf(report.findings[0].kind), nameOf(Finding::Kind::KeyReplaced));
}

void TestAuditTamper::foreignKeyFileIsReported()
{
    // Another workspace's key file beside this one: verify said "intact"; only writing a checkpoint noticed.
    QTemporaryDir dir;
    const QString path = copyBase(dir);
    TestWorkspace other;
    other.close();
    // On a server the copy shares the base's key (found by workspace id): put it back afterwards.
    const QString key = TestWorkspace::keyFileOf(path);
    QFile original(key);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    original.close();
    const auto restore = qScopeGuard([&] {
        QFile::remove(key);
        QFile f(key);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    });
    QVERIFY(QFile::remove(key));
    QVERIFY(QFile::copy(TestWorkspace::keyFileOf(other.path()), key));
    const auto report = verifyCopy(path);
    QVERIFY(!report.intact());
    QCOMPARE(nameOf(report.findings.first().kind), nameOf(Finding::Kind::KeyReplaced));
    QVERIFY2(report.findings.first().message.contains(QStringLiteral("belongs to another workspace")),
             qPrintable(report.findings.first().message));
}

void TestAuditTamper::droppedTriggersAreReported()
{
    QTemporaryDir dir;
    const QString path = copyBase(dir);
    QCOMPARE(tamper(path, {}, false), QString());
    const auto report = verifyCopy(path);
    QCOMPARE(report.findings.size(), 1);
    QCOMPARE(nameOf(report.findings[0].kind), nameOf(Finding::Kind::ProtectionRemoved));
    QCOMPARE(report.firstBadSeq(), qint64(0));
}

void TestAuditTamper::checkpointRefusesDamagedTrail()
{
    QTemporaryDir dir;
    const QString path = copyBase(dir);
    QCOMPARE(tamper(path, {QStringLiteral("UPDATE audit_event SET reason = 'x' WHERE seq = 3")}), QString());
    auto ws = Workspace::open(path, OpenMode::ReadWrite, m_base->options());
    QVERIFY(ws.ok());
    QVERIFY(ws.value()
                ->signIn(TestWorkspace::Tester, TestWorkspace::secret(TestWorkspace::passwordOf(TestWorkspace::Tester)))
                .ok());
    const qint64 before = ws.value()->eventCount().value();
    auto cp = ws.value()->writeCheckpoint();
    QVERIFY(!cp.ok());
    QCOMPARE(cp.error().code, ErrorCode::Integrity);
    QVERIFY2(cp.error().message.contains(u"event 3"), qPrintable(cp.error().message));
    QCOMPARE(ws.value()->eventCount().value(), before);
}

Checkpoint TestAuditTamper::storedCheckpoint(const QString& path, qint64 size)
{
    auto ws = Workspace::open(path, OpenMode::ReadOnly);
    if (!ws) {
        return {};
    }
    const auto all = CheckpointTable(WorkspaceAccess::database(*ws.value())).all();
    for (const Checkpoint& c : all.value()) {
        if (c.size == size) {
            return c;
        }
    }
    return {};
}

void TestAuditTamper::excerptProvesEventsOffline()
{
    QTemporaryDir dir;
    const QString path = copyBase(dir);
    auto ws = Workspace::open(path, OpenMode::ReadOnly);
    QVERIFY(ws.ok());
    const Checkpoint cp20 = storedCheckpoint(path, 20);
    QCOMPARE(cp20.note, m_checkpoint20);
    const QList<qint64> picked {1, 3, 13, 20};
    auto excerpt = AuditQuery(*ws.value()).excerpt(cp20, ws.value()->verifierKey().value(), [&](const AuditEvent& e) {
        return picked.contains(e.seq);
    });
    QVERIFY2(excerpt.ok(), qPrintable(excerpt.ok() ? QString() : excerpt.error().message));
    QCOMPARE(excerpt->events.size(), 4); // event 25 exists but the checkpoint covers 1..20 only
    // Each event's bytes are the workspace's canonical form, as log --json exports it.
    AuditEventTable table(WorkspaceAccess::database(*ws.value()));
    for (const AuditExcerpt::Entry& e : excerpt->events) {
        const AuditEvent stored = table.at(e.seq).value();
        QCOMPARE(e.canonical, AuditEventCodec::canonicalBytes(stored, ws.value()->id()).value());
        QCOMPARE(e.leafHash, stored.leafHash);
    }
    // Through JSON and back (what the package carries), and checked with nothing but the excerpt.
    auto read = AuditExcerpt::fromJson(excerpt->toJson(), QStringLiteral("excerpt.json"));
    QVERIFY(read.ok());
    auto verified = read->verify(QStringLiteral("excerpt.json"));
    QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));
    QCOMPARE(verified->events, qint64(4));
    QCOMPARE(verified->checkpoint.size, qint64(20));
    QCOMPARE(verified->checkpoint.rootHash, cp20.rootHash);
}

void TestAuditTamper::excerptRefusesChangedParts()
{
    QTemporaryDir dir;
    const QString path = copyBase(dir);
    auto ws = Workspace::open(path, OpenMode::ReadOnly);
    QVERIFY(ws.ok());
    const auto excerpt = AuditQuery(*ws.value())
                             .excerpt(storedCheckpoint(path, 20), ws.value()->verifierKey().value(),
                                      [](const AuditEvent& e) { return e.seq == 6 || e.seq == 13; })
                             .value();
    QVERIFY(excerpt.verify(QStringLiteral("x")).ok());
    const auto refusal = [](const AuditExcerpt& changed) {
        auto r = changed.verify(QStringLiteral("excerpt.json"));
        return r.ok() ? QStringLiteral("accepted") : r.error().message;
    };

    AuditExcerpt text = excerpt; // someone edits the actor of event 13
    text.events[1].canonical.replace("\"actor\":\"tester\"", "\"actor\":\"mallory\"");
    QVERIFY(text.events[1].canonical != excerpt.events[1].canonical);
    QVERIFY2(refusal(text).contains(u"event 13 of the excerpt does not hash to its leaf hash"),
             qPrintable(refusal(text)));

    AuditExcerpt rehashed = text; // and recomputes its leaf hash: the proof no longer reaches the signed root
    rehashed.events[1].leafHash = AuditEventCodec::leafHash(rehashed.events[1].canonical).value();
    QVERIFY2(refusal(rehashed).contains(u"leads to root"), qPrintable(refusal(rehashed)));

    AuditExcerpt step = excerpt; // a proof step changed
    step.events[0].proof[1][5] = char(step.events[0].proof[1][5] ^ 0x40);
    QVERIFY2(refusal(step).contains(u"event 6 of the excerpt"), qPrintable(refusal(step)));

    AuditExcerpt moved = excerpt; // event 13 passed off as event 14
    moved.events[1].seq = 14;
    QVERIFY2(refusal(moved).contains(u"says it is event 13"), qPrintable(refusal(moved)));

    AuditExcerpt note = excerpt; // the checkpoint's size changed in the note
    note.checkpointNote.replace("\n20\n", "\n21\n");
    QVERIFY2(refusal(note).contains(u"not signed by its verifier key"), qPrintable(refusal(note)));

    TestWorkspace other; // a note signed by another workspace's key, with that key
    AuditExcerpt foreign = excerpt;
    foreign.verifierKey = other.ws().verifierKey().value();
    QVERIFY2(refusal(foreign).contains(u"not signed by its verifier key"), qPrintable(refusal(foreign)));

    QJsonObject json = excerpt.toJson(); // a proof step that is not a hash
    QJsonArray events = json[u"events"].toArray();
    QJsonObject first = events[0].toObject();
    first[u"proof"] = QJsonArray {QStringLiteral("zz")};
    events[0] = first;
    json[u"events"] = events;
    auto parsed = AuditExcerpt::fromJson(json, QStringLiteral("package.pdf"));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(u"package.pdf") && parsed.error().message.contains(u"event 6"),
             qPrintable(parsed.error().message));
}

void TestAuditTamper::excerptOfAlteredTrailIsRefused()
{
    QTemporaryDir dir;
    const QString path = copyBase(dir);
    const Checkpoint cp20 = storedCheckpoint(path, 20);
    // An event's text changed, its stored hashes left: the event itself cannot be excerpted.
    QCOMPARE(tamper(path, {QStringLiteral("UPDATE audit_event SET reason = 'x' WHERE seq = 7")}), QString());
    {
        auto ws = Workspace::open(path, OpenMode::ReadOnly);
        QVERIFY(ws.ok());
        auto r = AuditQuery(*ws.value()).excerpt(cp20, ws.value()->verifierKey().value(), [](const AuditEvent& e) {
            return e.seq == 7;
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Integrity);
        QVERIFY2(r.error().message.contains(u"event 7 no longer hashes"), qPrintable(r.error().message));
    }
    // A stored leaf hash rewritten: no event of the trail can be excerpted against the checkpoint any more.
    QCOMPARE(tamper(path, {QStringLiteral("UPDATE audit_event SET leaf_hash = zeroblob(32) WHERE seq = 15")}),
             QString());
    auto ws = Workspace::open(path, OpenMode::ReadOnly);
    QVERIFY(ws.ok());
    auto r = AuditQuery(*ws.value()).excerpt(cp20, ws.value()->verifierKey().value(), [](const AuditEvent& e) {
        return e.seq == 2;
    });
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"no longer hash to the root that checkpoint"), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestAuditTamper)
#include "TestAuditTamper.moc"
