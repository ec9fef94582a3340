// Prediction files and datasets: the CSV reader against RFC 4180 (quotes, embedded line breaks, CRLF, BOM) and its
// refusals; the identifier screen; the import stored per sample and read back equal to the file (parsed here
// independently); locked datasets, frozen predictions, idempotence, cancel, and every bad input refused with the
// file, line and column named and nothing stored.
#include "Tamper.h"
#include "TestWorkspace.h"
#include "commands/PredictionCommands.h"
#include "commands/RegistryCommands.h"
#include "importers/CsvReader.h"
#include "importers/IdentifierScreen.h"
#include "queries/StatisticsQuery.h"
#include "registry/SampleDigest.h"
#include "stats/Comparison.h"
#include "store/AuditEventTable.h"
#include "store/DatasetTables.h"
#include "store/PostgresDialect.h"
#include "store/PredictionImportStore.h"
#include "store/RegistryTables.h"
#include "store/Schema.h"
#include "workspace/WorkspaceAccess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

using namespace cs;
using namespace cs::test;

namespace {

QString write(const QString& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QByteArray fileSha(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

/// All records of a CSV file through CsvReader, fields joined by '|', or "ERROR: message".
QStringList readAll(const QString& path)
{
    QStringList out;
    auto reader = CsvReader::open(path);
    if (!reader) {
        return {QStringLiteral("ERROR: ") + reader.error().message};
    }
    for (;;) {
        auto more = reader.value()->next();
        if (!more) {
            out.append(QStringLiteral("ERROR: ") + more.error().message);
            return out;
        }
        if (!more.value()) {
            return out;
        }
        QStringList fields;
        for (qsizetype i = 0; i < reader.value()->fieldCount(); ++i) {
            fields.append(reader.value()->fieldString(i));
        }
        out.append(fields.join(u'|'));
    }
}

/// Model sepsis-risk, versions 1 to 3.
void addVersions(TestWorkspace& t)
{
    QVERIFY(t.addModelVersions(QStringLiteral("sepsis-risk"),
                               {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
}

/// 40 synthetic samples: id, label, v1 and v2 scores, sex, site.
QByteArray validationFile(int rows = 40, bool reversed = false)
{
    QByteArray out = "sample_id,sepsis_48h,score_v1,score_v2,sex,site\r\n";
    for (int k = 0; k < rows; ++k) {
        const int i = reversed ? rows - 1 - k : k;
        out += QStringLiteral("P%1,%2,%3,%4,%5,\"North, ward %6\"\r\n")
                   .arg(i, 4, 10, QLatin1Char('0'))
                   .arg(i % 7 == 0 ? 1 : 0)
                   .arg(0.01 * i, 0, 'f', 4)
                   .arg(1.0 - 0.01 * i, 0, 'f', 4)
                   .arg(QChar(i % 2 ? u'F' : u'M'))
                   .arg(i % 3)
                   .toUtf8();
    }
    return out;
}

PredictionImportRequest request(const QString& file,
                                const QStringList& versions = {QStringLiteral("1"), QStringLiteral("2")})
{
    PredictionImportRequest r;
    r.dataset = QStringLiteral("validation-2026");
    r.file = file;
    r.role = DatasetRole::Validation;
    r.mapping.idColumn = QStringLiteral("sample_id");
    r.mapping.labelColumn = QStringLiteral("sepsis_48h");
    r.mapping.groupColumns = {QStringLiteral("sex"), QStringLiteral("site")};
    for (const QString& v : versions) {
        r.mapping.scores.append({QStringLiteral("sepsis-risk"), v, QStringLiteral("score_v") + v});
    }
    return r;
}

/// The stored scores of a version on a dataset, by sample ID.
QMap<QString, double> storedScores(TestWorkspace& t, const QString& dataset, const QString& version)
{
    DatasetTable table(WorkspaceAccess::database(t.ws()));
    const auto d = table.dataset(dataset).value();
    const auto v =
        RegistryTable(WorkspaceAccess::database(t.ws())).version(QStringLiteral("sepsis-risk"), version).value();
    if (!d || !v) {
        return {};
    }
    const auto set = table.predictionSet(v->id, d->id).value();
    if (!set) {
        return {};
    }
    std::vector<double> scores(size_t(d->sampleCount));
    auto cursor = ScoreCursor::open(WorkspaceAccess::database(t.ws()), set->id, d->sampleCount);
    for (qint64 r = 0; cursor && r < d->sampleCount; ++r) {
        if (r >= cursor->end() && !cursor->advanceTo(r)) {
            return {};
        }
        scores[size_t(r)] = cursor->score(r);
    }
    QMap<QString, double> out;
    auto r = table.forEachSample(d->id, [&](qint64 row, std::string_view id, auto, auto) {
        out.insert(QString::fromUtf8(id.data(), qsizetype(id.size())), scores[size_t(row)]);
        return true;
    });
    return r ? out : QMap<QString, double>();
}

qint64 count(TestWorkspace& t, const QString& table)
{
    QSqlQuery q(WorkspaceAccess::database(t.ws()).connection());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestPredictions : public QObject
{
    Q_OBJECT

private slots:
    void csvReaderFollowsRfc4180();
    void csvReaderRefusesMalformedFiles_data();
    void csvReaderRefusesMalformedFiles();
    void identifierScreen();
    void importStoresEverySampleAsInTheFile();
    void samplesInAnyOrderAreStoredTheSame();
    void reimportIsANoOpAndSourceIsUntouched();
    void lockedDatasetTakesTheSameSamplesInAnyOrder();
    void lockedDatasetRefusesOtherSamples_data();
    void lockedDatasetRefusesOtherSamples();
    void predictionsAreFrozen();
    void badInputsStoreNothing_data();
    void badInputsStoreNothing();
    void cancelLeavesNothing();
    void verifyFindsAlteredEvidence_data();
    void verifyFindsAlteredEvidence();
    void unlabelledProductionWindow();
    void datasetEvidenceIsAttachedOnce();
    void manyShuffledSamplesAreMergedFromSortedRuns();
    void importAndStatsShareOneRuleSet_data();
    void importAndStatsShareOneRuleSet();
    void storedComparisonNeedsBothScores();
    void storedComparisonRefusesTooManySubgroups();
    void storedComparisonNeedsTheKeptSubgroups();
    void schema6KeepsLabelsBesideTheScores();
    void schema12KeepsSubgroupsBesideTheLabels();
    void verifyChecksTheWholeFile();
    void hostileTextIsRefused_data();
    void hostileTextIsRefused();
    void modelNamesMustBePlain();
    void messagesThatDoNotMislead();
    void sampleDigestIsUnambiguous();
};

void TestPredictions::csvReaderFollowsRfc4180()
{
    QTemporaryDir dir;
    // BOM, CRLF, quoted commas, doubled quotes, a line break inside quotes, an empty last field, no final newline.
    const QString path = write(dir.path(), QStringLiteral("a.csv"),
                               "\xEF\xBB\xBFid,note,x\r\n"
                               "1,\"a, b\",2\r\n"
                               "2,\"say \"\"hi\"\"\",\r\n"
                               "3,\"two\nlines\",4\n"
                               "4,,5");
    QCOMPARE(readAll(path),
             (QStringList {QStringLiteral("id|note|x"), QStringLiteral("1|a, b|2"), QStringLiteral("2|say \"hi\"|"),
                           QStringLiteral("3|two\nlines|4"), QStringLiteral("4||5")}));
    // Line numbers count physical lines: record 4 starts on line 4, record 5 on line 6.
    auto reader = CsvReader::open(path).value();
    qint64 lastLine = 0;
    while (reader->next().value()) {
        lastLine = reader->lineNumber();
    }
    QCOMPARE(lastLine, 6);
    QCOMPARE(reader->sha256Hex().toLatin1(), fileSha(path));
    // Blank lines at the end are ignored.
    const QString trailing = write(dir.path(), QStringLiteral("b.csv"), "id\n1\n\n\n");
    QCOMPARE(readAll(trailing), (QStringList {QStringLiteral("id"), QStringLiteral("1")}));
}

void TestPredictions::csvReaderRefusesMalformedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("quote inside unquoted field")
        << QByteArray("id,x\n1,ab\"c\n") << QStringLiteral("line 2: a double quote");
    QTest::newRow("text after closing quote")
        << QByteArray("id,x\n1,\"ab\"c\n") << QStringLiteral("line 2: text after");
    QTest::newRow("quote never closed") << QByteArray("id,x\n1,2\n3,\"open\n4,5\n")
                                        << QStringLiteral("line 3: a quoted field");
    QTest::newRow("blank line inside") << QByteArray("id,x\n1,2\n\n3,4\n") << QStringLiteral("line 3: a blank line");
    QTest::newRow("5 MB line") << (QByteArray("id,x\n1,") + QByteArray(5 << 20, 'x') + "\n")
                               << QStringLiteral("line 2: the record starting on this line is longer than 1 MiB");
    // fuzz_csv_reader: a header with NUL bytes was read, but the same header in quotes was taken for UTF-16. A NUL
    // byte is refused wherever it is, naming the field.
    static const char nulHeader[] = "\0y\0\0ael,?\n-01aeL,\n";
    static const char nulQuoted[] = "\"\0y\0\0ael\",\"?\"\r\n\"-01aeL\",\"\"\r\n";
    static const char nulInRow[] = "id,x,y\n1,2,a\0b\n";
    QTest::newRow("NUL in the header") << QByteArray(nulHeader, sizeof nulHeader - 1)
                                       << QStringLiteral("line 1: field 1 holds a NUL byte");
    QTest::newRow("NUL in a quoted header")
        << QByteArray(nulQuoted, sizeof nulQuoted - 1) << QStringLiteral("line 1: field 1 holds a NUL byte");
    QTest::newRow("NUL in a row") << QByteArray(nulInRow, sizeof nulInRow - 1)
                                  << QStringLiteral("line 2: field 3 holds a NUL byte");
}

void TestPredictions::csvReaderRefusesMalformedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = write(dir.path(), QStringLiteral("bad.csv"), content);
    const QStringList records = readAll(path);
    QVERIFY(!records.isEmpty());
    QVERIFY2(records.last().startsWith(QStringLiteral("ERROR: ") + path + QStringLiteral(", ") + expected),
             qPrintable(records.last()));
}

void TestPredictions::identifierScreen()
{
    for (const char* header :
         {"name", "Patient_Name", "patientName", "first_name", "SSN", "mrn", "MedicalRecordNumber", "dob",
          "date_of_birth", "BirthDate", "phone", "Mobile", "e-mail", "Email", "address", "street_address"}) {
        QVERIFY2(IdentifierScreen::columnRule(QLatin1String(header)).has_value(), header);
    }
    for (const char* header : {"sample_id", "patient_id", "sepsis_48h", "score_v1", "sex", "age_band", "site",
                               "nameless_flag_is_not_a_word_match_x", "phenotype", "dose"}) {
        QVERIFY2(!IdentifierScreen::columnRule(QLatin1String(header)).has_value(), header);
    }
    QCOMPARE(IdentifierScreen::columnRule(QStringLiteral("dateOfBirth")), QStringLiteral("dates of birth"));
    for (const char* value : {"123-45-6789", "jane.doe@example.org", "(555) 123-4567", "555-123-4567",
                              "+1 555 123 4567", "+44 20 7946 0958", "555.123.4567"}) {
        QVERIFY2(IdentifierScreen::valueRule(value).has_value(), value);
    }
    for (const char* value : {"P0001", "0.1234567890", "-0.1234567890", "1.5e-10", "2024-01-15", "5551234567", "60-69",
                              "North, ward 2", "S000000000001", "@home", "a@b", "123-456"}) {
        QVERIFY2(!IdentifierScreen::valueRule(value).has_value(), value);
    }
    QCOMPARE(IdentifierScreen::valueRule("123-45-6789"), QStringLiteral("social security numbers"));
    // Shapes the screen missed (issue #12): spaced and prefixed SSNs, a full-width at sign, a date as the sample ID.
    for (const char* value : {"123 45 6789", "SSN123456789", "ssn: 123-45-6789",
                              "jane.doe\xef\xbc\xa0"
                              "example.org",
                              "jane\xef\xb9\xab"
                              "example.org"}) {
        QVERIFY2(IdentifierScreen::valueRule(value).has_value(), value);
    }
    QCOMPARE(IdentifierScreen::valueRule("SSN123456789"), QStringLiteral("social security numbers"));
    QVERIFY(!IdentifierScreen::valueRule("123456789").has_value()); // a bare number may be a sample ID
    QVERIFY(!IdentifierScreen::valueRule("1950-03-14").has_value()); // a date elsewhere is not refused
    for (const char* id : {"1950-03-14", "1950-03-14T00:00:00"}) {
        QVERIFY2(IdentifierScreen::idRule(id).has_value(), id);
    }
    QVERIFY(!IdentifierScreen::idRule("P-1950-03").has_value());
}

void TestPredictions::importStoresEverySampleAsInTheFile()
{
    TestWorkspace t;
    addVersions(t);
    const QString file = write(t.dirPath(), QStringLiteral("validation.csv"), validationFile());
    ImportPredictionsCommand command(request(file));
    auto r = t.ws().execute(command);
    QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
    QVERIFY(command.outcome().datasetCreated);
    QCOMPARE(command.outcome().rows, 40);
    QCOMPARE(command.outcome().samplesAdded, 40);
    QCOMPARE(command.outcome().fileSha256.toLatin1(), fileSha(file));
    QCOMPARE(command.outcome().imported,
             (QStringList {QStringLiteral("sepsis-risk/1"), QStringLiteral("sepsis-risk/2")}));

    DatasetTable table(WorkspaceAccess::database(t.ws()));
    const auto d = table.dataset(QStringLiteral("validation-2026")).value();
    QVERIFY(d);
    QCOMPARE(d->sampleCount, 40);
    QVERIFY(d->locked);
    QCOMPARE(d->groupColumns, (QStringList {QStringLiteral("sex"), QStringLiteral("site")}));

    // The file parsed independently: every sample's label, groups and both scores as stored.
    QMap<QString, QStringList> expected;
    const QList<QByteArray> lines = validationFile().split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const QString site = line.section(u'"', 1, 1);
        const QStringList f = line.section(u'"', 0, 0).split(u',');
        expected.insert(f[0], {f[1], f[2], f[3], f[4], site});
    }
    QCOMPARE(expected.size(), 40);
    int seen = 0;
    auto each = table.forEachSample(
        d->id, [&](qint64, std::string_view id, std::optional<QString> label, std::string_view groups) {
            const QString key = QString::fromUtf8(id.data(), qsizetype(id.size()));
            const QStringList e = expected.value(key);
            if (e.isEmpty() || label != e[0] ||
                QString::fromUtf8(groups.data(), qsizetype(groups.size())) !=
                    QStringLiteral("[\"%1\",\"%2\"]").arg(e[3], e[4])) {
                qWarning() << "sample" << key << "differs";
                return false;
            }
            ++seen;
            return true;
        });
    QVERIFY(each.ok());
    QCOMPARE(seen, 40);
    // One sample written out by hand: sex F, a site with a comma inside quotes in the file.
    QString p0001;
    QVERIFY(table
                .forEachSample(d->id,
                               [&](qint64, std::string_view id, auto, std::string_view groups) {
                                   if (id == "P0001") {
                                       p0001 = QString::fromUtf8(groups.data(), qsizetype(groups.size()));
                                   }
                                   return true;
                               })
                .ok());
    QCOMPARE(p0001, QStringLiteral("[\"F\",\"North, ward 1\"]"));
    for (const QString& v : {QStringLiteral("1"), QStringLiteral("2")}) {
        const auto scores = storedScores(t, QStringLiteral("validation-2026"), v);
        QCOMPARE(scores.size(), 40);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QCOMPARE(scores.value(it.key()), it.value()[v == u"1" ? 1 : 2].toDouble());
        }
    }
    QCOMPARE(count(t, QStringLiteral("prediction_set")), 2);

    // Audit: the dataset, the file and each prediction set, with digests; the trail verifies.
    const auto last = t.ws().lastEvent().value();
    QVERIFY(last);
    QCOMPARE(last->action, QStringLiteral("prediction_set.imported"));
    QVERIFY(last->after.contains(QByteArray(QByteArray("\"file_sha256\":\"") + fileSha(file))));
    auto report = t.ws().verify();
    QVERIFY(report && report->intact());
}

void TestPredictions::samplesInAnyOrderAreStoredTheSame()
{
    // The same samples in ascending, descending and interleaved ID order give the same stored dataset and scores.
    QByteArray interleaved = "sample_id,sepsis_48h,score_v1,score_v2,sex,site\r\n";
    const QList<QByteArray> lines = validationFile().split('\n');
    for (int start : {2, 1}) {
        for (int i = start; i < lines.size(); i += 2) {
            if (!lines[i].isEmpty()) {
                interleaved += lines[i] + '\n';
            }
        }
    }
    QMap<QString, double> reference;
    for (const QByteArray& content : {validationFile(), validationFile(40, true), interleaved}) {
        TestWorkspace t;
        addVersions(t);
        ImportPredictionsCommand command(request(write(t.dirPath(), QStringLiteral("v.csv"), content)));
        auto r = t.ws().execute(command);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
        QCOMPARE(count(t, QStringLiteral("dataset_sample")), 40);
        const auto scores = storedScores(t, QStringLiteral("validation-2026"), QStringLiteral("2"));
        QCOMPARE(scores.size(), 40);
        if (reference.isEmpty()) {
            reference = scores;
        }
        QCOMPARE(scores, reference);
    }
}

void TestPredictions::reimportIsANoOpAndSourceIsUntouched()
{
    TestWorkspace t;
    addVersions(t);
    const QString file = write(t.dirPath(), QStringLiteral("validation.csv"), validationFile());
    const QByteArray before = fileSha(file);
    ImportPredictionsCommand first(request(file));
    QVERIFY(t.ws().execute(first).ok());
    const qint64 events = t.ws().eventCount().value();
    ImportPredictionsCommand again(request(file));
    auto r = t.ws().execute(again);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(t.ws().eventCount().value(), events);
    QCOMPARE(count(t, QStringLiteral("dataset_file")), 1);
    QCOMPARE(fileSha(file), before);
}

void TestPredictions::lockedDatasetTakesTheSameSamplesInAnyOrder()
{
    TestWorkspace t;
    addVersions(t);
    ImportPredictionsCommand first(
        request(write(t.dirPath(), QStringLiteral("validation.csv"), validationFile()), {QStringLiteral("1")}));
    QVERIFY(t.ws().execute(first).ok());
    // Version 2's scores arrive later, in the opposite order, with version 1's column unchanged.
    const QString later = write(t.dirPath(), QStringLiteral("later.csv"), validationFile(40, true));
    auto req = request(later, {QStringLiteral("1"), QStringLiteral("2")});
    req.role.reset();
    ImportPredictionsCommand second(req);
    auto r = t.ws().execute(second);
    QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
    QCOMPARE(second.outcome().datasetCreated, false);
    QCOMPARE(second.outcome().samplesAdded, 0);
    QCOMPARE(second.outcome().imported, QStringList {QStringLiteral("sepsis-risk/2")});
    QCOMPARE(second.outcome().unchanged, QStringList {QStringLiteral("sepsis-risk/1")});
    const auto v2 = storedScores(t, QStringLiteral("validation-2026"), QStringLiteral("2"));
    QCOMPARE(v2.size(), 40);
    QCOMPARE(v2.value(QStringLiteral("P0000")), 1.0);
    QCOMPARE(v2.value(QStringLiteral("P0039")), 1.0 - 0.39);
    QCOMPARE(count(t, QStringLiteral("dataset_sample")), 40);
}

void TestPredictions::lockedDatasetRefusesOtherSamples_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QByteArray missing = validationFile();
    missing.chop(missing.size() - missing.lastIndexOf("P0039"));
    QTest::newRow("a sample missing") << missing
                                      << QStringLiteral("lacks 1 of the 40 samples of the locked dataset "
                                                        "validation-2026 (for example \"P0039\")");
    QTest::newRow("an extra sample") << (validationFile() + "P9999,0,0.5,0.5,F,\"x\"\r\n")
                                     << QStringLiteral(
                                            "row 41 (line 42), column \"sample_id\": sample \"P9999\" is not in the "
                                            "locked dataset");
    QByteArray relabelled = validationFile();
    relabelled.replace("P0001,0,", "P0001,1,");
    QTest::newRow("a label changed") << relabelled
                                     << QStringLiteral(
                                            "row 2 (line 3), column \"sepsis_48h\": sample \"P0001\" has label "
                                            "\"0\" in dataset validation-2026; its label cannot change");
}

void TestPredictions::lockedDatasetRefusesOtherSamples()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    TestWorkspace t;
    addVersions(t);
    ImportPredictionsCommand first(
        request(write(t.dirPath(), QStringLiteral("validation.csv"), validationFile()), {QStringLiteral("1")}));
    QVERIFY(t.ws().execute(first).ok());
    const qint64 events = t.ws().eventCount().value();
    const QString file = write(t.dirPath(), QStringLiteral("other.csv"), content);
    ImportPredictionsCommand second(request(file, {QStringLiteral("2")}));
    auto r = t.ws().execute(second);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(file));
    QCOMPARE(t.ws().eventCount().value(), events);
    QCOMPARE(count(t, QStringLiteral("prediction_set")), 1);
    QCOMPARE(count(t, QStringLiteral("dataset_sample")), 40);
}

