// C2SP signed notes against the example of golang.org/x/mod/sumdb/note: its key, text and published signature.
// Ed25519 is deterministic, so signing the same text with the same key must give the published note byte for byte.
#include "audit/SignedNote.h"
#include "records/Checkpoint.h"

#include <QTest>

using namespace cs;

class TestSignedNote : public QObject
{
    Q_OBJECT
private slots:
    void reproducesGoExample();
    void verifiesGoExample();
    void rejectsAlteredText();
    void ignoresOtherSigners();
    void rejectsMalformedNotes_data();
    void rejectsMalformedNotes();
    void checkpointBodyRoundTrip();
    void oneSpellingPerKeyAndSignature_data();
    void oneSpellingPerKeyAndSignature();
    void checkpointFieldsHaveOneSpelling_data();
    void checkpointFieldsHaveOneSpelling();
};

namespace {
const QString kName = QStringLiteral("PeterNeumann");
const QString kVerifierKey = QStringLiteral("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
// "PRIVATE+KEY+PeterNeumann+c74f20a3+" followed by base64(0x01 || seed).
const QByteArray kSignerKeyMaterial = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
const QByteArray kText = "If you think cryptography is the answer to your problem,\n"
                         "then you don't know what your problem is.\n";
const QByteArray kNote = kText +
    "\n\xe2\x80\x94 PeterNeumann "
    "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

Ed25519PrivateKey goKey()
{
    const QByteArray decoded = QByteArray::fromBase64(kSignerKeyMaterial);
    return Ed25519PrivateKey::fromSeed(QByteArrayView(decoded).sliced(1)).value();
}
} // namespace

void TestSignedNote::reproducesGoExample()
{
    const Ed25519PrivateKey key = goKey();
    QCOMPARE(SignedNote::verifierKey(kName, key.publicKey()).value(), kVerifierKey);
    auto note = SignedNote::sign(kText, kName, key);
    QVERIFY(note.ok());
    QCOMPARE(note.value(), kNote);
}

void TestSignedNote::verifiesGoExample()
{
    auto vkey = SignedNote::parseVerifierKey(kVerifierKey);
    QVERIFY(vkey.ok());
    QCOMPARE(vkey->keyName, kName);
    auto text = SignedNote::open(kNote, kName, vkey->key, QStringLiteral("example"));
    QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().message));
    QCOMPARE(text.value(), kText);
}

void TestSignedNote::rejectsAlteredText()
{
    QByteArray altered = kNote;
    altered.replace("cryptography", "cryptographY");
    auto text = SignedNote::open(altered, kName, goKey().publicKey(), QStringLiteral("altered"));
    QVERIFY(!text.ok());
    QCOMPARE(text.error().code, ErrorCode::Integrity);
}

void TestSignedNote::ignoresOtherSigners()
{
    auto other = Ed25519PrivateKey::generate();
    QVERIFY(other.ok());
    auto text = SignedNote::open(kNote, kName, other->publicKey(), QStringLiteral("note"));
    QVERIFY(!text.ok());
    QCOMPARE(text.error().code, ErrorCode::NotFound);
    auto wrongName = SignedNote::open(kNote, QStringLiteral("EnochRoot"), goKey().publicKey(), QStringLiteral("note"));
    QCOMPARE(wrongName.error().code, ErrorCode::NotFound);
}

void TestSignedNote::rejectsMalformedNotes_data()
{
    QTest::addColumn<QByteArray>("note");
    QTest::newRow("no blank line") << QByteArray(kText + "\xe2\x80\x94 PeterNeumann AAAA\n");
    QTest::newRow("hyphen instead of em dash") << QByteArray(kNote).replace("\xe2\x80\x94", "-");
    QTest::newRow("bad base64") << QByteArray(kText + "\n\xe2\x80\x94 PeterNeumann !!!!\n");
    QTest::newRow("control character") << QByteArray(kNote).replace("problem,", "problem,\t");
    QTest::newRow("no final newline") << kNote.chopped(1);
}

