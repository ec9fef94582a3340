// countersign-cli stats compare against an independent reference: tests/reference/stats_compare_reference.py computes
// every field with SciPy and statsmodels (Wilson intervals, McNemar, Mann-Whitney U) and from the published
// definitions (DeLong's placement values by direct O(n^2) comparison, Newcombe's method 10). Every number must agree
// to 1e-9 relative; nulls and booleans exactly. Bad input: exit 2, nothing on stdout, one line naming file, row or
// column.
#include "config-countersign-tests.h"
#include "stats/Classification.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

/// Compares `ours` with `reference` field by field; returns the first difference, or an empty string.
QString compare(const QJsonValue& ours, const QJsonValue& reference, const QString& path, double& worst)
{
    if (reference.isObject()) {
        const QJsonObject a = ours.toObject();
        const QJsonObject b = reference.toObject();
        if (a.keys() != b.keys()) {
            return QStringLiteral("%1: keys %2 vs %3").arg(path, a.keys().join(u','), b.keys().join(u','));
        }
        for (const QString& k : b.keys()) {
            if (QString d = compare(a.value(k), b.value(k), path + u'.' + k, worst); !d.isEmpty()) {
                return d;
            }
        }
        return {};
    }
    if (reference.isArray()) {
        const QJsonArray a = ours.toArray();
        const QJsonArray b = reference.toArray();
        if (a.size() != b.size()) {
            return QStringLiteral("%1: %2 entries vs %3").arg(path).arg(a.size()).arg(b.size());
        }
        for (qsizetype i = 0; i < b.size(); ++i) {
            if (QString d = compare(a.at(i), b.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), worst); !d.isEmpty()) {
                return d;
            }
        }
        return {};
    }
    if (reference.isDouble()) {
        if (!ours.isDouble()) {
            return QStringLiteral("%1: %2 vs %3").arg(path, ours.toVariant().toString()).arg(reference.toDouble());
        }
        const double a = ours.toDouble();
        const double b = reference.toDouble();
        const double d = b == 0 ? std::fabs(a) : std::fabs(a - b) / std::fabs(b);
        worst = std::max(worst, d);
        return d <= 1e-9 ? QString()
                         : QStringLiteral("%1: %2 vs reference %3").arg(path).arg(a, 0, 'g', 17).arg(b, 0, 'g', 17);
    }
    return ours == reference ? QString()
                             : QStringLiteral("%1: %2 vs reference %3")
                                   .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray {ours}).toJson()),
                                        QString::fromUtf8(QJsonDocument(QJsonArray {reference}).toJson()));
}

/// A synthetic validation set: `n` rows, prevalence `prevalence`, scores rounded to `digits` (few digits: many ties).
QByteArray dataset(int n, double prevalence, int digits, quint64 seed, bool wordLabels)
{
    QRandomGenerator rng {quint32(seed)};
    QByteArray out = "id,outcome,ref,cand,site\n";
    const char* sites[] = {"north", "south", "east"};
    for (int i = 0; i < n; ++i) {
        const int y = rng.generateDouble() < prevalence ? 1 : 0;
        const double noise1 = rng.generateDouble() - 0.5;
        const double noise2 = rng.generateDouble() - 0.5;
        const double ref = std::clamp(0.35 + 0.2 * y + 0.5 * noise1, 0.0, 1.0);
        const double cand = std::clamp(0.33 + 0.28 * y + 0.35 * noise1 + 0.3 * noise2, 0.0, 1.0);
        const QString label = wordLabels ? (y ? QStringLiteral("Yes") : QStringLiteral("no")) : QString::number(y);
        out += QStringLiteral("%1,%2,%3,%4,%5\n")
                   .arg(i)
                   .arg(label)
                   .arg(ref, 0, 'f', digits)
                   .arg(cand, 0, 'f', digits)
                   .arg(QLatin1String(sites[i % 3]))
                   .toUtf8();
    }
    return out;
}

} // namespace

