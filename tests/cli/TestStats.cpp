// countersign-cli stats compare against an independent reference: tests/reference/stats_compare_reference.py computes
// every field with SciPy and statsmodels (Wilson intervals, McNemar, Mann-Whitney U) and from the published
// definitions (DeLong's placement values by direct O(n^2) comparison, Newcombe's method 10). Every number must agree
// to 1e-9 relative; nulls and booleans exactly. Bad input: exit 2, nothing on stdout, one line naming file, row or
// column.
#include "config-countersign-tests.h"
#include "stats/Classification.h"
#include "stats/Comparison.h"
#include "stats/Curves.h"
#include "stats/Drift.h"
#include "stats/ExactSum.h"
#include "stats/Kolmogorov.h"
#include "stats/Power.h"

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
        // Relative 1e-9, or 1e-14 absolute for values that are zero to working precision (a p-value of 1e-16).
        const double d = b == 0 ? std::fabs(a) : std::fabs(a - b) / std::fabs(b);
        if (std::fabs(b) > 1e-12) {
            worst = std::max(worst, d);
        }
        return d <= 1e-9 || std::fabs(a - b) <= 1e-14
            ? QString()
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

/// A window of model inputs for drift: `n` rows whose distributions move with `shift`. The columns cover every path
/// of the contract: many-valued numbers (age, score), 0/1 (flag), few numbers (grade, few), categories (site), a
/// category only in one window (ward), missing spellings (lab), a constant (unit), numbers in one window and text
/// in the other (code), quoted text with commas (note) and a mostly-zero number with repeated deciles (dose).
QByteArray driftWindow(int n, double shift, quint32 seed, bool current)
{
    QRandomGenerator rng {seed};
    const auto normal = [&] {
        const double u = std::max(rng.generateDouble(), 1e-300);
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * 3.141592653589793 * rng.generateDouble());
    };
    QByteArray out = "age,score,flag,grade,site,ward,lab,unit,code,few,note,dose\n";
    const char* sites[] = {"north", "south", "east", "west"};
    const char* missing[] = {"", "NA", "null", "NaN", " na "};
    for (int i = 0; i < n; ++i) {
        const int age = 18 + int(rng.bounded(72)) + int(std::lround(shift * 6));
        const double score = normal() + shift;
        const int flag = rng.generateDouble() < 0.3 + 0.1 * shift ? 1 : 0;
        const int grade = 1 + int(rng.bounded(4)) + (rng.generateDouble() < shift * 0.2 ? 1 : 0);
        const double u = rng.generateDouble();
        const int site = u < 0.25 + 0.15 * shift ? 0 : u < 0.5 ? 1 : u < 0.8 ? 2 : 3;
        const char* ward = rng.generateDouble() < 0.5 ? "A" : (current && shift > 0 ? "C" : "B");
        QByteArray lab = rng.generateDouble() < 0.12 ? QByteArray(missing[rng.bounded(5)])
                                                     : QByteArray::number(std::exp(normal() * 0.5 + shift), 'f', 4);
        QByteArray code = QByteArray::number(1 + rng.bounded(3));
        if (current && rng.generateDouble() < 0.05) {
            code = "x";
        }
        const int few = int(rng.bounded(8));
        const QByteArray note = rng.generateDouble() < 0.5 ? "\"stable, no change\"" : "\"review, see \"\"notes\"\"\"";
        const QByteArray dose =
            rng.generateDouble() < 0.7 ? QByteArray("0") : QByteArray::number(rng.bounded(40) + shift * 3, 'f', 1);
        out += QByteArray::number(age) + ',' + QByteArray::number(score, 'f', 6) + ',' + QByteArray::number(flag) +
            ',' + QByteArray::number(grade) + ',' + sites[site] + ',' + ward + ',' + lab + ",7," + code + ',' +
            QByteArray::number(few) + ',' + note + ',' + dose + '\n';
    }
    return out;
}