void TestSignedNote::rejectsMalformedNotes()
{
    QFETCH(QByteArray, note);
    auto text = SignedNote::open(note, kName, goKey().publicKey(), QStringLiteral("bad.note"));
    QVERIFY(!text.ok());
    QVERIFY(text.error().message.startsWith(u"bad.note"));
}

void TestSignedNote::checkpointBodyRoundTrip()
{
    Checkpoint cp;
    cp.origin = Checkpoint::originFor(QStringLiteral("0e0c8a1e-0000-4000-8000-000000000001"));
    cp.size = 20852163;
    cp.rootHash = QByteArray::fromBase64("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=");
    cp.chainHead = QByteArray(32, '\x07');
    cp.signedAtMs = 1764000000123;
    const QByteArray body = cp.body();
    QCOMPARE(body,
             QByteArray("countersign/0e0c8a1e-0000-4000-8000-000000000001\n20852163\n"
                        "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
                        "chain-head BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=\n"
                        "signed-at 2025-11-24T16:00:00.123Z\n"));
    auto parsed = Checkpoint::parseBody(body, QStringLiteral("cp"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size, cp.size);
    QCOMPARE(parsed->rootHash, cp.rootHash);
    QCOMPARE(parsed->chainHead, cp.chainHead);
    QCOMPARE(parsed->signedAtMs, cp.signedAtMs);
    QVERIFY(!Checkpoint::parseBody("countersign/x\n01\nAAAA\n", QStringLiteral("cp")).ok());
}

// fuzz_signed_note found that a verifier key read back with a character appended ("...W" + "/") was the same key:
// base64 decoding ignored bits past the data. A key, a signature line and a checkpoint field each have exactly one
// spelling now.
void TestSignedNote::oneSpellingPerKeyAndSignature_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("character after the key") << kVerifierKey + u'/';
    QTest::newRow("padding after the key") << kVerifierKey + u'=';
    QTest::newRow("upper-case key id")
        << QString(kVerifierKey).replace(QStringLiteral("c74f20a3"), QStringLiteral("C74F20A3"));
}

void TestSignedNote::oneSpellingPerKeyAndSignature()
{
    QFETCH(QString, key);
    QVERIFY(SignedNote::parseVerifierKey(kVerifierKey).ok());
    auto parsed = SignedNote::parseVerifierKey(key);
    QVERIFY2(!parsed.ok(), qPrintable(key));
    QCOMPARE(parsed.error().code, ErrorCode::InvalidArgument);

    // The signature line without its padding decodes to the same bytes; it is refused as malformed.
    QByteArray unpadded = kNote;
    unpadded.replace("nAM=\n", "nAM\n");
    QVERIFY(unpadded != kNote);
    auto text = SignedNote::open(unpadded, kName, goKey().publicKey(), QStringLiteral("unpadded.note"));
    QVERIFY(!text.ok());
    QCOMPARE(text.error().code, ErrorCode::Corrupt);
}

void TestSignedNote::checkpointFieldsHaveOneSpelling_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray root = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=";
    const QByteArray head = "chain-head BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=\n";
    const QByteArray at = "signed-at 2025-11-24T16:00:00.123Z\n";
    QTest::newRow("root hash without padding") << QByteArray("o\n1\n" + root.chopped(1) + "\n" + head + at);
    QTest::newRow("stray bits in the root hash") << QByteArray("o\n1\n" + root.chopped(2) + "J=\n" + head + at);
    QTest::newRow("chain-head twice") << QByteArray("o\n1\n" + root + "\n" + head + head + at);
    QTest::newRow("signed-at twice") << QByteArray("o\n1\n" + root + "\n" + head + at + at);
}

void TestSignedNote::checkpointFieldsHaveOneSpelling()
{
    QFETCH(QByteArray, body);
    auto parsed = Checkpoint::parseBody(body, QStringLiteral("cp.note"));
    QVERIFY2(!parsed.ok(), body.constData());
    QVERIFY(parsed.error().message.startsWith(u"cp.note"));
}

QTEST_GUILESS_MAIN(TestSignedNote)
#include "TestSignedNote.moc"