void TestPredictions::predictionsAreFrozen()
{
    TestWorkspace t;
    addVersions(t);
    ImportPredictionsCommand first(
        request(write(t.dirPath(), QStringLiteral("validation.csv"), validationFile()), {QStringLiteral("1")}));
    QVERIFY(t.ws().execute(first).ok());
    QByteArray changed = validationFile();
    changed.replace("P0005,0,0.0500,", "P0005,0,0.0501,");
    const qint64 events = t.ws().eventCount().value();
    ImportPredictionsCommand second(request(write(t.dirPath(), QStringLiteral("changed.csv"), changed),
                                            {QStringLiteral("1"), QStringLiteral("2")}));
    auto r = t.ws().execute(second);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("sepsis-risk/1 on dataset validation-2026 were imported before "
                                                       "with different scores")),
             qPrintable(r.error().message));
    QCOMPARE(t.ws().eventCount().value(), events);
    QCOMPARE(count(t, QStringLiteral("prediction_set")), 1);
    QCOMPARE(storedScores(t, QStringLiteral("validation-2026"), QStringLiteral("1")).value(QStringLiteral("P0005")),
             0.05);
    // The trigger refuses a change made behind Countersign's back.
    QSqlQuery q(WorkspaceAccess::database(t.ws()).connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE prediction_chunk SET scores = x'00'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM dataset_sample")));
}