QString writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size()) {
        return {};
    }
    return path;
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
    void kolmogorovMatchesScipy();
    void driftMatchesReference_data();
    void driftMatchesReference();
    void driftEdgeCases();
    void holmMatchesStatsmodels();
    void driftBadInput_data();
    void driftBadInput();
    void delongOnProcAsah();
    void curvesMatchScikitLearn();
    void bootstrapIsReproducible();
    void subgroupGaps();
    void largeFileMatchesPythonWay();
    void parallelLoaderEdges();
    void powerMatchesStatsmodels();
    void exactSumMatchesFsum();

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
    QTest::newRow("groups, one with no positives")
        << dataset(300, 0.3, 2, 14, false) + "300,0,0.2,0.3,west\n301,0,0.6,0.4,west\n302,0,0.1,0.7,west\n"
        << QStringList {QStringLiteral("--group"), QStringLiteral("site")}
        << QStringList {QStringLiteral("0.5"), QStringLiteral("0.5"), QStringLiteral("0.05"), QStringLiteral("0.05"),
                        QStringLiteral("site")};
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
    for (const QJsonValue& g : a.object()[u"groups"].toArray()) {
        if (g[u"group"].toString() == u"west") { // no positives: AUC and sensitivity undefined, specificity not
            QVERIFY(g[u"candidate"][u"auc"][u"value"].isNull() && g[u"candidate"][u"sensitivity"][u"ci_low"].isNull());
            QVERIFY(g[u"candidate"][u"specificity"][u"value"].isDouble());
        }
    }
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
    // Newcombe (1998), "Improved confidence intervals for the difference between binomial proportions based on
    // paired data", method 10 on his examples (e both, f first only, g second only, h neither; 95%):
    // 36/12/2/0 -> 0.0569 to 0.3404; 18/12/2/18 -> 0.0562 to 0.3290; 53/0/0/1 -> -0.0729 to 0.0729;
    // 0/30/0/0 -> 0.8395 to 1. Here the first proportion is the candidate's: mcnemar(e, g, f, h).
    const struct
    {
        int e, f, g, h;
        double low, high;
    } paired[] = {{36, 12, 2, 0, 0.0569, 0.3404},
                  {18, 12, 2, 18, 0.0562, 0.3290},
                  {53, 0, 0, 1, -0.0729, 0.0729},
                  {0, 30, 0, 0, 0.8395, 1.0}};
    for (const auto& x : paired) {
        const cs::stats::Estimate d = cs::stats::newcombePairedDifference(cs::stats::mcnemar(x.e, x.g, x.f, x.h), 0.05);
        QCOMPARE(*d.value, double(x.f - x.g) / double(x.e + x.f + x.g + x.h));
        QVERIFY2(std::fabs(*d.low - x.low) < 0.00005 && std::fabs(*d.high - x.high) < 0.00005,
                 qPrintable(QStringLiteral("%1/%2/%3/%4: %5 to %6")
                                .arg(x.e)
                                .arg(x.f)
                                .arg(x.g)
                                .arg(x.h)
                                .arg(*d.low, 0, 'f', 4)
                                .arg(*d.high, 0, 'f', 4)));
    }
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
    QTest::addColumn<QString>("group"); ///< --group, when not empty
    QTest::newRow("label not 0/1") << QByteArray("outcome,ref,cand\n1,0.2,0.3\n2,0.4,0.1\n")
                                   << QStringLiteral(
                                          "row 2 (line 3), column \"outcome\": the label \"2\" is not one of 0, 1")
                                   << QString();
    QTest::newRow("score not a number") << QByteArray("outcome,ref,cand\n1,0.2,0.3\n0,high,0.1\n")
                                        << QStringLiteral(
                                               "row 2 (line 3), column \"ref\": the score \"high\" is not a number")
                                        << QString();
    QTest::newRow("score missing") << QByteArray("outcome,ref,cand\n1,0.2,\n")
                                   << QStringLiteral("row 1 (line 2), column \"cand\": the score is missing")
                                   << QString();
    QTest::newRow("nan score") << QByteArray("outcome,ref,cand\n1,nan,0.3\n")
                               << QStringLiteral("row 1 (line 2), column \"ref\": the score is missing (\"nan\")")
                               << QString();
    QTest::newRow("no such column") << QByteArray("y,ref,cand\n1,0.2,0.3\n")
                                    << QStringLiteral("there is no column \"outcome\"") << QString();
    QTest::newRow("ragged row") << QByteArray("outcome,ref,cand\n1,0.2\n")
                                << QStringLiteral("row 1 (line 2): the row has 2 fields, the header has 3")
                                << QString();
    QTest::newRow("header only") << QByteArray("outcome,ref,cand\n") << QStringLiteral("has a header but no rows")
                                 << QString();
    QTest::newRow("column named twice") << QByteArray("outcome,ref,cand,ref\n1,0.2,0.3,0.4\n")
                                        << QStringLiteral("header: the column \"ref\" appears twice") << QString();
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("is empty: it needs a header row") << QString();
    QTest::newRow("blank line inside") << QByteArray("outcome,ref,cand\n1,0.2,0.3\n\n0,0.1,0.2\n")
                                       << QStringLiteral("line 3: a blank line inside the file") << QString();
    // Each row's group is kept in two bytes: the 65,536th distinct value of a group column is refused by its row.
    QByteArray sites = "outcome,ref,cand,site\n";
    for (int i = 0; i < 65536; ++i) {
        sites += QByteArray::number(i % 2) + ",0.25,0.75,s" + QByteArray::number(i) + '\n';
    }
    QTest::newRow("65,536 subgroups") << sites
                                      << QStringLiteral("row 65536 (line 65537), column \"site\": the column has "
                                                        "more than 65,535 distinct values; a subgroup column takes "
                                                        "at most 65,535")
                                      << QStringLiteral("site");
}

void TestStats::badInput()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    QFETCH(QString, group);
    const QString file = writeFile(m_dir.filePath(QStringLiteral("bad.csv")), csv);
    QVERIFY(!file.isEmpty());
    QStringList args = {QStringLiteral("stats"),   QStringLiteral("compare"),     file,
                        QStringLiteral("--label"), QStringLiteral("outcome"),     QStringLiteral("--reference"),
                        QStringLiteral("ref"),     QStringLiteral("--candidate"), QStringLiteral("cand"),
                        QStringLiteral("--json")};
    if (!group.isEmpty()) {
        args += {QStringLiteral("--group"), group};
    }
    const Run r = run(QStringLiteral(COUNTERSIGN_CLI_PATH), args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains(file.toUtf8()) && r.err.contains(expected.toUtf8()), r.err.constData());
}

void TestStats::kolmogorovMatchesScipy()
{
    const Run ref = run(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral(COUNTERSIGN_SOURCE_DIR "/tests/reference/ks_reference.py")});
    QVERIFY2(ref.exitCode == 0, ref.err.constData());
    const QJsonObject table = QJsonDocument::fromJson(ref.out).object();
    const auto close = [](double a, double b) {
        return std::fabs(a - b) <= 1e-14 || std::fabs(a - b) <= 1e-9 * std::fabs(b);
    };
    int checked = 0;
    for (const QJsonValue& row : table[u"kstwo"].toArray()) {
        const QJsonArray r = row.toArray();
        const qint64 n = r[0].toInteger();
        const double x = r[1].toDouble();
        const double ours = cs::stats::kolmogorovSf(x, n);
        QVERIFY2(close(ours, r[2].toDouble()),
                 qPrintable(QStringLiteral("kstwo.sf(%1, %2): %3 vs SciPy %4")
                                .arg(x)
                                .arg(n)
                                .arg(ours, 0, 'g', 17)
                                .arg(r[2].toDouble(), 0, 'g', 17)));
        ++checked;
    }
    int exact = 0;
    for (const QJsonValue& row : table[u"ks_2samp"].toArray()) {
        const QJsonArray r = row.toArray();
        const cs::stats::KsTwoSample ks = cs::stats::ksTwoSample(r[2].toDouble(), r[0].toInteger(), r[1].toInteger());
        QVERIFY2(close(ks.statistic, r[2].toDouble()) && close(ks.pValue, r[3].toDouble()),
                 qPrintable(QStringLiteral("ks_2samp n1=%1 n2=%2 D=%3: p %4 vs SciPy %5")
                                .arg(r[0].toInteger())
                                .arg(r[1].toInteger())
                                .arg(r[2].toDouble(), 0, 'g', 17)
                                .arg(ks.pValue, 0, 'g', 17)
                                .arg(r[3].toDouble(), 0, 'g', 17)));
        exact += ks.exact ? 1 : 0;
        ++checked;
    }
    QCOMPARE(checked, 14 * 16 + 12);
    QCOMPARE(exact, 7); // the first seven pairs have both sizes at most 10000
}

