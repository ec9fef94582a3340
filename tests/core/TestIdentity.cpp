// Identity primitives: scrypt against RFC 7914's test vectors (confirmed with Python's hashlib.scrypt), the stored
// password format, secret wiping, and the whole authority matrix against docs/authority-matrix.md.
#include "config-countersign-tests.h"
#include "identity/Authority.h"
#include "identity/PasswordHash.h"
#include "identity/SecretBytes.h"

#include <QFile>
#include <QTest>

using namespace cs;

class TestIdentity : public QObject
{
    Q_OBJECT
private slots:
    void scryptKnownAnswers_data();
    void scryptKnownAnswers();
    void hashAndVerify();
    void malformedStoredHash_data();
    void malformedStoredHash();
    void secretsAreWiped();
    void matrixMatchesDocumentation();
    void checkNamesPersonAndAction();
    void roleNamesRoundTrip();
};

void TestIdentity::scryptKnownAnswers_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("rfc7914 empty") << QByteArray() << QByteArray() << quint64(16) << quint32(1) << quint32(1)
                                   << QByteArray(
                                          "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069"
                                          "ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    QTest::newRow("rfc7914 password/NaCl")
        << QByteArray("password") << QByteArray("NaCl") << quint64(1024) << quint32(8) << quint32(16)
        << QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830da"
                      "c727afb94a83ee6d8360cbdfa2cc0640");
    QTest::newRow("rfc7914 pleaseletmein")
        << QByteArray("pleaseletmein") << QByteArray("SodiumChloride") << quint64(16384) << quint32(8) << quint32(1)
        << QByteArray("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2d5432955613f0fcf62d49705242a9af9"
                      "e61e85dc0d651e40dfcf017b45575887");
}

void TestIdentity::scryptKnownAnswers()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(QByteArray, expected);
    auto derived = PasswordHash::scrypt(password, salt, n, r, p, 64);
    QVERIFY2(derived.ok(), qPrintable(derived.ok() ? QString() : derived.error().message));
    QCOMPARE(derived->toHex(), expected);
}

void TestIdentity::hashAndVerify()
{
    const PasswordHash::Parameters fast {10, 8, 1}; // production uses ln=15; the format is the same
    auto stored = PasswordHash::hash(SecretBytes::fromUtf8("correct horse battery staple"), fast);
    QVERIFY(stored.ok());
    QVERIFY(stored->startsWith(u"$scrypt$ln=10,r=8,p=1$"));
    QVERIFY(!stored->contains(u"correct horse"));
    QCOMPARE(PasswordHash::verify(SecretBytes::fromUtf8("correct horse battery staple"), *stored).value(), true);
    QCOMPARE(PasswordHash::verify(SecretBytes::fromUtf8("correct horse battery stapler"), *stored).value(), false);
    QCOMPARE(PasswordHash::verify(SecretBytes::fromUtf8(""), *stored).value(), false);
    // Salted: the same password never hashes the same way twice.
    QVERIFY(PasswordHash::hash(SecretBytes::fromUtf8("correct horse battery staple"), fast).value() != *stored);
    // The production parameters work within OpenSSL's memory limits.
    auto production = PasswordHash::hash(SecretBytes::fromUtf8("pw"));
    QVERIFY2(production.ok(), qPrintable(production.ok() ? QString() : production.error().message));
    QVERIFY(production->startsWith(u"$scrypt$ln=15,r=8,p=1$"));

    // The placeholder an unknown user ID is checked against: the same form and length as a real hash with the
    // same parameters (so checking against it is the same scrypt), matching no password.
    const QString placeholder = PasswordHash::placeholder(fast);
    QVERIFY(placeholder.startsWith(u"$scrypt$ln=10,r=8,p=1$"));
    QCOMPARE(placeholder.size(), stored->size());
    for (const char* guess : {"", "countersign", "correct horse battery staple"}) {
        QCOMPARE(PasswordHash::verify(SecretBytes::fromUtf8(guess), placeholder).value(), false);
    }
}