void TestPredictions::badInputsStoreNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expected");
    const QByteArray header = "sample_id,sepsis_48h,score_v1,score_v2,sex,site\n";
    const QByteArray good = "P1,0,0.1,0.2,F,a\n";
    QTest::newRow("ragged row") << header + good + "P2,0,0.1,F,a\n"
                                << QString()
                                << QStringLiteral("row 2 (line 3): the row has 5 fields, the header has 6");
    QTest::newRow("5 MB line") << header + good + "P2,0,0.1,0.2,F," + QByteArray(5 << 20, 'a') +
            "\n" << QString() << QStringLiteral("line 3: the record starting on this line is longer than 1 MiB");
    QTest::newRow("name column") << QByteArray("sample_id,sepsis_48h,score_v1,score_v2,sex,site,patient_name\n") +
            "P1,0,0.1,0.2,F,a,x\n"
                                 << QString()
                                 << QStringLiteral("column \"patient_name\" (column 7) holds direct identifiers "
                                                   "(rule: names)");
    QTest::newRow("mrn column") << QByteArray("sample_id,MRN,sepsis_48h,score_v1,score_v2,sex,site\n") << QString()
                                << QStringLiteral("column \"MRN\" (column 2) holds direct identifiers");
    QTest::newRow("ssn value") << header + good + "123-45-6789,0,0.1,0.2,F,a\n"
                               << QStringLiteral("sample_id")
                               << QStringLiteral("a value looks like a direct identifier (rule: social security "
                                                 "numbers)");
    QTest::newRow("phone value") << header + good + "P2,0,0.1,0.2,F,(555) 123-4567\n"
                                 << QStringLiteral("site") << QStringLiteral("(rule: phone numbers)");
    QTest::newRow("email value") << header + good + "P2,0,0.1,0.2,F,jo@example.org\n"
                                 << QStringLiteral("site") << QStringLiteral("(rule: e-mail addresses)");
    QTest::newRow("duplicate id") << header + good + "P2,0,0.1,0.2,F,a\nP1,0,0.1,0.2,F,a\n"
                                  << QStringLiteral("sample_id") << QStringLiteral("sample ID \"P1\" appears twice");
    QTest::newRow("duplicate id out of order")
        << header + "P3,0,0.1,0.2,F,a\nP1,0,0.1,0.2,F,a\nP2,0,0.1,0.2,F,a\nP1,1,0.3,0.2,F,a\nP0,0,0.1,0.2,F,a\n"
        << QStringLiteral("sample_id")
        << QStringLiteral("row 4 (line 5), column \"sample_id\": sample ID \"P1\" appears twice");
    // UTF-8 that encodes a surrogate (ED A0 80) and an overlong "/" (C0 AF) are not text.
    QTest::newRow("surrogate in id") << header + good + "P\xed\xa0\x80,0,0.1,0.2,F,a\n"
                                     << QStringLiteral("sample_id")
                                     << QStringLiteral("the sample ID is not UTF-8 text");
    QTest::newRow("overlong in group") << header + good + "P2,0,0.1,0.2,F,\xc0\xaf\n"
                                       << QStringLiteral("site") << QStringLiteral("the value is not UTF-8 text");
    QTest::newRow("empty id") << header + good + ",0,0.1,0.2,F,a\n"
                              << QStringLiteral("sample_id") << QStringLiteral("the sample ID is empty");
    QTest::newRow("label outside domain")
        << header + good + "P2,2,0.1,0.2,F,a\n"
        << QStringLiteral("sepsis_48h") << QStringLiteral("the label \"2\" is not one of 0, 1");
    QTest::newRow("missing label") << header + good + "P2,,0.1,0.2,F,a\n"
                                   << QStringLiteral("sepsis_48h") << QStringLiteral("the label is missing");
    QTest::newRow("missing score") << header + good + "P2,0,,0.2,F,a\n"
                                   << QStringLiteral("score_v1") << QStringLiteral("the score is missing");
    QTest::newRow("nan score") << header + good + "P2,0,0.1,nan,F,a\n"
                               << QStringLiteral("score_v2") << QStringLiteral("the score is missing (\"nan\")");
    QTest::newRow("inf score") << header + good + "P2,0,inf,0.2,F,a\n"
                               << QStringLiteral("score_v1")
                               << QStringLiteral("the score \"inf\" is not a finite number");
    QTest::newRow("text score") << header + good + "P2,0,0.1,high,F,a\n"
                                << QStringLiteral("score_v2") << QStringLiteral("the score \"high\" is not a number");
    QTest::newRow("unterminated quote") << header + good + "P2,0,0.1,0.2,F,\"a\n"
                                        << QString()
                                        << QStringLiteral("line 3: a quoted field opened on this line is never closed");
    QTest::newRow("header only") << header << QString() << QStringLiteral("has a header but no rows");
    QTest::newRow("empty file") << QByteArray() << QString() << QStringLiteral("is empty");
    QTest::newRow("no such column") << QByteArray("id,sepsis_48h,score_v1,score_v2,sex,site\n") + good << QString()
                                    << QStringLiteral("there is no sample ID column \"sample_id\"; the header has: id");
    QTest::newRow("duplicate header") << QByteArray("sample_id,sepsis_48h,score_v1,score_v2,sex,sex,site\n")
                                      << QString() << QStringLiteral("header: the column \"sex\" appears twice");
}