void TestStats::driftMatchesReference_data()
{
    QTest::addColumn<int>("nReference");
    QTest::addColumn<int>("nCurrent");
    QTest::addColumn<double>("shift");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("small windows: ks exact, chisquare, z") << 800 << 700 << 1.0 << QStringList();
    QTest::newRow("equal sizes, no shift") << 500 << 500 << 0.0 << QStringList();
    QTest::newRow("reference over 1000: wasserstein, jensenshannon") << 3000 << 2500 << 0.5 << QStringList();
    QTest::newRow("current over 10000: asymptotic ks") << 600 << 12000 << 0.2 << QStringList();
    QTest::newRow("reference of 100, current of 15000") << 100 << 15000 << 0.3 << QStringList();
    QTest::newRow("--columns and --bins 5")
        << 700 << 900 << 0.4
        << QStringList {QStringLiteral("--columns"), QStringLiteral("site,dose,age,code"), QStringLiteral("--bins"),
                        QStringLiteral("5")};
}

void TestStats::driftMatchesReference()
{
    QFETCH(int, nReference);
    QFETCH(int, nCurrent);
    QFETCH(double, shift);
    QFETCH(QStringList, options);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).left(12).replace(u' ', u'_').replace(u':', u'_');
    const QString refFile =
        writeFile(m_dir.filePath(tag + QStringLiteral("-ref.csv")), driftWindow(nReference, 0.0, 7, false));
    const QString curFile =
        writeFile(m_dir.filePath(tag + QStringLiteral("-cur.csv")), driftWindow(nCurrent, shift, 8, true));
    QVERIFY(!refFile.isEmpty() && !curFile.isEmpty());
    const Run ours = run(QStringLiteral(COUNTERSIGN_CLI_PATH),
                         QStringList {QStringLiteral("stats"), QStringLiteral("drift"), QStringLiteral("--reference"),
                                      refFile, QStringLiteral("--current"), curFile, QStringLiteral("--json")} +
                             options);
    QVERIFY2(ours.exitCode == 0, ours.err.constData());
    const Run ref = run(QStringLiteral("/usr/bin/python3"),
                        QStringList {QStringLiteral(COUNTERSIGN_SOURCE_DIR "/tests/reference/stats_drift_reference.py"),
                                     refFile, curFile} +
                            options);
    QVERIFY2(ref.exitCode == 0, ref.err.constData());
    const QJsonObject a = QJsonDocument::fromJson(ours.out).object();
    const QJsonObject b = QJsonDocument::fromJson(ref.out).object();
    QVERIFY(!b[u"columns"].toArray().isEmpty());
    double worst = 0;
    const QString difference = compare(a, b, QString(), worst);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    qInfo("%lld columns, largest relative difference from the reference: %.3g", qint64(a[u"columns"].toArray().size()),
          worst);
    // What the rows are meant to exercise did happen.
    QStringList methods;
    QStringList types;
    for (const QJsonValue& c : a[u"columns"].toArray()) {
        methods.append(c[u"method"].toString());
        types.append(c[u"name"].toString() + u'=' + c[u"type"].toString());
    }
    if (options.isEmpty()) {
        QVERIFY(types.contains(QStringLiteral("code=categorical")) && types.contains(QStringLiteral("few=numeric")));
        if (nReference <= 1000) {
            QVERIFY(methods.contains(QStringLiteral("ks")) && methods.contains(QStringLiteral("chisquare")) &&
                    methods.contains(QStringLiteral("z")));
        } else {
            QVERIFY(methods.contains(QStringLiteral("wasserstein")) &&
                    methods.contains(QStringLiteral("jensenshannon")));
        }
    } else {
        QCOMPARE(a[u"columns"][0][u"name"].toString(), QStringLiteral("age")); // reference header order
        QCOMPARE(a[u"columns"].toArray().size(), 4);
    }
}

void TestStats::driftEdgeCases()
{
    // Every value missing in the current window: counted, and nothing computed from an empty sample.
    const QString ref =
        writeFile(m_dir.filePath(QStringLiteral("edge-ref.csv")),
                  "a,b,c\n1,x,5\n2,y,5\n3,x,5\n4,y,5\n5,x,5\n6,z,5\n7,x,5\n8,y,5\n9,x,5\n10,y,5\n11,x,5\n");
    const QString cur = writeFile(m_dir.filePath(QStringLiteral("edge-cur.csv")), "c,b,a\n5,NA,\n5,null,nan\n5,,NA\n");
    const Run r = run(QStringLiteral(COUNTERSIGN_CLI_PATH),
                      {QStringLiteral("stats"), QStringLiteral("drift"), QStringLiteral("--reference"), ref,
                       QStringLiteral("--current"), cur, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray columns = QJsonDocument::fromJson(r.out).object()[u"columns"].toArray();
    QCOMPARE(columns.size(), 3);
    const QJsonObject a = columns[0].toObject();
    QCOMPARE(a[u"name"].toString(), QStringLiteral("a"));
    QCOMPARE(a[u"n_current"].toInt(), 0);
    QCOMPARE(a[u"missing_current"].toInt(), 3);
    QVERIFY(a[u"score"].isNull() && a[u"psi"].isNull() && a[u"ks_p_value"].isNull());
    QCOMPARE(a[u"drift"].toBool(), false);
    const QJsonObject b = columns[1].toObject();
    QCOMPARE(b[u"type"].toString(), QStringLiteral("categorical"));
    QVERIFY(!b.contains(u"ks_statistic"));
    // A constant column in both windows: one value, z test, p = 1, no drift, PSI 0.
    const QJsonObject c = columns[2].toObject();
    QCOMPARE(c[u"method"].toString(), QStringLiteral("z"));
    QCOMPARE(c[u"score"].toDouble(), 1.0);
    QCOMPARE(c[u"psi"].toDouble(), 0.0);
    QCOMPARE(c[u"ks_statistic"].toDouble(), 0.0);
    QCOMPARE(c[u"ks_p_value"].toDouble(), 1.0);

    // Library: a category present only in the current window makes chi-square p exactly 0 (expected 0, observed 1).
    cs::stats::DriftInput input;
    input.name = QStringLiteral("ward");
    input.numeric = false;
    input.categories = {{"A", {50, 40}}, {"B", {50, 40}}, {"C", {0, 1}}};
    const cs::stats::ColumnDrift ward = cs::stats::columnDrift(input, 10);
    QCOMPARE(ward.method, cs::stats::DriftMethod::ChiSquare);
    QCOMPARE(*ward.score, 0.0);
    QVERIFY(ward.drift);
    // PSI floors the empty reference share of C at 1e-4: (1/81 - 1e-4) ln((1/81) / 1e-4) plus the two equal shares.
    const double share = 1.0 / 81.0;
    const double expected =
        2 * (40.0 / 81.0 - 0.5) * std::log((40.0 / 81.0) / 0.5) + (share - 1e-4) * std::log(share / 1e-4);
    QVERIFY(std::fabs(*ward.psi - expected) < 1e-15);
    QCOMPARE(ward.psiBins.size(), size_t(3));
}

void TestStats::holmMatchesStatsmodels()
{
    const std::vector<double> p {0.01, 0.04, 0.03, 0.2, 0.0001, 0.04, 0.5, 0.012};
    QJsonArray list;
    for (double v : p) {
        list.append(v);
    }
    const Run ref = run(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral("-c"),
                         QStringLiteral("import json, sys\n"
                                        "from statsmodels.stats.multitest import multipletests\n"
                                        "print(json.dumps([float(v) for v in multipletests(json.loads(sys.argv[1]), "
                                        "method='holm')[1]]))"),
                         QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))});
    QVERIFY2(ref.exitCode == 0, ref.err.constData());
    const QJsonArray expected = QJsonDocument::fromJson(ref.out).array();
    const std::vector<double> ours = cs::stats::holm(p);
    QCOMPARE(qsizetype(ours.size()), expected.size());
    for (size_t i = 0; i < ours.size(); ++i) {
        QVERIFY2(
            std::fabs(ours[i] - expected[qsizetype(i)].toDouble()) < 1e-15,
            qPrintable(QStringLiteral("p[%1]: %2 vs %3").arg(i).arg(ours[i]).arg(expected[qsizetype(i)].toDouble())));
    }
}