void TestIdentity::malformedStoredHash_data()
{
    QTest::addColumn<QString>("encoded");
    QTest::newRow("empty") << QString();
    QTest::newRow("other scheme") << QStringLiteral("$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA");
    QTest::newRow("bad base64") << QStringLiteral("$scrypt$ln=10,r=8,p=1$!!!$AAAA");
    QTest::newRow("absurd cost") << QStringLiteral("$scrypt$ln=40,r=8,p=1$c2FsdA$aGFzaA");
    QTest::newRow("missing part") << QStringLiteral("$scrypt$ln=10,r=8,p=1$c2FsdA");
}

void TestIdentity::malformedStoredHash()
{
    QFETCH(QString, encoded);
    auto verified = PasswordHash::verify(SecretBytes::fromUtf8("pw"), encoded);
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, ErrorCode::Corrupt);
}

void TestIdentity::secretsAreWiped()
{
    QByteArray typed("s3cret-passphrase");
    SecretBytes secret = SecretBytes::take(typed);
    QVERIFY(typed.isEmpty());
    QCOMPARE(secret.view(), QByteArrayView("s3cret-passphrase"));
    QCOMPARE(SecretBytes::fromUtf8("p\xc3\xa4ss").characterCount(), qsizetype(4));
    SecretBytes moved = std::move(secret);
    QVERIFY(secret.isEmpty());
    moved.wipe();
    QVERIFY(moved.isEmpty());
}

void TestIdentity::matrixMatchesDocumentation()
{
    QFile doc(QStringLiteral(COUNTERSIGN_SOURCE_DIR "/docs/authority-matrix.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    QList<Role> columns;
    int rows = 0;
    for (const QByteArray& rawLine : doc.readAll().split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (!line.startsWith(u'|') || line.startsWith(u"|---")) {
            continue;
        }
        QStringList cells = line.mid(1, line.size() - 2).split(u'|');
        for (QString& cell : cells) {
            cell = cell.trimmed();
        }
        if (cells.first() == u"action") {
            for (const QString& name : cells.mid(1)) {
                const auto role = enumFromName<Role>(name);
                QVERIFY2(role.has_value(), qPrintable(name));
                columns.append(*role);
            }
            QCOMPARE(columns, Authority::allRoles());
            continue;
        }
        const auto action = std::find_if(Authority::allActions().begin(), Authority::allActions().end(),
                                         [&](Action a) { return nameOf(a) == cells.first(); });
        QVERIFY2(action != Authority::allActions().end(),
                 qPrintable(QStringLiteral("unknown action ") + cells.first()));
        for (int i = 0; i < columns.size(); ++i) {
            const bool documented = cells.at(i + 1) == u"yes";
            QVERIFY2(cells.at(i + 1) == u"yes" || cells.at(i + 1) == u"no", qPrintable(line));
            if (Authority::allows(columns[i], *action) != documented) {
                QFAIL(qPrintable(
                    QStringLiteral("%1 / %2: code and docs disagree").arg(cells.first(), nameOf(columns[i]))));
            }
        }
        ++rows;
    }
    QCOMPARE(rows, int(Authority::allActions().size()));
}

void TestIdentity::checkNamesPersonAndAction()
{
    QVERIFY(Authority::check(QStringLiteral("praman"), {Role::Administrator}, Action::ChangeSettings).ok());
    auto refused = Authority::check(QStringLiteral("praman"), {Role::Administrator}, Action::SignRecord);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QVERIFY2(refused.error().message.contains(u"praman") && refused.error().message.contains(u"sign record") &&
                 refused.error().message.contains(u"Administrator"),
             qPrintable(refused.error().message));
    QVERIFY(Authority::allows({Role::Auditor, Role::Administrator}, Action::SignRecord));
    QVERIFY(!Authority::allows(QList<Role> {}, Action::ViewWorkspace));
}

void TestIdentity::roleNamesRoundTrip()
{
    for (Role role : Authority::allRoles()) {
        QCOMPARE(enumFromName<Role>(nameOf(role)), std::optional<Role>(role));
        QVERIFY(!displayNameOf(role).isEmpty());
    }
    QCOMPARE(enumFromName<Role>(u"superuser"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "TestIdentity.moc"
