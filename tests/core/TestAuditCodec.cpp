// The canonical bytes and hashes of an audit event, against values computed independently with Python's json
// (sort_keys, compact separators) and hashlib.sha256 for the same event.
#include "audit/AuditEventCodec.h"
#include "util/UtcTime.h"

#include <QTest>

using namespace cs;

class TestAuditCodec : public QObject
{
    Q_OBJECT
private slots:
    void knownAnswer();
    void everyFieldIsCovered_data();
    void everyFieldIsCovered();
    void nonCanonicalValueIsRefused();
    void utcTime_data();
    void utcTime();
};

namespace {
AuditEvent sampleEvent()
{
    AuditEvent e;
    e.seq = 7;
    e.timeMs = 1764000000123;
    e.actor = QStringLiteral("hbrandt");
    e.action = QStringLiteral("setting.changed");
    e.change = ChangeKind::Update;
    e.entityType = QStringLiteral("setting");
    e.entityId = QStringLiteral("audit.review_interval_days");
    e.before = R"({"value":14})";
    e.after = R"({"value":30})";
    e.reason = QStringLiteral("Roll-out complete (CHG-1190) \u2014 back to \"monthly\"");
    e.sessionId = QStringLiteral("5b0f6c1e-2d0e-4c59-9f0e-1c2d3e4f5a6b");
    return e;
}
const QString kWorkspace = QStringLiteral("ws-1");
} // namespace

void TestAuditCodec::knownAnswer()
{
    auto bytes = AuditEventCodec::canonicalBytes(sampleEvent(), kWorkspace);
    QVERIFY(bytes.ok());
    QCOMPARE(bytes.value(),
             QByteArray(R"({"action":"setting.changed","actor":"hbrandt","after":{"value":30},"before":{"value":14},)"
                        R"("change":"update","entity_id":"audit.review_interval_days","entity_type":"setting",)"
                        "\"reason\":\"Roll-out complete (CHG-1190) \xe2\x80\x94 back to \\\"monthly\\\"\","
                        R"("seq":7,"session":"5b0f6c1e-2d0e-4c59-9f0e-1c2d3e4f5a6b","time":"2025-11-24T16:00:00.123Z",)"
                        R"("workspace":"ws-1"})"));
    const QByteArray leaf = AuditEventCodec::leafHash(bytes.value()).value();
    QCOMPARE(leaf.toHex(), QByteArray("83d2f14734695066d9768f40eb949c94e13be7cc33ba4709da4a0110999e733c"));
    QCOMPARE(AuditEventCodec::chainHash(AuditEventCodec::genesisChainHash(), leaf)->toHex(),
             QByteArray("51efaf77566ae23545db32e306d32ebcbfdf987ff877e5600bf05f0bcf892139"));
}

void TestAuditCodec::everyFieldIsCovered_data()
{
    QTest::addColumn<int>("field");
    for (int i = 0; i < 12; ++i) {
        QTest::addRow("field %d", i) << i;
    }
}

void TestAuditCodec::everyFieldIsCovered()
{
    QFETCH(int, field);
    AuditEvent e = sampleEvent();
    QString workspace = kWorkspace;
    switch (field) {
    case 0:
        e.seq += 1;
        break;
    case 1:
        e.timeMs += 1;
        break;
    case 2:
        e.actor += u'x';
        break;
    case 3:
        e.action += u'x';
        break;
    case 4:
        e.change = ChangeKind::Delete;
        break;
    case 5:
        e.entityType += u'x';
        break;
    case 6:
        e.entityId += u'x';
        break;
    case 7:
        e.before = R"({"value":15})";
        break;
    case 8:
        e.after.clear();
        break;
    case 9:
        e.reason.clear();
        break;
    case 10:
        e.sessionId += u'x';
        break;
    case 11:
        workspace += u'x';
        break;
    }
    const QByteArray original =
        AuditEventCodec::leafHash(AuditEventCodec::canonicalBytes(sampleEvent(), kWorkspace).value()).value();
    QVERIFY(AuditEventCodec::leafHash(AuditEventCodec::canonicalBytes(e, workspace).value()).value() != original);
}

void TestAuditCodec::nonCanonicalValueIsRefused()
{
    AuditEvent e = sampleEvent();
    e.after = R"({"value": 30})";
    auto bytes = AuditEventCodec::canonicalBytes(e, kWorkspace);
    QVERIFY(!bytes.ok());
    QVERIFY(bytes.error().message.contains(u"event 7"));
}

void TestAuditCodec::utcTime_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("epoch") << qint64(0) << QByteArray("1970-01-01T00:00:00.000Z");
    QTest::newRow("leap day 2024") << qint64(1709208000001) << QByteArray("2024-02-29T12:00:00.001Z");
    QTest::newRow("end of 1999") << qint64(946684799999) << QByteArray("1999-12-31T23:59:59.999Z");
    QTest::newRow("2100-03-01") << qint64(4107542400000) << QByteArray("2100-03-01T00:00:00.000Z");
    QTest::newRow("before epoch") << qint64(-1) << QByteArray("1969-12-31T23:59:59.999Z");
}

void TestAuditCodec::utcTime()
{
    QFETCH(qint64, ms);
    QFETCH(QByteArray, text);
    QCOMPARE(UtcTime::formatMs(ms), text);
    QCOMPARE(UtcTime::parseMs(QString::fromLatin1(text)), std::optional<qint64>(ms));
}

QTEST_GUILESS_MAIN(TestAuditCodec)
#include "TestAuditCodec.moc"