void TestStats::driftBadInput_data()
{
    QTest::addColumn<QByteArray>("reference");
    QTest::addColumn<QByteArray>("current");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected");
    const QByteArray good("a,b\n1,x\n2,y\n");
    QTest::newRow("ragged reference row")
        << QByteArray("a,b\n1,x\n2\n") << good << QStringList()
        << QStringLiteral("ref.csv, row 2 (line 3): the row has 1 fields, the header has 2");
    QTest::newRow("ragged current row") << good << QByteArray("a,b\n1,x,3\n") << QStringList()
                                        << QStringLiteral("cur.csv, row 1 (line 2): the row has 3 fields");
    QTest::newRow("column missing from current")
        << good << QByteArray("a\n1\n") << QStringList() << QStringLiteral("cur.csv: there is no column \"b\"");
    QTest::newRow("unknown --columns") << good << good
                                       << QStringList {QStringLiteral("--columns"), QStringLiteral("a,zz")}
                                       << QStringLiteral("ref.csv: there is no column \"zz\"");
    QTest::newRow("header only") << good << QByteArray("a,b\n") << QStringList()
                                 << QStringLiteral("cur.csv has a header but no rows");
    QTest::newRow("empty file") << QByteArray() << good << QStringList() << QStringLiteral("ref.csv is empty");
    QTest::newRow("duplicate header") << QByteArray("a,a\n1,2\n") << good << QStringList()
                                      << QStringLiteral("ref.csv, header: the column \"a\" appears twice");
    QTest::newRow("unterminated quote") << good << QByteArray("a,b\n1,\"x\n") << QStringList()
                                        << QStringLiteral("cur.csv");
    QTest::newRow("bins not a number") << good << good << QStringList {QStringLiteral("--bins"), QStringLiteral("ten")}
                                       << QStringLiteral("--bins takes a whole number");
    // Latin-1 "café" (E9) in a categorical column, and a UTF-8 encoded surrogate (ED A0 80).
    QTest::newRow("Latin-1 category") << good << QByteArray("a,b\n1,x\n2,caf\xe9\n") << QStringList()
                                      << QStringLiteral(
                                             "cur.csv, row 2 (line 3), column \"b\": the value is not UTF-8 text");
    QTest::newRow("surrogate category") << QByteArray("a,b\n1,\xed\xa0\x80\n2,y\n") << good << QStringList()
                                        << QStringLiteral(
                                               "ref.csv, row 1 (line 2), column \"b\": the value is not UTF-8 text");
}

void TestStats::driftBadInput()
{
    QFETCH(QByteArray, reference);
    QFETCH(QByteArray, current);
    QFETCH(QStringList, options);
    QFETCH(QString, expected);
    const QString ref = writeFile(m_dir.filePath(QStringLiteral("ref.csv")), reference);
    const QString cur = writeFile(m_dir.filePath(QStringLiteral("cur.csv")), current);
    const Run r = run(QStringLiteral(COUNTERSIGN_CLI_PATH),
                      QStringList {QStringLiteral("stats"), QStringLiteral("drift"), QStringLiteral("--reference"), ref,
                                   QStringLiteral("--current"), cur, QStringLiteral("--json")} +
                          options);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains(expected.toUtf8()), r.err.constData());
}