class TestStats : public QObject
{
    Q_OBJECT

private slots:
    void compareMatchesReference_data();
    void compareMatchesReference();
    void publishedExamples();
    void badInput_data();
    void badInput();

private:
    QTemporaryDir m_dir;
};

void TestStats::compareMatchesReference_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("reference"); // thresholds ref, cand, alpha, margin[, group]
    QTest::newRow("500 rows, ties, groups")
        << dataset(500, 0.2, 2, 11, false) << QStringList {QStringLiteral("--group"), QStringLiteral("site")}
        << QStringList {QStringLiteral("0.5"), QStringLiteral("0.5"), QStringLiteral("0.05"), QStringLiteral("0.05"),
                        QStringLiteral("site")};
    QTest::newRow("2000 rows, own thresholds, alpha 0.1")
        << dataset(2000, 0.1, 6, 12, true)
        << QStringList {QStringLiteral("--threshold-reference"),
                        QStringLiteral("0.42"),
                        QStringLiteral("--threshold-candidate"),
                        QStringLiteral("0.47"),
                        QStringLiteral("--alpha"),
                        QStringLiteral("0.1"),
                        QStringLiteral("--margin"),
                        QStringLiteral("0.02")}
        << QStringList {QStringLiteral("0.42"), QStringLiteral("0.47"), QStringLiteral("0.1"), QStringLiteral("0.02")};
    QTest::newRow("60 rows, one digit (heavy ties)")
        << dataset(60, 0.4, 1, 13, false) << QStringList()
        << QStringList {QStringLiteral("0.5"), QStringLiteral("0.5"), QStringLiteral("0.05"), QStringLiteral("0.05")};
}

void TestStats::compareMatchesReference()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, options);
    QFETCH(QStringList, reference);
    const QString file =
        m_dir.filePath(QStringLiteral("%1.csv").arg(QLatin1String(QTest::currentDataTag())).replace(u' ', u'_'));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(csv) == csv.size());
    f.close();
    const Run ours =
        run(QStringLiteral(COUNTERSIGN_CLI_PATH),
            QStringList {QStringLiteral("stats"), QStringLiteral("compare"), file, QStringLiteral("--label"),
                         QStringLiteral("outcome"), QStringLiteral("--reference"), QStringLiteral("ref"),
                         QStringLiteral("--candidate"), QStringLiteral("cand"), QStringLiteral("--json")} +
                options);
    QVERIFY2(ours.exitCode == 0, ours.err.constData());
    const Run ref =
        run(QStringLiteral("/usr/bin/python3"),
            QStringList {QStringLiteral(COUNTERSIGN_SOURCE_DIR "/tests/reference/stats_compare_reference.py"), file,
                         QStringLiteral("outcome"), QStringLiteral("ref"), QStringLiteral("cand")} +
                reference);
    QVERIFY2(ref.exitCode == 0, ref.err.constData());
    const QJsonDocument a = QJsonDocument::fromJson(ours.out);
    const QJsonDocument b = QJsonDocument::fromJson(ref.out);
    QVERIFY(a.isObject() && b.isObject());
    double worst = 0;
    const QString difference = compare(a.object(), b.object(), QString(), worst);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    qInfo("largest relative difference from the reference: %.3g", worst);
    // The set has discordant pairs and both classes, so every statistic is defined.
    QVERIFY(a.object()[u"delong"][u"p_value"].isDouble());
    QVERIFY(a.object()[u"mcnemar"][u"reference_only_correct"].toInt() +
                a.object()[u"mcnemar"][u"candidate_only_correct"].toInt() >
            0);
}