void TestPredictions::badInputsStoreNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, column);
    QFETCH(QString, expected);
    TestWorkspace t;
    addVersions(t);
    const qint64 events = t.ws().eventCount().value();
    const QString file = write(t.dirPath(), QStringLiteral("bad.csv"), content);
    ImportPredictionsCommand command(request(file));
    auto r = t.ws().execute(command);
    QVERIFY(!r);
    QVERIFY2(r.error().message.startsWith(file), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    if (!column.isEmpty()) {
        QVERIFY2(r.error().message.contains(QStringLiteral("column \"%1\"").arg(column)),
                 qPrintable(r.error().message));
    }
    // Identifiers are never echoed back.
    QVERIFY(!r.error().message.contains(QStringLiteral("123-45-6789")));
    QVERIFY(!r.error().message.contains(QStringLiteral("jo@example.org")));
    QCOMPARE(t.ws().eventCount().value(), events);
    for (const char* table : {"dataset", "dataset_file", "dataset_sample", "prediction_set", "prediction_chunk"}) {
        QCOMPARE(count(t, QLatin1String(table)), 0);
    }
}

void TestPredictions::cancelLeavesNothing()
{
    TestWorkspace t;
    addVersions(t);
    // Enough rows for several progress reports.
    const QString file = write(t.dirPath(), QStringLiteral("big.csv"), validationFile(60000));
    const qint64 events = t.ws().eventCount().value();
    int reports = 0;
    qint64 lastDone = -1;
    bool ordered = true;
    ImportPredictionsCommand command(request(file), [&](qint64 done, qint64 total) {
        ordered = ordered && done <= total && done >= lastDone;
        lastDone = done;
        return ++reports < 3;
    });
    auto r = t.ws().execute(command);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QCOMPARE(reports, 3);
    QVERIFY(ordered);
    QCOMPARE(t.ws().eventCount().value(), events);
    for (const char* table : {"dataset", "dataset_file", "dataset_sample", "prediction_set", "prediction_chunk"}) {
        QCOMPARE(count(t, QLatin1String(table)), 0);
    }
    // The same import, not cancelled, reports progress up to the whole file.
    ImportPredictionsCommand again(request(file), [&](qint64 done, qint64 total) {
        lastDone = done;
        return done <= total;
    });
    QVERIFY(t.ws().execute(again).ok());
    QCOMPARE(count(t, QStringLiteral("dataset_sample")), 60000);
    QCOMPARE(lastDone, QFileInfo(file).size());
}

void TestPredictions::unlabelledProductionWindow()
{
    TestWorkspace t;
    addVersions(t);
    auto window = [&](const QString& name, const QByteArray& content, bool first) {
        PredictionImportRequest r;
        r.dataset = QStringLiteral("production-2026-11");
        r.file = write(t.dirPath(), name, content);
        if (first) {
            r.role = DatasetRole::ProductionWindow;
        }
        r.mapping.idColumn = QStringLiteral("encounter");
        r.mapping.scores = {{QStringLiteral("sepsis-risk"), QStringLiteral("3"), QStringLiteral("score")}};
        return r;
    };
    ImportPredictionsCommand week1(window(QStringLiteral("w1.csv"), "encounter,score\nE1,0.2\nE2,0.4\n", true));
    QVERIFY2(t.ws().execute(week1).ok(), "week 1");
    // Locked sets need labels; a production window does not. Version 3's predictions on it are frozen once
    // imported, so a second week's file for the same version is refused as a whole: each window is its own dataset.
    ImportPredictionsCommand week2(window(QStringLiteral("w2.csv"), "encounter,score\nE3,0.9\n", false));
    auto r = t.ws().execute(week2);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("imported before with different scores")),
             qPrintable(r.error().message));
    QCOMPARE(count(t, QStringLiteral("dataset_sample")), 2);
    const auto d =
        DatasetTable(WorkspaceAccess::database(t.ws())).dataset(QStringLiteral("production-2026-11")).value();
    QVERIFY(d && !d->locked);
    QCOMPARE(d->role, DatasetRole::ProductionWindow);
    const auto scores = storedScores(t, QStringLiteral("production-2026-11"), QStringLiteral("3"));
    QCOMPARE(scores.value(QStringLiteral("E2")), 0.4);
}

void TestPredictions::verifyFindsAlteredEvidence_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a score") << QStringLiteral("UPDATE prediction_chunk SET scores = zeroblob(length(scores)) WHERE "
                                               "set_id = (SELECT min(id) FROM prediction_set)")
                             << QStringLiteral("the scores of sepsis-risk/1@validation-2026 no longer match");
    QTest::newRow("a label") << QStringLiteral("UPDATE dataset_sample SET label = '1' WHERE sample_id = 'P0003'")
                             << QStringLiteral("the samples of dataset validation-2026 added from validation.csv no "
                                               "longer match");
    QTest::newRow("a sample removed") << QStringLiteral("DELETE FROM dataset_sample WHERE sample_id = 'P0010'")
                                      << QStringLiteral("(39 samples now, 40 then)");
    QTest::newRow("a parameter") << QStringLiteral(
                                        "DROP TRIGGER model_version_evidence_frozen; UPDATE model_version SET "
                                        "evidence_json = replace(evidence_json, '\"version\":\"2\"', "
                                        "'\"version\":\"9\"')")
                                 << QStringLiteral("the evidence of model version sepsis-risk/2 no longer matches");
    QTest::newRow("a kept label") << QStringLiteral("UPDATE dataset_label_chunk SET codes = zeroblob(length(codes))")
                                  << QStringLiteral("the labels kept for the statistics of dataset validation-2026 "
                                                    "differ from its samples at row 1");
    QTest::newRow("a kept subgroup") << QStringLiteral("UPDATE dataset_group_chunk SET texts = replace(texts, "
                                                       "'ward 1', 'ward 4')")
                                     << QStringLiteral("the subgroups kept for the statistics of dataset "
                                                       "validation-2026 differ from its samples at row 2");
    QTest::newRow("a kept subgroup's row") << QStringLiteral("UPDATE dataset_group_chunk SET codes = x'0100' || "
                                                             "substr(codes, 3)")
                                           << QStringLiteral("the subgroups kept for the statistics of dataset "
                                                             "validation-2026 differ from its samples at row 1");
    QTest::newRow("a subgroup chunk removed") << QStringLiteral("DELETE FROM dataset_group_chunk")
                                              << QStringLiteral("the subgroups kept for the statistics of dataset "
                                                                "validation-2026 differ from its samples at row 1");
    QTest::newRow("a damaged subgroup chunk") << QStringLiteral("UPDATE dataset_group_chunk SET codes = x'00'")
                                              << QStringLiteral("has a damaged subgroup chunk at row 0");
    QTest::newRow("a file's sample count")
        << QStringLiteral("UPDATE dataset_file SET samples_added = 39")
        << QStringLiteral("the record of validation.csv in dataset validation-2026 says it added 39 samples");
    QTest::newRow("a prediction set removed")
        << QStringLiteral("DELETE FROM prediction_chunk WHERE set_id = (SELECT max(id) FROM prediction_set)")
        << QStringLiteral("the scores of sepsis-risk/2@validation-2026 no longer match");
}

