// Languages (issue #18): German and French are built in and installed on request; regulated records stay in the
// language they were written in. The demo story is told twice from the same clock, once in English and once in
// German: the German signatures carry their statements in German and still verify after the language goes back to
// English, every frozen evidence hash and every stored record other than those statements is the same as in the
// English telling, and no German word reaches the store outside a signed statement.
#include "demo/DemoWorkspace.h"
#include "records/Meaning.h"
#include "registry/PccpGate.h"
#include "signing/SignatureVerifier.h"
#include "util/Languages.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;

namespace {
constexpr qint64 kNow = 1764000000000; // 2025-11-24T16:00:00Z, the same for both tellings

/// Every text and blob value of every table, as "table.column: value", in a stable order; `skip` leaves a
/// table.column out.
QStringList storedValues(const QString& path, const QStringList& skip)
{
    QStringList values;
    const QString name = QStringLiteral("dump-%1").arg(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            qFatal("cannot open %s", qPrintable(path));
        }
        for (const QString& table : db.tables()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
            while (q.next()) {
                const QSqlRecord r = q.record();
                for (int i = 0; i < r.count(); ++i) {
                    const QString column = table + QLatin1Char('.') + r.fieldName(i);
                    const QVariant v = r.value(i);
                    if (skip.contains(column) || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double) {
                        continue;
                    }
                    QString text = QString::fromUtf8(v.toByteArray());
                    // What follows from new keys differs between any two tellings (the workspace's id and key,
                    // certificates, hash chains and what signs them) and so does a signed manifest's digest (the
                    // statement's words): only those values are masked.
                    static const QRegularExpression random(
                        QStringLiteral("\"(certificate_sha256|manifest_sha256|fingerprint_sha256|chain_head|root_hash|"
                                       "verifier_key|record_sha256)\":\"[^\"]*\""));
                    static const QRegularExpression uuid(
                        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
                    text.replace(random, QStringLiteral("\"\\1\":\"…\""));
                    text.replace(uuid, QStringLiteral("…"));
                    values.append(column + QStringLiteral(": ") + text);
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}
} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Languages::install(QStringLiteral("en")); }

    void germanAndFrenchAreBuiltIn()
    {
        QCOMPARE(Languages::available().size(), 3);
        QCOMPARE(Languages::install(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(Languages::current(), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("cs::Role", "QA officer"), QStringLiteral("QA-Beauftragter"));
        // Qt's own words too (qt6-translations-l10n): the wizards' and dialogs' standard buttons.
        QCOMPARE(QCoreApplication::translate("QWizard", "Cancel"), QStringLiteral("Abbrechen"));
        QCOMPARE(Languages::install(QStringLiteral("fr_FR")), QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("cs::Role", "QA officer"), QStringLiteral("Responsable qualité"));
        // A language Countersign does not have falls back to English, the source language.
        QCOMPARE(Languages::install(QStringLiteral("pt")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("cs::Role", "QA officer"), QStringLiteral("QA officer"));
        QCOMPARE(Languages::resolve(QStringLiteral("de-CH")), QStringLiteral("de"));
        QCOMPARE(Languages::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    }

    void theStatementIsInTheSignersLanguage()
    {
        Languages::install(QStringLiteral("de"));
        const QString de = meaningStatement(Meaning::Approved, QStringLiteral("Maria Lindqvist"));
        QVERIFY2(de.startsWith(QStringLiteral("Ich, Maria Lindqvist, genehmige diesen Eintrag.")), qPrintable(de));
        Languages::install(QStringLiteral("fr"));
        QVERIFY(meaningStatement(Meaning::Approved, QStringLiteral("Maria Lindqvist"))
                    .startsWith(QStringLiteral("Je soussigné(e), Maria Lindqvist, approuve")));
        Languages::install(QStringLiteral("en"));
        QVERIFY(meaningStatement(Meaning::Approved, QStringLiteral("Maria Lindqvist"))
                    .startsWith(QStringLiteral("I, Maria Lindqvist, approve this record.")));
    }

    void recordsKeepTheLanguageTheyWereWrittenIn()
    {
        // Both tellings happen in the same folder (the paths of the demo's sources are part of its evidence), each
        // moved aside when told.
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QDir dir(root.path());
        const QString story = dir.filePath(QStringLiteral("story"));
        const auto tell = [&](const QString& language, const QString& aside) {
            Languages::install(language);
            QVERIFY(dir.mkpath(story));
            const Status told = DemoWorkspace::create(QDir(story).filePath(QStringLiteral("demo.countersign")), kNow);
            QVERIFY2(told, told ? "" : qPrintable(told.error().message));
            QVERIFY(dir.rename(story, dir.filePath(aside)));
        };
        tell(QStringLiteral("en"), QStringLiteral("en"));
        tell(QStringLiteral("de"), QStringLiteral("de"));
        const QString enPath = dir.filePath(QStringLiteral("en/demo.countersign"));
        const QString dePath = dir.filePath(QStringLiteral("de/demo.countersign"));

        // Read back in English: the German signatures verify, and what they attest is still in German, exactly as
        // the signer was shown it (the statement Countersign writes in the signer's language).
        Languages::install(QStringLiteral("en"));
        auto ws = Workspace::open(dePath, OpenMode::ReadOnly);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        auto checks = SignatureVerifier::verifyAll(WorkspaceAccess::database(*ws.value()), ws.value()->id());
        QVERIFY(checks);
        QCOMPARE(checks.value().size(), 14);
        QStringList germanStatements;
        for (const SignatureCheck& c : checks.value()) {
            QVERIFY2(c.valid, qPrintable(c.problem));
            QVERIFY(c.manifest);
            QVERIFY2(c.manifest->statement.startsWith(QStringLiteral("Ich, ") + c.manifest->signerName + u','),
                     qPrintable(c.manifest->statement));
            Languages::install(QStringLiteral("de"));
            QCOMPARE(c.manifest->statement, meaningStatement(c.manifest->meaning, c.manifest->signerName));
            Languages::install(QStringLiteral("en"));
            germanStatements.append(c.manifest->statement);
        }
        ws.value().reset();

        // Everything else stored is the same in both tellings: records, evidence and its hashes. Keys, certificates
        // and what depends on them (signatures, seals, hash chains, ids) differ between any two tellings, so they
        // are left out; the signature manifests are compared with their statements put back into English.
        const QStringList random = {
            QStringLiteral("workspace_meta.value"),
            QStringLiteral("signature.manifest"),
            QStringLiteral("signature.cms"),
            QStringLiteral("signature.certificate"),
            QStringLiteral("user_certificate.fingerprint"),
            QStringLiteral("user_certificate.der"),
            QStringLiteral("trust_anchor.fingerprint"),
            QStringLiteral("trust_anchor.der"),
            QStringLiteral("trust_crl.issuer_fingerprint"),
            QStringLiteral("trust_crl.der"),
            QStringLiteral("user_account.password_hash"),
            QStringLiteral("audit_event.session_id"),
            QStringLiteral("audit_event.leaf_hash"),
            QStringLiteral("audit_event.chain_hash"),
            QStringLiteral("audit_checkpoint.root_hash"),
            QStringLiteral("audit_checkpoint.chain_head"),
            QStringLiteral("audit_checkpoint.note"),
            QStringLiteral("record_seal.sha256"),
            QStringLiteral("record_head.sha256"),
            QStringLiteral("audit_review.chain_head"),
        };
        const QStringList enValues = storedValues(enPath, random);
        const QStringList deValues = storedValues(dePath, random);
        QCOMPARE(deValues.size(), enValues.size());
        QVERIFY(enValues.size() > 1000);
        int differing = 0;
        for (int i = 0; i < enValues.size(); ++i) {
            if (enValues[i] != deValues[i] && ++differing <= 10) {
                qWarning("%s\n  vs %s", qPrintable(enValues[i].left(150)), qPrintable(deValues[i].left(150)));
            }
        }
        QCOMPARE(differing, 0);

        // A frozen rule is stored in English and read in the reader's language, from its frozen definition.
        {
            QJsonObject rule;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rules"));
                db.setDatabaseName(dePath);
                QVERIFY(db.open());
                QSqlQuery q(
                    QStringLiteral("SELECT evidence_json FROM change_request_evidence ORDER BY id DESC LIMIT 1"), db);
                QVERIFY(q.next());
                const QJsonObject evidence = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
                rule = evidence[u"pccp"][u"rules"].toArray().first().toObject();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("rules"));
            QVERIFY2(rule[u"text"].toString().startsWith(u"sensitivity: "), qPrintable(rule[u"text"].toString()));
            Languages::install(QStringLiteral("de"));
            QVERIFY2(PccpGate::ruleText(rule).startsWith(u"Sensitivität: "), qPrintable(PccpGate::ruleText(rule)));
            Languages::install(QStringLiteral("en"));
            QCOMPARE(PccpGate::ruleText(rule), rule[u"text"].toString());
        }

        // And no German word anywhere in the German workspace but inside the signed statements.
        QStringList everything = storedValues(dePath, {});
        const QStringList germanWords = {
            QStringLiteral("Arbeitsbereich"), QStringLiteral("Änderungsantrag"), QStringLiteral("Ereignis"),
            QStringLiteral("Datensatz"),      QStringLiteral("Prüfung"),         QStringLiteral("Begründung"),
            QStringLiteral("Nachweise"),      QStringLiteral("Signatur "),       QStringLiteral("Eintrag"),
        };
        for (QString value : everything) {
            for (const QString& statement : germanStatements) {
                value.remove(statement);
            }
            for (const QString& word : germanWords) {
                QVERIFY2(!value.contains(word), qPrintable(value.left(400)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestLanguages)
#include "TestLanguages.moc"
