// RFC 8785 known answers: the number table of the RFC's Appendix B and the reference test data of the scheme's
// authors (cyberphone/json-canonicalization testdata), written out here as facts.
#include "json/CanonicalJson.h"
#include "json/Utf8.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <bit>
#include <cmath>

using namespace cs;

class TestCanonicalJson : public QObject
{
    Q_OBJECT
private slots:
    void numbers_data();
    void numbers();
    void documents_data();
    void documents();
    void sortsByUtf16CodeUnits();
    void refusesWhatHasNoCanonicalForm();
    void isCanonicalObject();
    void utf8StringsAsJcs_data();
    void utf8StringsAsJcs();
    void strictUtf8_data();
    void strictUtf8();
    void fastCheckAgreesWithCanonicalize_data();
    void fastCheckAgreesWithCanonicalize();
    void everyMemberOfAParsedObject();
};

void TestCanonicalJson::numbers_data()
{
    QTest::addColumn<quint64>("bits");
    QTest::addColumn<QByteArray>("expected");
    const struct
    {
        quint64 bits;
        const char* text;
    } table[] = {
        {0x0000000000000000, "0"},
        {0x8000000000000000, "0"},
        {0x0000000000000001, "5e-324"},
        {0x8000000000000001, "-5e-324"},
        {0x7fefffffffffffff, "1.7976931348623157e+308"},
        {0xffefffffffffffff, "-1.7976931348623157e+308"},
        {0x4340000000000000, "9007199254740992"},
        {0xc340000000000000, "-9007199254740992"},
        {0x4430000000000000, "295147905179352830000"},
        {0x44b52d02c7e14af5, "9.999999999999997e+22"},
        {0x44b52d02c7e14af6, "1e+23"},
        {0x44b52d02c7e14af7, "1.0000000000000001e+23"},
        {0x444b1ae4d6e2ef4e, "999999999999999700000"},
        {0x444b1ae4d6e2ef4f, "999999999999999900000"},
        {0x444b1ae4d6e2ef50, "1e+21"},
        {0x3eb0c6f7a0b5ed8c, "9.999999999999997e-7"},
        {0x3eb0c6f7a0b5ed8d, "0.000001"},
        {0x41b3de4355555553, "333333333.3333332"},
        {0x41b3de4355555554, "333333333.33333325"},
        {0x41b3de4355555555, "333333333.3333333"},
        {0x41b3de4355555556, "333333333.3333334"},
        {0x41b3de4355555557, "333333333.33333343"},
        {0xbecbf647612f3696, "-0.0000033333333333333333"},
        {0x43143ff3c1cb0959, "1424953923781206.2"},
    };
    for (const auto& row : table) {
        QTest::addRow("%016llx", static_cast<unsigned long long>(row.bits))
            << quint64(row.bits) << QByteArray(row.text);
    }
}

void TestCanonicalJson::numbers()
{
    QFETCH(quint64, bits);
    QFETCH(QByteArray, expected);
    QCOMPARE(CanonicalJson::formatNumber(std::bit_cast<double>(bits)), expected);
}

void TestCanonicalJson::documents_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("rfc 3.2.2 values")
        << QByteArray(
               R"({"numbers": [1E30, 4.50, 333333333.33333329, 2e-3, 0.000000000000000000000000001],)"
               R"( "escaping": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/", "literals": [null, true, false]})")
        << QByteArray("{\"escaping\":\"\xe2\x82\xac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\",\"literals\":[null,true,false],"
                      "\"numbers\":[1e+30,4.5,333333333.3333333,0.002,1e-27]}");
    QTest::newRow("structures")
        << QByteArray(
               R"({"1": {"f": {"f": "hi","F": 5} ,"\n": 56.0}, "10": { }, "": "empty", "a": { }, "111": [ { } ], "A": { }})")
        << QByteArray(R"({"":"empty","1":{"\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{}],"A":{},"a":{}})");
    QTest::newRow("weird keys")
        << QByteArray(
               R"({"\u20ac": "Euro Sign", "1": "One", "\u0080": "Control\u007f", "\ud83d\ude02": "Smiley",)"
               R"( "\u00f6": "Latin Small Letter O With Diaeresis", "\ufb33": "Hebrew Letter Dalet With Dagesh",)"
               R"( "</script>": "Browser Challenge"})")
        << QByteArray("{\"1\":\"One\",\"</script>\":\"Browser Challenge\",\"\xc2\x80\":\"Control\x7f\","
                      "\"\xc3\xb6\":\"Latin Small Letter O With Diaeresis\",\"\xe2\x82\xac\":\"Euro Sign\","
                      "\"\xf0\x9f\x98\x82\":\"Smiley\",\"\xef\xac\xb3\":\"Hebrew Letter Dalet With Dagesh\"}");
    QTest::newRow("arrays keep order") << QByteArray(R"([56, {"d": true, "10": null, "1": [ ]}])")
                                       << QByteArray(R"([56,{"1":[],"10":null,"d":true}])");
}