void TestStats::delongOnProcAsah()
{
    // pROC's aSAH data (113 patients with subarachnoid haemorrhage) and its documented example, roc.test of s100b
    // against wfns: Z = -2.209, p-value = 0.02718, AUCs 0.7314 and 0.8237. R writes the data and its full-precision
    // results; the CLI's candidate-minus-reference is pROC's roc1 - roc2 with the sign turned.
    const QString csv = m_dir.filePath(QStringLiteral("asah.csv"));
    const Run r =
        run(QStringLiteral("Rscript"), {QStringLiteral(COUNTERSIGN_SOURCE_DIR "/tests/reference/proc_asah.R"), csv});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    double proc[6];
    for (int i = 0; i < 6; ++i) {
        proc[i] = lines[i].toDouble();
    }
    const Run ours = run(QStringLiteral(COUNTERSIGN_CLI_PATH),
                         {QStringLiteral("stats"), QStringLiteral("compare"), csv, QStringLiteral("--label"),
                          QStringLiteral("outcome"), QStringLiteral("--reference"), QStringLiteral("s100b"),
                          QStringLiteral("--candidate"), QStringLiteral("wfns"), QStringLiteral("--json")});
    QVERIFY2(ours.exitCode == 0, ours.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(ours.out).object();
    QCOMPARE(o[u"n"].toInt(), 113);
    QCOMPARE(o[u"positives"].toInt(), 41);
    const double ours6[6] = {o[u"reference"][u"auc"][u"value"].toDouble(),
                             o[u"candidate"][u"auc"][u"value"].toDouble(),
                             -o[u"delong"][u"z"].toDouble(),
                             o[u"delong"][u"p_value"].toDouble(),
                             -o[u"delong"][u"ci_high"].toDouble(),
                             -o[u"delong"][u"ci_low"].toDouble()};
    const char* names[6] = {"AUC s100b", "AUC wfns", "Z", "p", "CI low", "CI high"};
    for (int i = 0; i < 6; ++i) {
        QVERIFY2(std::fabs(ours6[i] - proc[i]) <= 1e-9 * std::fabs(proc[i]),
                 qPrintable(QStringLiteral("%1: %2 vs pROC %3")
                                .arg(QLatin1String(names[i]))
                                .arg(ours6[i], 0, 'g', 17)
                                .arg(proc[i], 0, 'g', 17)));
    }
    // The published, rounded figures.
    QCOMPARE(QString::number(ours6[2], 'f', 3), QStringLiteral("-2.209"));
    QCOMPARE(QString::number(ours6[3], 'f', 5), QStringLiteral("0.02718"));
    QCOMPARE(QString::number(ours6[0], 'f', 4), QStringLiteral("0.7314"));
    QCOMPARE(QString::number(ours6[1], 'f', 4), QStringLiteral("0.8237"));
}

void TestStats::curvesMatchScikitLearn()
{
    // 400 rows with scores on two decimals (ties, and scores on the bin edges 0.1, 0.2, ...).
    QRandomGenerator rng {41};
    std::vector<double> scores;
    std::vector<int> labels;
    QByteArray csv = "y,p\n";
    for (int i = 0; i < 400; ++i) {
        const int y = rng.generateDouble() < 0.3 ? 1 : 0;
        const double p =
            std::round(std::clamp(0.25 + 0.35 * y + 0.4 * (rng.generateDouble() - 0.5), 0.0, 1.0) * 100) / 100;
        scores.push_back(p);
        labels.push_back(y);
        csv += QByteArray::number(y) + ',' + QByteArray::number(p, 'f', 2) + '\n';
    }
    const QString file = writeFile(m_dir.filePath(QStringLiteral("curves.csv")), csv);
    const Run ref = run(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral(COUNTERSIGN_SOURCE_DIR "/tests/reference/curves_reference.py"), file,
                         QStringLiteral("y"), QStringLiteral("p"), QStringLiteral("10")});
    QVERIFY2(ref.exitCode == 0, ref.err.constData());
    const QJsonObject sk = QJsonDocument::fromJson(ref.out).object();
    const auto close = [](double a, double b) {
        return std::fabs(a - b) <= 1e-12 * std::max(1.0, std::fabs(b));
    };

    const std::vector<cs::stats::RocPoint> roc = cs::stats::rocCurve(scores, labels);
    const QJsonArray skRoc = sk[u"roc"].toArray();
    QCOMPARE(qsizetype(roc.size()), skRoc.size() + 1);
    QVERIFY(std::isinf(roc[0].threshold) && roc[0].fpr == 0 && roc[0].tpr == 0);
    for (qsizetype i = 0; i < skRoc.size(); ++i) {
        const QJsonArray p = skRoc[i].toArray();
        const cs::stats::RocPoint& o = roc[size_t(i + 1)];
        QVERIFY2(o.threshold == p[0].toDouble() && close(o.fpr, p[1].toDouble()) && close(o.tpr, p[2].toDouble()),
                 qPrintable(QStringLiteral("ROC point %1").arg(i)));
    }
    QVERIFY(close(*cs::stats::auc(scores, labels, 0.05).auc.value, sk[u"auc"].toDouble()));

    const cs::stats::Calibration cal = cs::stats::calibration(scores, labels, 10);
    const QJsonArray skCal = sk[u"calibration"].toArray();
    QCOMPARE(qsizetype(cal.bins.size()), skCal.size());
    qint64 total = 0;
    for (qsizetype i = 0; i < skCal.size(); ++i) {
        const QJsonArray b = skCal[i].toArray();
        const cs::stats::CalibrationBin& o = cal.bins[size_t(i)];
        QVERIFY2(o.count == b[0].toInteger() && close(o.meanPredicted, b[1].toDouble()) &&
                     close(o.observed, b[2].toDouble()),
                 qPrintable(QStringLiteral("calibration bin %1: %2 rows, predicted %3, observed %4")
                                .arg(i)
                                .arg(o.count)
                                .arg(o.meanPredicted)
                                .arg(o.observed)));
        total += o.count;
    }
    QCOMPARE(total, 400);
    QVERIFY(close(*cal.ece, sk[u"ece"].toDouble()));
    QVERIFY(*cal.ece > 0.01); // the scores are miscalibrated on purpose
    const cs::stats::Performance perf = cs::stats::performance(scores, labels, 0.5, 0.05);
    QVERIFY(close(*perf.brier, sk[u"brier"].toDouble()));
    // Perfect separation: AUC 1, the curve reaches (0, 1) before any negative.
    const auto perfect = cs::stats::rocCurve({0.9, 0.8, 0.2, 0.1}, {1, 1, 0, 0});
    QCOMPARE(perfect[2].fpr, 0.0);
    QCOMPARE(perfect[2].tpr, 1.0);
    QCOMPARE(*cs::stats::auc({0.9, 0.8, 0.2, 0.1}, {1, 1, 0, 0}, 0.05).auc.value, 1.0);
}