void TestPredictions::verifyFindsAlteredEvidence()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    TestWorkspace t;
    addVersions(t);
    ImportPredictionsCommand command(request(write(t.dirPath(), QStringLiteral("validation.csv"), validationFile())));
    QVERIFY(t.ws().execute(command).ok());
    auto clean = t.ws().verify();
    QVERIFY2(clean && clean->intact(), clean ? qPrintable(clean->summary()) : "");
    t.close();
    // Someone with the file drops the triggers, changes the rows and puts the triggers back.
    QCOMPARE(tamper(t.path(), sql.split(QStringLiteral("; "))), QString());
    QVERIFY(t.reopen(OpenMode::ReadOnly));
    auto report = t.ws().verify();
    QVERIFY(report.ok());
    QVERIFY(!report->intact());
    bool found = false;
    for (const Finding& f : report->findings) {
        found = found || (f.kind == Finding::Kind::EvidenceAltered && f.message.contains(expected));
    }
    QVERIFY2(found, qPrintable(report->summary()));
}

void TestPredictions::datasetEvidenceIsAttachedOnce()
{
    // Dataset and version attachments go through one routine: the same refusal, code and wording for both.
    TestWorkspace t;
    addVersions(t);
    const QString file = write(t.dirPath(), QStringLiteral("validation.csv"), validationFile());
    ImportPredictionsCommand import(request(file));
    QVERIFY(t.ws().execute(import).ok());
    const QJsonObject result {{QStringLiteral("success"), true},
                              {QStringLiteral("summary"), QJsonObject {{QStringLiteral("expectations"), 3}}}};
    AttachDatasetEvidenceCommand attach(request(file).dataset, QStringLiteral("great-expectations"),
                                        QStringLiteral("gx.json"), result);
    QVERIFY(t.ws().execute(attach).ok());
    const qint64 events = t.ws().eventCount().value();
    AttachDatasetEvidenceCommand again(request(file).dataset, QStringLiteral("great-expectations"),
                                       QStringLiteral("gx.json"), result);
    auto r = t.ws().execute(again);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::AlreadyExists);
    QVERIFY2(r.error().message.startsWith(QStringLiteral("gx.json: this great-expectations is already attached to "
                                                         "dataset ")),
             qPrintable(r.error().message));
    QCOMPARE(t.ws().eventCount().value(), events);
    DatasetTable table(WorkspaceAccess::database(t.ws()));
    const auto found = table.dataset(request(file).dataset).value();
    QVERIFY(found.has_value());
    const qint64 datasetId = found->id;
    const QList<EvidenceAttachment> attached = table.attachments(datasetId).value();
    QCOMPARE(attached.size(), qsizetype(1));
    QCOMPARE(attached.first().ownerId, datasetId);
    QCOMPARE(attached.first().content, result);
    // Different content is a second attachment; the first stays.
    QJsonObject rerun = result;
    rerun.insert(QStringLiteral("success"), false);
    AttachDatasetEvidenceCommand second(request(file).dataset, QStringLiteral("great-expectations"),
                                        QStringLiteral("gx-2.json"), rerun);
    QVERIFY(t.ws().execute(second).ok());
    QCOMPARE(table.attachments(datasetId).value().size(), qsizetype(2));
}

void TestPredictions::manyShuffledSamplesAreMergedFromSortedRuns()
{
    // More samples out of ID order than one sorted run holds (SampleWriter::kRunRows), so several runs go to the
    // temporary file and are merged: every sample is stored once, numbered by its place in the file, with its label
    // and subgroups.
    const int rows = int(SampleWriter::kRunRows) * 2 + 1000;
    std::vector<int> order(static_cast<size_t>(rows));
    for (int i = 0; i < rows; ++i) {
        order[size_t(i)] = i;
    }
    std::shuffle(order.begin(), order.end(), std::mt19937(20261203));
    auto fileOf = [&](std::optional<int> duplicateAt) {
        QByteArray out = "sample_id,sepsis_48h,score_v1,score_v2,sex,site\n";
        out.reserve(rows * 32);
        for (int k = 0; k < rows; ++k) {
            // The duplicate repeats, late in the file, the ID of the file's third row (in the first run).
            const int i = duplicateAt && k == *duplicateAt ? order[2] : order[size_t(k)];
            out += QByteArray("S") + QByteArray::number(i).rightJustified(7, '0') + ',' + char('0' + i % 2) +
                ",0.25,0.75," + (i % 3 ? "F" : "M") + ",w" + QByteArray::number(i % 5) + '\n';
        }
        return out;
    };
    TestWorkspace t;
    addVersions(t);
    const QString bad = write(t.dirPath(), QStringLiteral("dup.csv"), fileOf(rows - 10));
    ImportPredictionsCommand refused(request(bad));
    auto r = t.ws().execute(refused);
    QVERIFY(!r);
    const QString id = QStringLiteral("S%1").arg(order[2], 7, 10, QLatin1Char('0'));
    QVERIFY2(r.error().message.contains(QStringLiteral("row %1 (line %2), column \"sample_id\": sample ID \"%3\" "
                                                       "appears twice")
                                            .arg(rows - 9)
                                            .arg(rows - 8)
                                            .arg(id)),
             qPrintable(r.error().message));
    QCOMPARE(count(t, QStringLiteral("dataset_sample")), 0);

    const QString good = write(t.dirPath(), QStringLiteral("shuffled.csv"), fileOf(std::nullopt));
    ImportPredictionsCommand command(request(good));
    QVERIFY2(t.ws().execute(command), "import");
    QCOMPARE(command.outcome().samplesAdded, qint64(rows));
    QCOMPARE(count(t, QStringLiteral("dataset_sample")), qint64(rows));
    DatasetTable table(WorkspaceAccess::database(t.ws()));
    const auto d = table.dataset(QStringLiteral("validation-2026")).value();
    QVERIFY(d.has_value());
    qint64 seen = 0;
    QString wrong;
    auto read = table.forEachSample(
        d->id, [&](qint64 rowNo, std::string_view sampleId, std::optional<QString> label, std::string_view groups) {
            const int i = order[size_t(rowNo)];
            const QString want = QStringLiteral("S%1").arg(i, 7, 10, QLatin1Char('0'));
            const QString groupsWant = QStringLiteral("[\"%1\",\"w%2\"]").arg(QChar(i % 3 ? u'F' : u'M')).arg(i % 5);
            if (QString::fromUtf8(sampleId.data(), qsizetype(sampleId.size())) != want ||
                label != QString::number(i % 2) ||
                QString::fromUtf8(groups.data(), qsizetype(groups.size())) != groupsWant) {
                wrong = QStringLiteral("row %1: %2 %3 %4, expected %5 %6 %7")
                            .arg(rowNo)
                            .arg(QString::fromUtf8(sampleId.data(), qsizetype(sampleId.size())),
                                 label.value_or(QStringLiteral("-")),
                                 QString::fromUtf8(groups.data(), qsizetype(groups.size())), want,
                                 QString::number(i % 2), groupsWant);
                return false;
            }
            ++seen;
            return true;
        });
    QVERIFY(read);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QCOMPARE(seen, qint64(rows));
}