void TestCanonicalJson::documents()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    auto canonical = CanonicalJson::canonicalize(input);
    QVERIFY2(canonical.ok(), qPrintable(canonical.ok() ? QString() : canonical.error().message));
    QCOMPARE(canonical.value(), expected);
}

void TestCanonicalJson::sortsByUtf16CodeUnits()
{
    // U+E000 sorts after U+10000 in UTF-16 (0xD800 < 0xE000) though not by code point.
    QJsonObject object {{QString(QChar(0xE000)), 1}, {QString::fromUcs4(U"\U00010000"), 2}};
    auto canonical = CanonicalJson::serialize(object);
    QVERIFY(canonical.ok());
    QCOMPARE(canonical.value(), QByteArray("{\"\xf0\x90\x80\x80\":2,\"\xee\x80\x80\":1}"));
}

void TestCanonicalJson::refusesWhatHasNoCanonicalForm()
{
    QVERIFY(!CanonicalJson::serialize(QJsonValue(QString(QChar(0xD800)))).ok());
    QVERIFY(!CanonicalJson::serialize(QJsonValue(QString(QChar(0xDC00)) + u'x')).ok());
    // QJsonValue keeps NaN and infinity as doubles; JCS has no form for them.
    QCOMPARE(QJsonValue(std::nan("")).type(), QJsonValue::Double);
    QVERIFY(!CanonicalJson::serialize(QJsonValue(std::nan(""))).ok());
    QVERIFY(!CanonicalJson::serialize(QJsonValue(HUGE_VAL)).ok());
    QVERIFY(!CanonicalJson::serialize(QJsonObject {{QStringLiteral("a"), -HUGE_VAL}}).ok());
    auto bad = CanonicalJson::canonicalize("{\"a\": tru}");
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(u"byte"), qPrintable(bad.error().message));
}

void TestCanonicalJson::isCanonicalObject()
{
    QVERIFY(CanonicalJson::isCanonicalObject(R"({"a":1,"b":[true,null]})"));
    QVERIFY(!CanonicalJson::isCanonicalObject(R"({"b":1,"a":2})"));
    QVERIFY(!CanonicalJson::isCanonicalObject(R"({"a": 1})"));
    QVERIFY(!CanonicalJson::isCanonicalObject(R"({"a":1.0})"));
    QVERIFY(!CanonicalJson::isCanonicalObject(R"([1])"));
    QVERIFY(!CanonicalJson::isCanonicalObject(R"({"a":1)"));
}