void TestStats::bootstrapIsReproducible()
{
    QRandomGenerator rng {5};
    std::vector<double> scores;
    std::vector<int> labels;
    for (int i = 0; i < 600; ++i) {
        const int y = rng.generateDouble() < 0.25 ? 1 : 0;
        labels.push_back(y);
        scores.push_back(0.3 * y + rng.generateDouble());
    }
    const cs::stats::ResampleStatistic aucOf = [&](const std::vector<quint32>& rows) {
        std::vector<double> s;
        std::vector<int> l;
        s.reserve(rows.size());
        l.reserve(rows.size());
        for (quint32 r : rows) {
            s.push_back(scores[r]);
            l.push_back(labels[r]);
        }
        return cs::stats::auc(s, l, 0.05).auc.value;
    };
    const auto one = cs::stats::bootstrap(600, aucOf, 2000, 20261124, 0.05, 1);
    const auto four = cs::stats::bootstrap(600, aucOf, 2000, 20261124, 0.05, 4);
    const auto other = cs::stats::bootstrap(600, aucOf, 2000, 7, 0.05, 4);
    QCOMPARE(one.replicates.size(), size_t(2000));
    QVERIFY(one.replicates == four.replicates); // the same seed gives the same resamples on any number of threads
    QCOMPARE(*one.low, *four.low);
    QVERIFY(one.replicates != other.replicates);
    // The percentile interval is numpy.percentile of the replicates (independently computed).
    QJsonArray values;
    for (double v : one.replicates) {
        values.append(v);
    }
    const QString list = m_dir.filePath(QStringLiteral("replicates.json"));
    QVERIFY(!writeFile(list, QJsonDocument(values).toJson(QJsonDocument::Compact)).isEmpty());
    const Run ref = run(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral("-c"),
                         QStringLiteral("import json, sys, numpy as np\n"
                                        "v = np.array(json.load(open(sys.argv[1])))\n"
                                        "print(json.dumps([float(np.quantile(v, 0.025)), float(np.quantile(v, 0.975)), "
                                        "float(np.std(v, ddof=1))]))"),
                         list});
    QVERIFY2(ref.exitCode == 0, ref.err.constData());
    const QJsonArray q = QJsonDocument::fromJson(ref.out).array();
    QCOMPARE(*one.low, q[0].toDouble());
    QCOMPARE(*one.high, q[1].toDouble());
    QVERIFY(std::fabs(*one.standardError - q[2].toDouble()) < 1e-12);
    // The bootstrap standard error of the AUC agrees with DeLong's to within 10% (an independent estimate).
    const auto delong = cs::stats::auc(scores, labels, 0.05);
    const double ratio = *one.standardError / std::sqrt(*delong.variance);
    qInfo("bootstrap SE %.5f, DeLong SE %.5f", *one.standardError, std::sqrt(*delong.variance));
    QVERIFY2(ratio > 0.9 && ratio < 1.1, qPrintable(QString::number(ratio)));
    // A statistic undefined in some resamples (no positives among 3 rows of 1 positive) is counted, not averaged.
    const auto sparse = cs::stats::bootstrap(
        3,
        [](const std::vector<quint32>& rows) -> std::optional<double> {
            return std::count(rows.begin(), rows.end(), 0u) > 0 ? std::optional<double>(1.0) : std::nullopt;
        },
        500, 1, 0.05);
    QVERIFY(sparse.undefined > 50 && sparse.undefined < 250); // (2/3)^3 = 0.296 of 500 expected: about 148
    QCOMPARE(qint64(sparse.replicates.size()) + sparse.undefined, 500);
}

void TestStats::subgroupGaps()
{
    // Sensitivity by site: north 8/10, south 3/10, east undefined (no positives); AUC only where both classes are.
    const auto perf = [](const std::vector<double>& s, const std::vector<int>& l) {
        return cs::stats::performance(s, l, 0.5, 0.05);
    };
    std::vector<double> ns;
    std::vector<int> nl;
    for (int i = 0; i < 10; ++i) {
        ns.push_back(i < 8 ? 0.9 : 0.1);
        nl.push_back(1);
    }
    ns.push_back(0.2);
    nl.push_back(0);
    std::vector<double> ss;
    std::vector<int> sl;
    for (int i = 0; i < 10; ++i) {
        ss.push_back(i < 3 ? 0.7 : 0.3);
        sl.push_back(1);
    }
    ss.push_back(0.6);
    sl.push_back(0);
    const std::vector<std::pair<QString, cs::stats::Performance>> groups {
        {QStringLiteral("north"), perf(ns, nl)},
        {QStringLiteral("south"), perf(ss, sl)},
        {QStringLiteral("east"), perf({0.2, 0.7}, {0, 0})}};
    const auto gaps = cs::stats::largestSubgroupGaps(groups);
    const auto find = [&](const char* metric) {
        return std::find_if(gaps.begin(), gaps.end(),
                            [&](const cs::stats::SubgroupGap& g) { return g.metric == QLatin1String(metric); });
    };
    const auto sensitivity = find("sensitivity");
    QVERIFY(sensitivity != gaps.end());
    QCOMPARE(sensitivity->highest, QStringLiteral("north"));
    QCOMPARE(sensitivity->lowest, QStringLiteral("south"));
    QVERIFY(std::fabs(sensitivity->gap - 0.5) < 1e-15);
    // Specificity: north 1/1, south 0/1, east 1/2 -> north and south, gap 1.
    const auto specificity = find("specificity");
    QCOMPARE(specificity->lowest, QStringLiteral("south"));
    QCOMPARE(specificity->gap, 1.0);
    // AUC is defined in north and south only, so its gap is between those two.
    QCOMPARE(find("auc")->gap, std::fabs(*groups[0].second.auc.value - *groups[1].second.auc.value));
}

