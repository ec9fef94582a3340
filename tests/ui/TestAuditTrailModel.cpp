// The lazily fetching audit-trail model: correct rows, bounded memory, filters, and Qt's model contract.
#include "Tamper.h"
#include "TestWorkspace.h"
#include "audit/AuditTrailModel.h"
#include "commands/ChangeSettingCommand.h"
#include "queries/AuditQuery.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cs;
using namespace cs::test;
using cs::ui::AuditTrailModel;

class TestAuditTrailModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rowsMatchTheTrail();
    void memoryStaysBounded();
    void filters_data();
    void filters();
    void dateRange();
    void rowOfSeq();
    void damagedTrailStillShowsRows();
    void controlsAndOverridesAreShownAsEscapes();

private:
    std::unique_ptr<TestWorkspace> m_t;
};

void TestAuditTrailModel::initTestCase()
{
    m_t = std::make_unique<TestWorkspace>();
    QVERIFY(m_t->addEvents(2998)); // 3,000 events (2 from creating the workspace): 15 pages
}

void TestAuditTrailModel::rowsMatchTheTrail()
{
    AuditTrailModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(&m_t->ws());
    QCOMPARE(model.rowCount(), 3000);
    QCOMPARE(model.columnCount(), int(AuditTrailModel::ColumnCount));
    AuditQuery table(m_t->ws());
    for (int row : {0, 1, 199, 200, 1234, 2999}) {
        const AuditEvent expected = table.event(row + 1).value();
        QCOMPARE(model.data(model.index(row, AuditTrailModel::SeqColumn)).toLongLong(), expected.seq);
        QCOMPARE(model.data(model.index(row, AuditTrailModel::ActionColumn), Qt::ToolTipRole).toString(),
                 expected.action);
        QCOMPARE(model.data(model.index(row, AuditTrailModel::ReasonColumn)).toString(), expected.reason);
        QVERIFY(
            model.data(model.index(row, AuditTrailModel::TimeColumn), Qt::ToolTipRole).toString().endsWith(u"Z UTC"));
    }
    QCOMPARE(model.eventAt(3000), std::nullopt);
}

void TestAuditTrailModel::memoryStaysBounded()
{
    AuditTrailModel model;
    model.setWorkspace(&m_t->ws());
    QCOMPARE(model.cachedPageCount(), 0); // opening reads nothing but the count
    for (int row = 0; row < model.rowCount(); row += 37) {
        QVERIFY(model.data(model.index(row, AuditTrailModel::SeqColumn)).isValid());
    }
    QVERIFY(model.cachedPageCount() <= AuditTrailModel::MaxCachedPages);
    QCOMPARE(model.data(model.index(2999, AuditTrailModel::SeqColumn)).toLongLong(), qint64(3000));
}

void TestAuditTrailModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("rows");
    QTest::newRow("everything") << QString() << QString() << 3000;
    QTest::newRow("by action") << QString() << QStringLiteral("workspace.created") << 1;
    QTest::newRow("text in reason") << QStringLiteral("test change 1234") << QString() << 1;
    // Events 1 and 2 create the workspace and its first account. Every change toggles 20 <-> 21 except the first
    // (event 3, default 30 -> 20): 21 is in events 4..3000.
    QTest::newRow("text in values") << QStringLiteral("\"value\":21") << QString() << 2997;
    QTest::newRow("like wildcards are literal") << QStringLiteral("%") << QString() << 0;
    QTest::newRow("nothing") << QStringLiteral("no such text") << QString() << 0;
}

void TestAuditTrailModel::filters()
{
    QFETCH(QString, text);
    QFETCH(QString, action);
    QFETCH(int, rows);
    AuditTrailModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(&m_t->ws());
    AuditFilter filter;
    filter.text = text;
    filter.action = action;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), rows);
    if (rows > 0) {
        // Every row shown matches, including deep pages reached by offset.
        const auto last = model.eventAt(rows - 1);
        QVERIFY(last.has_value());
        if (!action.isEmpty()) {
            QCOMPARE(last->action, action);
        }
    }
}

void TestAuditTrailModel::dateRange()
{
    // Events 1 and 2 are at 2025-11-24T16:00:00Z; then a minute apart: event k is at 16:00 + (k-2) minutes.
    AuditTrailModel model;
    model.setWorkspace(&m_t->ws());
    AuditFilter filter;
    filter.fromMs = 1764000000000 + 10 * 60000; // event 12
    filter.toMs = 1764000000000 + 20 * 60000; // up to event 21, exclusive of 22
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.eventAt(0)->seq, qint64(12));
    QCOMPARE(model.eventAt(9)->seq, qint64(21));
}

void TestAuditTrailModel::rowOfSeq()
{
    AuditTrailModel model;
    model.setWorkspace(&m_t->ws());
    QCOMPARE(model.rowOfSeq(1500), 1499);
    AuditFilter filter;
    filter.text = QStringLiteral("test change 12");
    model.setFilter(filter);
    const int row = model.rowOfSeq(14); // the 12th change is event 14
    QVERIFY(row >= 0);
    QCOMPARE(model.eventAt(row)->seq, qint64(14));
    QCOMPARE(model.rowOfSeq(2), -1); // filtered out
}

void TestAuditTrailModel::damagedTrailStillShowsRows()
{
    // With event 4 deleted behind Countersign's back, the rows are the events present, in order.
    TestWorkspace t;
    QVERIFY(t.addEvents(9));
    t.close();
    QCOMPARE(tamper(t.path(), {QStringLiteral("DELETE FROM audit_event WHERE seq = 4")}), QString());
    QVERIFY(t.reopen(OpenMode::ReadOnly));
    AuditTrailModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(&t.ws());
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.eventAt(3)->seq, qint64(5));
    QCOMPARE(model.rowOfSeq(5), 3);
    QCOMPARE(model.rowOfSeq(4), -1);
}

// A reason with a line break and a right-to-left override is stored as written, and the table shows both as
// escapes (as the CLI's log does): the row cannot look like two rows, and "gnissim" is not shown reversed.
void TestAuditTrailModel::controlsAndOverridesAreShownAsEscapes()
{
    TestWorkspace t;
    const QString reason = QStringLiteral("approved\n2  2026-01-01  praman  audit.reviewed \u202Egnissim");
    ChangeSettingCommand command(SettingKey::AuditReviewIntervalDays, 21, reason);
    QVERIFY(t.ws().execute(command).ok());
    AuditTrailModel model;
    model.setWorkspace(&t.ws());
    const int last = model.rowCount() - 1;
    QCOMPARE(AuditQuery(t.ws()).event(last + 1).value().reason, reason);
    QCOMPARE(model.data(model.index(last, AuditTrailModel::ReasonColumn)).toString(),
             QStringLiteral("approved\\n2  2026-01-01  praman  audit.reviewed \\u202egnissim"));
}

QTEST_MAIN(TestAuditTrailModel)
#include "TestAuditTrailModel.moc"