void TestPredictions::importAndStatsShareOneRuleSet_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("expected"); ///< the error after the file name; empty: accepted
    QTest::newRow("label outside") << QByteArray("P2,2,0.1,0.2,F,a")
                                   << QStringLiteral(", row 2 (line 3), column \"sepsis_48h\": the label \"2\" is "
                                                     "not one of 0, 1 (or true/false, yes/no)");
    QTest::newRow("label empty") << QByteArray("P2,,0.1,0.2,F,a")
                                 << QStringLiteral(", row 2 (line 3), column \"sepsis_48h\": the label is missing");
    QTest::newRow("label NA") << QByteArray("P2,NA,0.1,0.2,F,a")
                              << QStringLiteral(", row 2 (line 3), column \"sepsis_48h\": the label is missing "
                                                "(\"NA\")");
    QTest::newRow("score text") << QByteArray("P2,0,high,0.2,F,a")
                                << QStringLiteral(", row 2 (line 3), column \"score_v1\": the score \"high\" is not "
                                                  "a number");
    QTest::newRow("score empty") << QByteArray("P2,0,0.1,,F,a")
                                 << QStringLiteral(", row 2 (line 3), column \"score_v2\": the score is missing");
    QTest::newRow("score null") << QByteArray("P2,0,Null,0.2,F,a")
                                << QStringLiteral(", row 2 (line 3), column \"score_v1\": the score is missing "
                                                  "(\"Null\")");
    QTest::newRow("score inf") << QByteArray("P2,0,0.1,-inf,F,a")
                               << QStringLiteral(", row 2 (line 3), column \"score_v2\": the score \"-inf\" is not "
                                                 "a finite number");
    QTest::newRow("ragged") << QByteArray("P2,0,0.1,0.2,F")
                            << QStringLiteral(", row 2 (line 3): the row has 5 fields, the header has 6");
    // Accepted by both: blanks around values, a '+' sign, and true/yes for the positive class.
    QTest::newRow("blanks, sign, TRUE") << QByteArray("P2, TRUE ,+0.1,\t0.2 ,F,a") << QString();
    QTest::newRow("yes") << QByteArray("P2,yes,1e-1,2E-1,F,a") << QString();
}