void TestStats::publishedExamples()
{
    // Agresti, Categorical Data Analysis: presidential approval in two surveys, 794 / 150 / 86 / 570. Expected values
    // from statsmodels' mcnemar (corrected chi-square 3969/236 and its p; exact binomial p).
    const cs::stats::McNemar m = cs::stats::mcnemar(794, 150, 86, 570);
    QCOMPARE(m.statistic, 3969.0 / 236.0);
    QVERIFY(std::fabs(m.pValue - 4.114562281345944e-05) < 1e-12 * 4.1e-05 * 1e3);
    QVERIFY(std::fabs(m.pExact - 3.715936139571387e-05) < 1e-9 * 3.7e-05);
    // Newcombe (1998), "Two-sided confidence intervals for the single proportion": 81 of 263, Wilson 0.2553 to
    // 0.3662 and Clopper-Pearson 0.2527 to 0.3676 (and statsmodels to full precision).
    const cs::stats::Estimate w = cs::stats::wilson(81, 263, 0.05);
    QVERIFY(std::fabs(*w.low - 0.2552885198782742) < 1e-12 && std::fabs(*w.high - 0.36620957698280004) < 1e-12);
    const cs::stats::Estimate cp = cs::stats::clopperPearson(81, 263, 0.05);
    QVERIFY(std::fabs(*cp.low - 0.2527367455852713) < 1e-12 && std::fabs(*cp.high - 0.3676219226013513) < 1e-12);
    // No discordant pairs: statistic 0, both p-values 1.
    const cs::stats::McNemar none = cs::stats::mcnemar(10, 0, 0, 5);
    QCOMPARE(none.statistic, 0.0);
    QCOMPARE(none.pValue, 1.0);
    QCOMPARE(none.pExact, 1.0);
    // A class with one member: AUC defined, its DeLong variance not.
    const auto one = cs::stats::auc({0.9, 0.2, 0.4, 0.1}, {1, 0, 0, 0}, 0.05);
    QCOMPARE(*one.auc.value, 1.0);
    QVERIFY(!one.variance && !one.auc.low);
    // An empty class: nothing defined.
    QVERIFY(!cs::stats::auc({0.9, 0.2}, {0, 0}, 0.05).auc.value);
}

void TestStats::badInput_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");
    QTest::newRow("label not 0/1") << QByteArray("outcome,ref,cand\n1,0.2,0.3\n2,0.4,0.1\n")
                                   << QStringLiteral("row 2, column \"outcome\": the label \"2\"");
    QTest::newRow("score not a number") << QByteArray("outcome,ref,cand\n1,0.2,0.3\n0,high,0.1\n")
                                        << QStringLiteral("row 2, column \"ref\": the score \"high\"");
    QTest::newRow("score missing") << QByteArray("outcome,ref,cand\n1,0.2,\n")
                                   << QStringLiteral("row 1, column \"cand\"");
    QTest::newRow("nan score") << QByteArray("outcome,ref,cand\n1,nan,0.3\n")
                               << QStringLiteral("row 1, column \"ref\"");
    QTest::newRow("no such column") << QByteArray("y,ref,cand\n1,0.2,0.3\n")
                                    << QStringLiteral("there is no column \"outcome\"");
    QTest::newRow("ragged row") << QByteArray("outcome,ref,cand\n1,0.2\n") << QStringLiteral("row 1: 2 fields");
    QTest::newRow("header only") << QByteArray("outcome,ref,cand\n") << QStringLiteral("has a header but no rows");
}

void TestStats::badInput()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    const QString file = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(csv) == csv.size());
    f.close();
    const Run r = run(QStringLiteral(COUNTERSIGN_CLI_PATH),
                      {QStringLiteral("stats"), QStringLiteral("compare"), file, QStringLiteral("--label"),
                       QStringLiteral("outcome"), QStringLiteral("--reference"), QStringLiteral("ref"),
                       QStringLiteral("--candidate"), QStringLiteral("cand"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains(file.toUtf8()) && r.err.contains(expected.toUtf8()), r.err.constData());
}

QTEST_GUILESS_MAIN(TestStats)
#include "TestStats.moc"