void TestStats::largeFileMatchesPythonWay()
{
    // 150,000 rows: the parallel loader, the two-thread radix sort and the split walks are all used (they start
    // at 65,536 rows). The reference is tests/bench/python_compare.py: pandas, scikit-learn's roc_auc_score, a
    // vectorised numpy DeLong and statsmodels' mcnemar.
    QRandomGenerator rng {99};
    QByteArray csv = "id,outcome,ref,cand\r\n";
    csv.reserve(150000 * 28);
    for (int i = 0; i < 150000; ++i) {
        const int y = rng.generateDouble() < 0.15 ? 1 : 0;
        const double noise = rng.generateDouble() - 0.5;
        const double ref = 0.4 + 0.08 * y + 0.3 * noise;
        const double cand = 0.4 + 0.08 * y + 0.3 * (0.995 * noise + 0.0999 * (rng.generateDouble() - 0.5));
        csv += QByteArray::number(i) + ',' + QByteArray::number(y) + ',' + QByteArray::number(ref, 'f', 4) + ',' +
            QByteArray::number(cand, 'f', 4) + "\r\n";
    }
    csv += "\r\n\r\n"; // blank lines at the end are allowed
    const QString file = writeFile(m_dir.filePath(QStringLiteral("large.csv")), csv);
    const Run ours = run(QStringLiteral(COUNTERSIGN_CLI_PATH),
                         {QStringLiteral("stats"), QStringLiteral("compare"), file, QStringLiteral("--label"),
                          QStringLiteral("outcome"), QStringLiteral("--reference"), QStringLiteral("ref"),
                          QStringLiteral("--candidate"), QStringLiteral("cand"), QStringLiteral("--json")});
    QVERIFY2(ours.exitCode == 0, ours.err.constData());
    const Run ref = run(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral(COUNTERSIGN_SOURCE_DIR "/tests/bench/python_compare.py"), file,
                         QStringLiteral("outcome"), QStringLiteral("ref"), QStringLiteral("cand")});
    QVERIFY2(ref.exitCode == 0, ref.err.constData());
    const QJsonObject a = QJsonDocument::fromJson(ours.out).object();
    const QJsonObject b = QJsonDocument::fromJson(ref.out).object();
    QCOMPARE(a[u"n"].toInt(), 150000);
    const std::pair<double, double> pairs[] = {
        {a[u"reference"][u"auc"][u"value"].toDouble(), b[u"auc_ref"].toDouble()},
        {a[u"candidate"][u"auc"][u"value"].toDouble(), b[u"auc_cand"].toDouble()},
        {a[u"delong"][u"z"].toDouble(), b[u"delong_z"].toDouble()},
        {a[u"delong"][u"p_value"].toDouble(), b[u"delong_p"].toDouble()},
        {a[u"mcnemar"][u"p_value"].toDouble(), b[u"mcnemar_p"].toDouble()},
        {a[u"mcnemar"][u"p_exact"].toDouble(), b[u"mcnemar_exact"].toDouble()},
        {a[u"reference"][u"sensitivity"][u"value"].toDouble(), b[u"sensitivity_ref"].toDouble()},
        {a[u"candidate"][u"specificity"][u"value"].toDouble(), b[u"specificity_cand"].toDouble()},
        {a[u"reference"][u"brier"].toDouble(), b[u"brier_ref"].toDouble()},
    };
    for (const auto& [x, y] : pairs) {
        QVERIFY2(std::fabs(x - y) <= 1e-9 * std::fabs(y) || std::fabs(x - y) < 1e-14,
                 qPrintable(QStringLiteral("%1 vs %2").arg(x, 0, 'g', 17).arg(y, 0, 'g', 17)));
    }
    QVERIFY(b[u"delong_p"].toDouble() > 1e-12); // a difference the test can see, not a p of 0

    // One thread or two: the same numbers, bit for bit.
    cs::stats::ComparisonRequest request;
    request.file = file;
    request.label = QStringLiteral("outcome");
    request.reference = QStringLiteral("ref");
    request.candidate = QStringLiteral("cand");
    request.threads = 1;
    auto one = cs::stats::loadComparison(request);
    request.threads = 2;
    auto two = cs::stats::loadComparison(request);
    QVERIFY(one && two);
    const cs::stats::ComparisonResult r1 = cs::stats::compareModels(one.value(), 0.05, 1);
    const cs::stats::ComparisonResult r2 = cs::stats::compareModels(two.value(), 0.05, 2);
    QCOMPARE(*r1.delong.se, *r2.delong.se);
    QCOMPARE(*r1.candidate.auc.low, *r2.candidate.auc.low);
    QCOMPARE(*r1.reference.brier, *r2.reference.brier);
    QCOMPARE(r1.mcnemar.referenceOnly, r2.mcnemar.referenceOnly);
}

void TestStats::parallelLoaderEdges()
{
    // A file big enough for the split (rows from both halves), with a blank line in the middle: refused, naming
    // the row, exactly as the one-thread reader does.
    QByteArray csv = "\xEF\xBB\xBFy,a,b\n";
    for (int i = 0; i < 3000; ++i) {
        csv += (i % 3 == 0 ? "1," : "0,") + QByteArray::number((i % 97) / 97.0, 'f', 3) + ",0.5\n";
        if (i == 2500) {
            csv += "\n";
        }
    }
    const QString file = writeFile(m_dir.filePath(QStringLiteral("blank.csv")), csv);
    cs::stats::ComparisonRequest request;
    request.file = file;
    request.label = QStringLiteral("y");
    request.reference = QStringLiteral("a");
    request.candidate = QStringLiteral("b");
    for (int threads : {1, 2}) {
        request.threads = threads;
        const auto r = cs::stats::loadComparison(request);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("line 2503: a blank line inside the file")),
                 qPrintable(r.error().message));
    }
    // A bad label late in the file is reported by its row with two threads too.
    csv.replace("\n\n", "\n");
    csv += "maybe,0.1,0.2\n";
    QVERIFY(!writeFile(file, csv).isEmpty());
    for (int threads : {1, 2}) {
        request.threads = threads;
        const auto r = cs::stats::loadComparison(request);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("row 3001 (line 3002), column \"y\": the label \"maybe\"")),
                 qPrintable(r.error().message));
    }
    // Both: a blank line early (first half) and a bad label late (second half). The blank line comes first.
    csv.replace("0,0.010,0.5\n", "0,0.010,0.5\n\n");
    QVERIFY(!writeFile(file, csv).isEmpty());
    for (int threads : {1, 2}) {
        request.threads = threads;
        const auto r = cs::stats::loadComparison(request);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("line 4: a blank line inside the file")),
                 qPrintable(r.error().message));
    }

    // Lines longer than the split loader's 64 KiB blocks: a header with a 100,000-character column name and a row
    // with a 300,000-character ID load as they do on one thread; a row over 1 MiB is refused naming its line.
    const auto wideFile = [&](qsizetype idLength) {
        QByteArray wide = "y,a,b," + QByteArray(100000, 'n') + "\n";
        for (int i = 0; i < 3000; ++i) {
            wide += (i % 3 == 0 ? "1," : "0,") + QByteArray::number((i % 97) / 97.0, 'f', 3) + ',' +
                QByteArray::number((i % 89) / 89.0, 'f', 3) + ',' +
                (i == 1700 ? QByteArray(idLength, 'x') : QByteArray::number(i)) + "\n";
        }
        return writeFile(file, wide);
    };
    QVERIFY(!wideFile(300000).isEmpty());
    std::optional<cs::stats::ComparisonResult> oneThread;
    for (int threads : {1, 2}) {
        request.threads = threads;
        auto r = cs::stats::loadComparison(request);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(qint64(r.value().reference.size()), qint64(3000));
        QCOMPARE(r.value().positives, qint64(1000));
        const cs::stats::ComparisonResult result = cs::stats::compareModels(r.value(), 0.05, threads);
        if (!oneThread) {
            oneThread = result;
            continue;
        }
        QCOMPARE(*result.reference.auc.value, *oneThread->reference.auc.value);
        QCOMPARE(*result.delong.se, *oneThread->delong.se);
        QCOMPARE(*result.candidate.brier, *oneThread->candidate.brier);
    }
    QVERIFY(!wideFile(1100000).isEmpty());
    for (int threads : {1, 2}) {
        request.threads = threads;
        const auto r = cs::stats::loadComparison(request);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("longer than 1 MiB")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("line 1702")), qPrintable(r.error().message));
    }
}