void TestPredictions::importAndStatsShareOneRuleSet()
{
    // The same bad field gives the same refusal, word for word, from the import and from both of stats compare's
    // loaders (the RFC 4180 reader and the split one for files without quotes).
    QFETCH(QByteArray, row);
    QFETCH(QString, expected);
    TestWorkspace t;
    addVersions(t);
    const QString file = write(t.dirPath(), QStringLiteral("rules.csv"),
                               "sample_id,sepsis_48h,score_v1,score_v2,sex,site\nP1,0,0.3,0.4,M,b\n" + row + "\n");
    ImportPredictionsCommand command(request(file));
    auto imported = t.ws().execute(command);
    stats::ComparisonRequest compare;
    compare.file = file;
    compare.label = QStringLiteral("sepsis_48h");
    compare.reference = QStringLiteral("score_v1");
    compare.candidate = QStringLiteral("score_v2");
    for (int threads : {1, 2}) {
        compare.threads = threads;
        auto loaded = stats::loadComparison(compare);
        if (expected.isEmpty()) {
            QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
            QCOMPARE(loaded.value().positives, qint64(1));
        } else {
            QVERIFY(!loaded);
            QCOMPARE(loaded.error().message, file + expected);
        }
    }
    if (expected.isEmpty()) {
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        // The positive class is stored in the domain's own spelling.
        QSqlQuery q(WorkspaceAccess::database(t.ws()).connection());
        QVERIFY(q.exec(QStringLiteral("SELECT label FROM dataset_sample WHERE sample_id = 'P2'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("1"));
        QCOMPARE(storedScores(t, QStringLiteral("validation-2026"), QStringLiteral("1")).value(QStringLiteral("P2")),
                 0.1);
    } else {
        QVERIFY(!imported);
        QCOMPARE(imported.error().message, file + expected);
    }
}

void TestPredictions::storedComparisonNeedsBothScores()
{
    // An unlocked dataset grows: version 1's predictions cover its first 40 samples, version 2's all 50. Compared on
    // the stored data, the rows without a version-1 score are refused by row, whichever side version 1 is on (the
    // reference's scores are read whole, the candidate's chunk by chunk).
    TestWorkspace t;
    addVersions(t);
    const QByteArray all = validationFile(50);
    QByteArray first;
    for (const QByteArray& line : all.split('\n').mid(0, 41)) {
        first += line + '\n';
    }
    auto importFile = [&](const QString& name, const QByteArray& content, const QString& version) {
        PredictionImportRequest r = request(write(t.dirPath(), name, content), {version});
        r.role = DatasetRole::ProductionWindow;
        ImportPredictionsCommand command(r);
        auto done = t.ws().execute(command);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    };
    importFile(QStringLiteral("first.csv"), first, QStringLiteral("1"));
    importFile(QStringLiteral("all.csv"), all, QStringLiteral("2"));
    StatisticsQuery query(t.ws());
    for (const auto& [reference, candidate] : {std::pair {"1", "2"}, std::pair {"2", "1"}}) {
        StoredComparisonRequest r;
        r.dataset = QStringLiteral("validation-2026");
        r.reference = QLatin1String(reference);
        r.candidate = QLatin1String(candidate);
        auto data = query.comparison(r);
        QVERIFY(!data);
        QCOMPARE(data.error().message,
                 QStringLiteral("version 1 of model \"sepsis-risk\" has no score for row 41 of "
                                "dataset \"validation-2026\""));
    }
}

void TestPredictions::storedComparisonRefusesTooManySubgroups()
{
    // A comparison keeps each row's group in two bytes: a stored subgroup column with 65,536 distinct values is
    // refused by name; the same dataset compares without it.
    TestWorkspace t;
    addVersions(t);
    QByteArray file = "sample_id,sepsis_48h,score_v1,score_v2,sex,site\n";
    for (int i = 0; i < 65536; ++i) {
        file += "P" + QByteArray::number(i) + ',' + QByteArray::number(i % 7 == 0 ? 1 : 0) + ",0.25,0.75,F,ward " +
            QByteArray::number(i) + '\n';
    }
    ImportPredictionsCommand command(request(write(t.dirPath(), QStringLiteral("sites.csv"), file)));
    auto imported = t.ws().execute(command);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    StoredComparisonRequest r;
    r.dataset = QStringLiteral("validation-2026");
    r.reference = QStringLiteral("1");
    r.candidate = QStringLiteral("2");
    r.groups = {QStringLiteral("site")};
    auto bySite = StatisticsQuery(t.ws()).comparison(r);
    QVERIFY(!bySite);
    QCOMPARE(bySite.error().message,
             QStringLiteral("dataset \"validation-2026\": subgroup column \"site\" has more than 65,535 distinct "
                            "values; a subgroup column takes at most 65,535"));
    r.groups = {QStringLiteral("sex")};
    auto bySex = StatisticsQuery(t.ws()).comparison(r);
    QVERIFY2(bySex, bySex ? "" : qPrintable(bySex.error().message));
    QCOMPARE(bySex->positives, qint64(9363)); // every seventh of 65,536 rows
    QCOMPARE(bySex->groupings.front().groupNames, QStringList {QStringLiteral("F")});
}

namespace {
/// The comparison of versions 1 and 2 on the stored validation set, as numbers to compare.
QString storedComparison(TestWorkspace& t)
{
    StoredComparisonRequest r;
    r.dataset = QStringLiteral("validation-2026");
    r.reference = QStringLiteral("1");
    r.candidate = QStringLiteral("2");
    r.groups = {QStringLiteral("site")};
    auto data = StatisticsQuery(t.ws()).comparison(r);
    if (!data) {
        return QStringLiteral("ERROR: ") + data.error().message;
    }
    QString out = QStringLiteral("positives %1 cells %2 %3 %4 %5 groups %6 rows")
                      .arg(data->positives)
                      .arg(data->cells[0])
                      .arg(data->cells[1])
                      .arg(data->cells[2])
                      .arg(data->cells[3])
                      .arg(data->groupings.empty() ? QString() : data->groupings.front().groupNames.join(u'|'));
    for (size_t i = 0; i < data->reference.size(); ++i) {
        out += QStringLiteral(" %1:%2:%3")
                   .arg(stats::isPositiveRow(data->reference[i]) ? 1 : 0)
                   .arg(stats::scoreOfKey(data->reference[i].key))
                   .arg(stats::scoreOfKey(data->candidate[i].key));
    }
    return out;
}
} // namespace

void TestPredictions::storedComparisonNeedsTheKeptSubgroups()
{
    // Labels and subgroups are kept in separate chunks: a labelled row whose subgroups are gone is refused by row,
    // never compared in a group that does not exist.
    TestWorkspace t;
    addVersions(t);
    ImportPredictionsCommand command(request(write(t.dirPath(), QStringLiteral("validation.csv"), validationFile())));
    QVERIFY(t.ws().execute(command).ok());
    t.close();
    QCOMPARE(tamper(t.path(), {QStringLiteral("DELETE FROM dataset_group_chunk")}), QString());
    QVERIFY(t.reopen(OpenMode::ReadWrite));
    QCOMPARE(storedComparison(t),
             QStringLiteral("ERROR: dataset \"validation-2026\": row 1 has a label but no "
                            "subgroups kept for the statistics; run verify"));
}

void TestPredictions::schema6KeepsLabelsBesideTheScores()
{
    // The statistics read each sample's class from dataset_label_chunk. An import writes it; the upgrade to schema 6
    // fills it from the samples of a workspace written before; either way the comparison is the file's.
    TestWorkspace t(6);
    addVersions(t);
    // Today's import writes the subgroup chunks of schema 12 as well: their table is made by hand for it here and
    // dropped below with the label chunks, so that the upgrade from 5 fills both.
    Database& db = WorkspaceAccess::database(t.ws());
    for (const QString& statement : Schema::migrations().at(11).statements()) {
        for (const QString& sql : db.isServer() ? PostgresDialect::translate(statement) : QStringList {statement}) {
            QSqlQuery make(db.connection());
            QVERIFY2(make.exec(sql), qPrintable(sql + u' ' + make.lastError().text()));
        }
    }
    // 5000 rows: two chunks, the second partial, and a positive every seventh row.
    ImportPredictionsCommand command(
        request(write(t.dirPath(), QStringLiteral("validation.csv"), validationFile(5000, true))));
    QVERIFY(t.ws().execute(command).ok());
    const QString imported = storedComparison(t);
    QVERIFY2(!imported.startsWith(u"ERROR"), qPrintable(imported));
    QVERIFY(imported.startsWith(QStringLiteral("positives 715 ")));
    // The file's own rows, parsed here: in file order the samples are P4999 .. P0000.
    QVERIFY(imported.endsWith(QStringLiteral(" 1:0:1"))); // P0000: positive, scores 0 and 1
    QVERIFY(imported.contains(QStringLiteral("groups North, ward 1|North, ward 0|North, ward 2 rows 0:49.99:-48.99 ")));
    QCOMPARE(count(t, QStringLiteral("dataset_label_chunk")), qint64(2));
    t.close();

    // The workspace as schema 5 left it: no packed labels.
    CS_FILE_WORKSPACES_ONLY("a workspace taken back to schema 5 by hand, with SQLite's own trigger statements");
    QCOMPARE(tamper(t.path(),
                    {QStringLiteral("DROP TABLE dataset_label_chunk"), QStringLiteral("DROP TABLE dataset_group_chunk"),
                     QStringLiteral("DELETE FROM schema_version WHERE version = 6")},
                    false),
             QString());
    for (const QString& table : Schema::appendOnlyTables()) {
        // record_seal comes with schema 7, the change-request tables with schemas 8 and 9, pccp with 10, drift
        // monitoring with 11, the subgroup chunks with 12
        if (table != u"dataset_label_chunk" && table != u"record_seal" && !table.startsWith(u"change_request") &&
            table != u"pccp" && table != u"dataset_feature" && table != u"feature_chunk" &&
            !table.startsWith(u"drift_") && table != u"dataset_group_chunk") {
            for (const QString& sql : Database::appendOnlyTriggers(table)) {
                QCOMPARE(rawExec(t.path(), sql), QString());
            }
        }
    }
    QVERIFY(!t.reopen(OpenMode::ReadOnly)); // schema 5 must be upgraded first
    QVERIFY(t.reopen(OpenMode::ReadWrite));
    QCOMPARE(t.ws().schemaVersion(), Schema::latestVersion());
    QCOMPARE(count(t, QStringLiteral("dataset_label_chunk")), qint64(2));
    QCOMPARE(count(t, QStringLiteral("dataset_group_chunk")), qint64(2));
    QCOMPARE(storedComparison(t), imported);
    auto report = t.ws().verify();
    QVERIFY2(report && report->intact(), report ? qPrintable(report->summary()) : "");
}

void TestPredictions::schema12KeepsSubgroupsBesideTheLabels()
{
    // The statistics read each sample's subgroup values from dataset_group_chunk. An import writes it; the upgrade
    // to schema 12 fills it from the samples of a workspace written before; either way the comparison is the file's.
    TestWorkspace t;
    addVersions(t);
    // 5000 rows in reverse: two chunks, the second partial; the groups numbered in row order (ward 1 first).
    ImportPredictionsCommand command(
        request(write(t.dirPath(), QStringLiteral("validation.csv"), validationFile(5000, true))));
    QVERIFY(t.ws().execute(command).ok());
    const QString imported = storedComparison(t);
    QVERIFY2(!imported.startsWith(u"ERROR"), qPrintable(imported));
    QVERIFY(imported.contains(QStringLiteral("groups North, ward 1|North, ward 0|North, ward 2 rows 0:49.99:-48.99 ")));
    QCOMPARE(count(t, QStringLiteral("dataset_group_chunk")), qint64(2));
    // Each chunk lists its distinct texts once: six combinations of sex and site.
    QSqlQuery texts(WorkspaceAccess::database(t.ws()).connection());
    QVERIFY(texts.exec(QStringLiteral("SELECT texts FROM dataset_group_chunk ORDER BY first_row")));
    while (texts.next()) {
        QCOMPARE(texts.value(0).toString().split(u'\n').size(), 6);
    }
    t.close();

    // The workspace as schema 11 left it: no packed subgroups.
    CS_FILE_WORKSPACES_ONLY("a workspace taken back to schema 11 by hand, with SQLite's own trigger statements");
    QCOMPARE(tamper(t.path(),
                    {QStringLiteral("DROP TABLE dataset_group_chunk"),
                     QStringLiteral("DELETE FROM schema_version WHERE version = 12")},
                    false),
             QString());
    for (const QString& table : Schema::appendOnlyTables()) {
        if (table != u"dataset_group_chunk") {
            for (const QString& sql : Database::appendOnlyTriggers(table)) {
                QCOMPARE(rawExec(t.path(), sql), QString());
            }
        }
    }
    QVERIFY(!t.reopen(OpenMode::ReadOnly)); // schema 11 must be upgraded first
    QVERIFY(t.reopen(OpenMode::ReadWrite));
    QCOMPARE(t.ws().schemaVersion(), Schema::latestVersion());
    QCOMPARE(count(t, QStringLiteral("dataset_group_chunk")), qint64(2));
    QCOMPARE(storedComparison(t), imported);
    auto report = t.ws().verify();
    QVERIFY2(report && report->intact(), report ? qPrintable(report->summary()) : "");
}

void TestPredictions::hostileTextIsRefused_data()
{
    // Sample IDs and subgroup values with control characters or direction overrides: they could forge output, and the
    // sample digest joins fields with control characters (issue #12).
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QByteArray>("site");
    QTest::addColumn<QString>("message");
    QTest::newRow("escape sequence in an ID")
        << QByteArray("P\x1b[31m1") << QByteArray("North")
        << "column \"sample_id\": the sample ID holds the control character U+001B";
    QTest::newRow("unit separator in an ID")
        << QByteArray("P\x1f"
                      "1")
        << QByteArray("North") << "the sample ID holds the control character U+001F";
    QTest::newRow("right-to-left override in an ID")
        << QByteArray("P\xe2\x80\xae"
                      "1")
        << QByteArray("North") << "the sample ID holds the control character U+202E";
    QTest::newRow("C1 control in a subgroup") << QByteArray("P1") << QByteArray("No\xc2\x85rth")
                                              << "column \"site\": the value holds the control character U+0085";
    QTest::newRow("isolate in a subgroup")
        << QByteArray("P1") << QByteArray("\xe2\x81\xa6North") << "the value holds the control character U+2066";
}

void TestPredictions::hostileTextIsRefused()
{
    QFETCH(QByteArray, id);
    QFETCH(QByteArray, site);
    QFETCH(QString, message);
    TestWorkspace t;
    addVersions(t);
    const QByteArray csv =
        "sample_id,sepsis_48h,score_v1,score_v2,sex,site\nP0,1,0.9,0.8,F,North\n" + id + ",0,0.1,0.2,M," + site + "\n";
    ImportPredictionsCommand command(request(write(t.dirPath(), QStringLiteral("hostile.csv"), csv)));
    const qint64 events = t.ws().eventCount().value();
    auto r = t.ws().execute(command);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(message) && r.error().message.contains(QStringLiteral("row 2")),
             qPrintable(r.error().message));
    QCOMPARE(t.ws().eventCount().value(), events); // nothing half-written
}

void TestPredictions::modelNamesMustBePlain()
{
    // A model name with a line break (from an MLflow store) forged a line in `log`, `models` and `versions`.
    TestWorkspace t;
    VersionImport v;
    v.version.label = QStringLiteral("1");
    v.version.sourceUri = QStringLiteral("mlflow:/x");
    v.version.evidence = QJsonObject {{QStringLiteral("version"), QStringLiteral("1")}};
    ImportModelVersionsCommand forged(QStringLiteral("sepsis\n99  2026-01-01T00:00:00Z  praman  audit.reviewed"), {v});
    auto r = t.ws().execute(forged);
    QVERIFY(!r);
    QCOMPARE(nameOf(r.error().code), nameOf(ErrorCode::InvalidArgument));
    QVERIFY2(r.error().message.contains(QStringLiteral("sepsis\\n99")) && !r.error().message.contains(u'\n'),
             qPrintable(r.error().message));
    v.version.label = QStringLiteral("1\u202e");
    ImportModelVersionsCommand label(QStringLiteral("sepsis"), {v});
    auto l = t.ws().execute(label);
    QVERIFY(!l);
    QVERIFY2(l.error().message.contains(QStringLiteral("U+202E")), qPrintable(l.error().message));
}

void TestPredictions::messagesThatDoNotMislead()
{
    TestWorkspace t;
    addVersions(t);
    const auto refusal = [&t](const QByteArray& content, const QString& dataset = QStringLiteral("validation-2026")) {
        PredictionImportRequest r = request(write(t.dirPath(), QStringLiteral("m.csv"), content));
        r.dataset = dataset;
        ImportPredictionsCommand command(r);
        auto result = t.ws().execute(command);
        return result ? Error(ErrorCode::Internal, QStringLiteral("imported")) : result.error();
    };
    // A UTF-16 file is named as such, not "no sample ID column" with mojibake.
    const QString header = QStringLiteral("sample_id,sepsis_48h,score_v1,score_v2,sex,site\nP0,1,0.5,0.5,F,North\n");
    QByteArray utf16("\xff\xfe");
    for (const QChar c : header) {
        utf16.append(char(c.unicode() & 0xFF)).append('\0');
    }
    Error e = refusal(utf16);
    QVERIFY2(e.message.contains(QStringLiteral("is UTF-16 text")), qPrintable(e.message));
    e = refusal(utf16.mid(2)); // no byte-order mark
    QVERIFY2(e.message.contains(QStringLiteral("is UTF-16 text")), qPrintable(e.message));
    // 1e-400 is out of range, not "not a finite number".
    e = refusal("sample_id,sepsis_48h,score_v1,score_v2,sex,site\nP0,1,1e-400,0.5,F,North\n");
    QVERIFY2(e.message.contains(QStringLiteral("\"1e-400\" is out of range")), qPrintable(e.message));
    // A NUL byte is never echoed; the reader names the field that holds it.
    static const char withNul[] = "sample_id,sepsis_48h,score_v1,score_v2,sex,site\nP0,1,0.5\0x,0.5,F,North\n";
    e = refusal(QByteArray(withNul, sizeof withNul - 1));
    QVERIFY2(!e.message.contains(QChar(0)) && e.message.contains(QStringLiteral("line 2: field 3 holds a NUL byte")),
             qPrintable(e.message));
    // Refusals because a dataset is locked have one code (one exit code), whatever the cause.
    ImportPredictionsCommand first(request(write(t.dirPath(), QStringLiteral("v.csv"), validationFile(20))));
    QVERIFY(t.ws().execute(first));
    PredictionImportRequest unlabelled = request(write(t.dirPath(), QStringLiteral("u.csv"), validationFile(20)));
    unlabelled.mapping.labelColumn.clear();
    unlabelled.role.reset();
    unlabelled.mapping.scores = {{QStringLiteral("sepsis-risk"), QStringLiteral("3"), QStringLiteral("score_v1")}};
    ImportPredictionsCommand noLabels(unlabelled);
    auto a = t.ws().execute(noLabels);
    QVERIFY(!a);
    QCOMPARE(nameOf(a.error().code), nameOf(ErrorCode::Rule));
    PredictionImportRequest stranger =
        request(write(t.dirPath(), QStringLiteral("s.csv"),
                      "sample_id,sepsis_48h,score_v1,score_v2,sex,site\nSTRANGER,1,0.5,0.5,F,North\n"));
    stranger.role.reset();
    stranger.mapping.scores = {{QStringLiteral("sepsis-risk"), QStringLiteral("3"), QStringLiteral("score_v1")}};
    ImportPredictionsCommand notInIt(stranger);
    auto b = t.ws().execute(notInIt);
    QVERIFY(!b);
    QVERIFY2(b.error().message.contains(QStringLiteral("not in the locked dataset")), qPrintable(b.error().message));
    QCOMPARE(nameOf(b.error().code), nameOf(ErrorCode::Rule));
}

void TestPredictions::sampleDigestIsUnambiguous()
{
    // Version 1 joined the fields with 0x1F and 0x0A: ID "A\x1f1" with label "0" and ID "A" with label "1\x1f0"
    // were the same bytes (issue #12). Version 2 length-prefixes each field. Both are checked against Qt's own
    // SHA-256 of the bytes docs/registry.md describes.
    const auto digest = [](int version, const std::vector<std::array<std::string_view, 3>>& samples) {
        SampleDigest d(version);
        for (const auto& s : samples) {
            d.add(s[0], s[1], s[2]);
        }
        return d.finish().value();
    };
    const std::vector<std::array<std::string_view, 3>> a = {{"A\x1f"
                                                             "1",
                                                             "0", "[]"}};
    const std::vector<std::array<std::string_view, 3>> b = {{"A",
                                                             "1\x1f"
                                                             "0",
                                                             "[]"}};
    QCOMPARE(digest(1, a), digest(1, b)); // the ambiguity
    QVERIFY(digest(2, a) != digest(2, b));
    QCOMPARE(digest(1, a),
             QString::fromLatin1(QCryptographicHash::hash("A\x1f"
                                                          "1\x1f"
                                                          "0\x1f[]\n",
                                                          QCryptographicHash::Sha256)
                                     .toHex()));
    QByteArray v2;
    for (const std::string_view field : a[0]) {
        const quint32 n = quint32(field.size());
        v2 += QByteArray(1, char(n >> 24)) + char((n >> 16) & 0xFF) + char((n >> 8) & 0xFF) + char(n & 0xFF);
        v2 += QByteArray(field.data(), qsizetype(field.size()));
    }
    QCOMPARE(digest(2, a),
             QStringLiteral("v2:") +
                 QString::fromLatin1(QCryptographicHash::hash(v2, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(SampleDigest::versionOf(digest(1, a)), 1);
    QCOMPARE(SampleDigest::versionOf(digest(2, a)), 2);
    // An import records version 2, and verify recomputes it.
    TestWorkspace t;
    addVersions(t);
    ImportPredictionsCommand command(request(write(t.dirPath(), QStringLiteral("v.csv"), validationFile(10))));
    QVERIFY(t.ws().execute(command));
    int v2Records = 0;
    QVERIFY(AuditEventTable(WorkspaceAccess::database(t.ws())).scan(1, [&](const AuditEvent& e) {
        v2Records += e.after.contains("\"samples_sha256\":\"v2:") ? 1 : 0;
        return true;
    }));
    QCOMPARE(v2Records, 1);
    auto report = t.ws().verify();
    QVERIFY2(report && report->intact(), report ? qPrintable(report->summary()) : "");
}

void TestPredictions::verifyChecksTheWholeFile()
{
    // Opening checks the records, not the per-sample tables (their check grows with the samples); verify checks the
    // whole file and names damage in a page of scores that opening never read.
    CS_FILE_WORKSPACES_ONLY("bytes scribbled over a page of the file (a server keeps its own pages)");
    TestWorkspace t;
    addVersions(t);
    ImportPredictionsCommand command(
        request(write(t.dirPath(), QStringLiteral("validation.csv"), validationFile(20000))));
    QVERIFY(t.ws().execute(command).ok());
    t.close();
    qint64 page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dbstat"));
        db.setDatabaseName(t.path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY2(q.exec(QStringLiteral("SELECT max(pageno) FROM dbstat WHERE name = 'prediction_chunk' AND pagetype = "
                                       "'leaf'")) &&
                     q.next(),
                 qPrintable(q.lastError().text()));
        page = q.value(0).toLongLong();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dbstat"));
    QVERIFY(page > 1);
    QFile f(t.path());
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek((page - 1) * 4096));
    QCOMPARE(f.write(QByteArray(64, '\xA5')), qint64(64));
    f.close();

    QVERIFY(t.reopen(OpenMode::ReadOnly));
    auto report = t.ws().verify();
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QVERIFY(!report->intact());
    QCOMPARE(report->findings.first().kind, Finding::Kind::StorageDamaged);
    QVERIFY2(report->findings.first().message.contains(QStringLiteral("is damaged: SQLite's integrity check failed")),
             qPrintable(report->findings.first().message));
}

QTEST_GUILESS_MAIN(TestPredictions)
#include "TestPredictions.moc"