void TestCanonicalJson::utf8StringsAsJcs_data()
{
    // RFC 8785 section 3.2.2.2: the short escapes, \u00xx for the other controls, everything else as it is.
    QTest::addColumn<QByteArray>("utf8");
    QTest::addColumn<QByteArray>("literal");
    QTest::newRow("plain") << QByteArray("F") << QByteArray("\"F\"");
    QTest::newRow("quote and backslash") << QByteArray("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
    QTest::newRow("short escapes") << QByteArray("\b\f\n\r\t") << QByteArray("\"\\b\\f\\n\\r\\t\"");
    QTest::newRow("other controls") << QByteArray("\x01\x1f") << QByteArray("\"\\u0001\\u001f\"");
    QTest::newRow("DEL and non-ASCII as they are")
        << QByteArray("\x7f caf\xc3\xa9 \xf0\x9f\x98\x80") << QByteArray("\"\x7f caf\xc3\xa9 \xf0\x9f\x98\x80\"");
}

void TestCanonicalJson::utf8StringsAsJcs()
{
    QFETCH(QByteArray, utf8);
    QFETCH(QByteArray, literal);
    std::string fromBytes;
    CanonicalJson::appendUtf8String(fromBytes, std::string_view(utf8.constData(), size_t(utf8.size())));
    QCOMPARE(QByteArray::fromStdString(fromBytes), literal);
    // The same literal as from a QString: one writer, two entry points.
    QByteArray fromText;
    QVERIFY(CanonicalJson::appendString(fromText, QString::fromUtf8(utf8)).ok());
    QCOMPARE(fromText, literal);
}

void TestCanonicalJson::strictUtf8_data()
{
    // The well-formed byte sequences of the Unicode Standard, chapter 3, table 3-7, and their neighbours.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ASCII") << QByteArray("plain") << true;
    QTest::newRow("U+00E9") << QByteArray("caf\xc3\xa9") << true;
    QTest::newRow("U+0800") << QByteArray("\xe0\xa0\x80") << true;
    QTest::newRow("U+D7FF") << QByteArray("\xed\x9f\xbf") << true;
    QTest::newRow("U+E000") << QByteArray("\xee\x80\x80") << true;
    QTest::newRow("U+1F600") << QByteArray("\xf0\x9f\x98\x80") << true;
    QTest::newRow("U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << true;
    QTest::newRow("Latin-1 E9") << QByteArray("caf\xe9") << false;
    QTest::newRow("overlong /") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("overlong C1") << QByteArray("\xc1\xbf") << false;
    QTest::newRow("overlong 3-byte") << QByteArray("\xe0\x80\xaf") << false;
    QTest::newRow("overlong 4-byte") << QByteArray("\xf0\x80\x80\xaf") << false;
    QTest::newRow("surrogate D800") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("surrogate DFFF") << QByteArray("\xed\xbf\xbf") << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("F5 lead") << QByteArray("\xf5\x80\x80\x80") << false;
    QTest::newRow("lone continuation") << QByteArray("\x80") << false;
    QTest::newRow("truncated") << QByteArray("\xe2\x82") << false;
    QTest::newRow("continuation missing") << QByteArray("\xc3x") << false;
}

void TestCanonicalJson::strictUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(Utf8::isValid(std::string_view(bytes.constData(), size_t(bytes.size()))), valid);
    // Canonical JSON reads strings through the same check.
    const QByteArray document = "{\"k\":\"" + bytes + "\"}";
    QCOMPARE(CanonicalJson::isCanonicalObject(document), valid);
}

void TestCanonicalJson::fastCheckAgreesWithCanonicalize_data()
{
    QTest::addColumn<QByteArray>("text");
    const char* samples[] = {
        R"({})",
        R"({"a":1})",
        R"({"a":1,"b":2})",
        R"({"b":1,"a":2})",
        R"({"a":1,"a":2})",
        R"({"a":[]})",
        R"({"a":[1,2,{"c":null,"b":true}]})",
        R"({"a":[1,2,{"b":true,"c":null}]})",
        R"({"a":1.0})",
        R"({"a":1e21})",
        R"({"a":1e+21})",
        R"({"a":0.000001})",
        R"({"a":1e-7})",
        R"({"a":-0})",
        R"({"a":0})",
        R"({"a":01})",
        R"({"a":"\u0041"})",
        R"({"a":"A"})",
        R"({"a":"\/"})",
        R"({"a":"/"})",
        R"({"a":"\u000a"})",
        R"({"a":"\n"})",
        R"({"a":"\u001f"})",
        R"({"a":"\u001F"})",
        R"({"a":"tab\there"})",
        "{\"a\":\"\xe2\x82\xac\"}",
        "{\"a\":\"\xed\xa0\x80\"}",
        "{\"a\":\"\xc0\xaf\"}",
        "{\"\xee\x80\x80\":1,\"\xf0\x90\x80\x80\":2}",
        "{\"\xf0\x90\x80\x80\":2,\"\xee\x80\x80\":1}",
        R"({"a":1,})",
        R"({"a" :1})",
        R"({"a":1} )",
        R"([1])",
        R"({"a":true,"b":false,"c":null})",
        R"({"a":tru})",
        R"({"value":333333333.3333333})",
        R"({"value":333333333.33333329})",
        R"({"a":"\"quoted\""})",
        R"({"":0,"a":{"":[]}})",
        "{\"a\":\"\x7f\"}",
        R"({"a":9007199254740992})",
        R"({"a":-1.5e-9})",
        R"({"a":-1.5e-09})",
    };
    for (const char* sample : samples) {
        QTest::newRow(sample) << QByteArray(sample);
    }
}

void TestCanonicalJson::fastCheckAgreesWithCanonicalize()
{
    QFETCH(QByteArray, text);
    const auto canonical = CanonicalJson::canonicalize(text);
    const bool expected = text.startsWith('{') && canonical.ok() && canonical.value() == text;
    QCOMPARE(CanonicalJson::isCanonicalObject(text), expected);
}

// fuzz_yaml found an object whose canonical form did not canonicalize again ("undefined JSON value"): in an object
// Qt 6.4 parsed from text, QJsonObject::value() misses a member named U+00C3 and 16 characters at or above U+D7FF,
// which a YAML key of invalid UTF-8 becomes. Walking members by iteration finds it.
void TestCanonicalJson::everyMemberOfAParsedObject()
{
    const QString name = QStringLiteral("\u00c3") + QString(16, QChar(0xFFFD));
    const QByteArray text = "{\"e\":null,\"" + name.toUtf8() + "\":\"\"}";
    QCOMPARE(CanonicalJson::canonicalize(text).value(), text);
    QVERIFY(CanonicalJson::isCanonicalObject(text));

    const QJsonObject parsed = QJsonDocument::fromJson(text).object();
    const CanonicalJson::Members members = CanonicalJson::members(parsed);
    QCOMPARE(members.size(), size_t(2));
    QCOMPARE(members.begin()->first, QStringLiteral("e"));
    QCOMPARE(members.rbegin()->first, name);
    QCOMPARE(members.rbegin()->second, QJsonValue(QString()));
}

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "TestCanonicalJson.moc"