void TestStats::powerMatchesStatsmodels()
{
    // A change request's plan power (stats::Power) against statsmodels' NormalIndPower and Hanley and McNeil's
    // variance integrated by SciPy under the model where it is exact (tests/reference/power_reference.py).
    const Run ref = run(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral(COUNTERSIGN_SOURCE_DIR "/tests/reference/power_reference.py")});
    QVERIFY2(ref.exitCode == 0, ref.err.constData());
    const QJsonObject table = QJsonDocument::fromJson(ref.out).object();
    const auto close = [](double a, double b) {
        return std::fabs(a - b) <= 1e-9 * std::max(1e-3, std::fabs(b));
    };
    const QJsonArray proportions = table[u"proportions"].toArray();
    QCOMPARE(proportions.size(), 5 * 3 * 3 * 2);
    for (const QJsonValue& row : proportions) {
        const QJsonArray r = row.toArray();
        const double ours =
            cs::stats::Power::pairedProportion(r[0].toInteger(), r[1].toDouble(), r[2].toDouble(), r[3].toDouble());
        QVERIFY2(close(ours, r[4].toDouble()),
                 qPrintable(QStringLiteral("n %1, discordance %2, margin %3, alpha %4: "
                                           "%5 vs statsmodels %6")
                                .arg(r[0].toInteger())
                                .arg(r[1].toDouble())
                                .arg(r[2].toDouble())
                                .arg(r[3].toDouble())
                                .arg(ours, 0, 'g', 17)
                                .arg(r[4].toDouble(), 0, 'g', 17)));
    }
    const QJsonArray aucs = table[u"auc"].toArray();
    QCOMPARE(aucs.size(), 4 * 4 * 2 * 3);
    for (const QJsonValue& row : aucs) {
        const QJsonArray r = row.toArray();
        const double variance =
            cs::stats::Power::hanleyMcNeilVariance(r[0].toDouble(), r[1].toInteger(), r[2].toInteger());
        const double power = cs::stats::Power::auc(r[0].toDouble(), r[1].toInteger(), r[2].toInteger(), r[3].toDouble(),
                                                   r[4].toDouble(), r[5].toDouble());
        QVERIFY2(close(variance, r[6].toDouble()) && close(power, r[7].toDouble()),
                 qPrintable(QStringLiteral("AUC %1 with %2/%3: variance %4 vs %5, power %6 vs %7")
                                .arg(r[0].toDouble())
                                .arg(r[1].toInteger())
                                .arg(r[2].toInteger())
                                .arg(variance, 0, 'g', 17)
                                .arg(r[6].toDouble(), 0, 'g', 17)
                                .arg(power, 0, 'g', 17)
                                .arg(r[7].toDouble(), 0, 'g', 17)));
    }
    // Independent errors are the worst case: two versions of rate p disagree on 2p(1-p) of the pairs.
    QCOMPARE(cs::stats::Power::independentDiscordance(0.8), 2 * 0.8 * 0.2);
    QVERIFY(std::isnan(cs::stats::Power::pairedProportion(0, 0.1, 0.05, 0.05)));
}

void TestStats::exactSumMatchesFsum()
{
    // Values of every kind the sum meets: the fast path's range [2^-64, 1) with both of its ends, and the partials'
    // (zero, 1 and more, below 2^-64, subnormal, negative), summed in pieces that are merged, in two orders. Each sum
    // must equal Python's math.fsum of the same doubles (written in hexadecimal, so nothing is rounded on the way)
    // to the last bit.
    QRandomGenerator random(20261205);
    std::vector<double> values;
    for (int i = 0; i < 200000; ++i) {
        values.push_back(random.generateDouble()); // scores and squared errors
    }
    for (double x : {0.0, 1.0, 0x1p-64, 0x1.fffffffffffffp-1, 0x1.fffffffffffffp-65, 1e-300, 4.9e-324, 3.5, -0.25,
                     -0x1p-70, 1e16, -1e16, 0x1p-64 * 3}) {
        values.push_back(x);
    }
    for (int i = 0; i < 5000; ++i) {
        values.push_back(std::ldexp(random.generateDouble(), -60 - int(random.bounded(20)))); // around 2^-64
    }
    QString hex;
    char buffer[64];
    for (double x : values) {
        std::snprintf(buffer, sizeof buffer, "%a\n", x);
        hex += QLatin1String(buffer);
    }
    const QString file = m_dir.filePath(QStringLiteral("fsum.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(hex.toLatin1()) == hex.size());
    f.close();
    const Run ref = run(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral("-c"),
                         QStringLiteral("import math,sys\n"
                                        "v=[float.fromhex(l) for l in open(sys.argv[1])]\n"
                                        "print(math.fsum(v).hex())\n"
                                        "print(math.fsum(v[:200000]).hex())"),
                         file});
    QVERIFY2(ref.exitCode == 0, ref.err.constData());
    const QList<QByteArray> expected = ref.out.trimmed().split('\n');
    QCOMPARE(expected.size(), 2);
    const auto hexOf = [](double x) {
        char b[64];
        std::snprintf(b, sizeof b, "%a", x);
        return QByteArray(b);
    };
    // Python's hex() and C's %a spell the same double differently; compare the doubles themselves.
    const auto pythonDouble = [](const QByteArray& h) {
        return std::strtod(h.constData(), nullptr);
    };
    cs::stats::ExactSum forward;
    cs::stats::ExactSum pieces[3];
    for (size_t i = 0; i < values.size(); ++i) {
        forward.add(values[i]);
        pieces[i % 3].add(values[values.size() - 1 - i]);
    }
    cs::stats::ExactSum merged;
    for (const cs::stats::ExactSum& p : pieces) {
        merged.add(p);
    }
    QVERIFY2(forward.value() == pythonDouble(expected.at(0)),
             qPrintable(
                 QStringLiteral("%1 != %2").arg(QLatin1String(hexOf(forward.value())), QLatin1String(expected.at(0)))));
    QCOMPARE(hexOf(merged.value()), hexOf(forward.value()));
    cs::stats::ExactSum scores;
    for (size_t i = 0; i < 200000; ++i) {
        scores.add(values[i]);
    }
    QCOMPARE(scores.value(), pythonDouble(expected.at(1)));
}

QTEST_GUILESS_MAIN(TestStats)
#include "TestStats.moc"
