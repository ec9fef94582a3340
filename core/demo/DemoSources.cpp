#include "DemoSources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <git2.h>
#include <memory>

namespace cs::DemoSources {

namespace {
constexpr qint64 kDay = 24 * 3600 * 1000LL;

/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::DemoSources)
};

Status put(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size()) {
        return Error(ErrorCode::Io, Tr::tr("cannot write %1: %2").arg(path, f.errorString()));
    }
    return {};
}

/// splitmix64 and Box-Muller: the same numbers on every platform (std:: distributions are not portable).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-300);
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }

private:
    quint64 m_state;
};

double sigmoid(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

/// Synthetic patients: age, sex and site drive a latent risk; the label is drawn from it; each version's score is a
/// noisier or sharper reading of the same risk: version 2 under-reads the over-75s (it misses their sepsis), version 3
/// is sharper than version 1, and version 4, version 3 retrained on more encounters, a little sharper still.
QByteArray patients(const char* prefix, int count, quint64 seed, double ageShift, double riskShift)
{
    Random rng(seed);
    QByteArray out = "encounter_id,sepsis_within_48h,score_v1,score_v2,score_v3,score_v4,sex,age_band,site\n";
    const char* sites[] = {"north", "south", "east"};
    for (int i = 1; i <= count; ++i) {
        const double age = std::clamp(62.0 + ageShift + 17.0 * rng.normal(), 18.0, 99.0);
        const bool female = rng.uniform() < 0.48;
        const int site = int(rng.uniform() * 3);
        const double z = -3.3 + riskShift + 0.035 * (age - 62.0) + (site == 2 ? 0.25 : 0.0) + 1.5 * rng.normal();
        const int label = rng.uniform() < sigmoid(z) ? 1 : 0;
        const double shared = rng.normal();
        const double v1 = sigmoid(0.75 * z - 0.4 + 0.55 * shared + 0.75 * rng.normal());
        const double v2 = sigmoid(0.95 * z + (age >= 75 ? -1.1 : 0.1) + 0.45 * shared + 0.6 * rng.normal());
        const double v3noise = rng.normal();
        const double v3 = sigmoid(1.1 * z + 0.35 * shared + 0.45 * v3noise);
        const double v4 = sigmoid(1.12 * z + 0.3 * shared + 0.3 * v3noise + 0.2 * rng.normal());
        const char* band = age < 40 ? "18-39" : age < 60 ? "40-59" : age < 75 ? "60-74" : "75+";
        out += QStringLiteral("%1-%2,%3,%4,%5,%6,%7,%8,%9,%10\n")
                   .arg(QLatin1String(prefix))
                   .arg(i, 6, 10, QLatin1Char('0'))
                   .arg(label)
                   .arg(v1, 0, 'f', 6)
                   .arg(v2, 0, 'f', 6)
                   .arg(v3, 0, 'f', 6)
                   .arg(v4, 0, 'f', 6)
                   .arg(QChar(female ? u'F' : u'M'))
                   .arg(QLatin1String(band), QLatin1String(sites[site]))
                   .toUtf8();
    }
    return out;
}

/// Encounters seen by the early-warning service: the eight monitored features and version 3's score. `lactateScale`
/// multiplies every lactate reading (1.0 before the assay change, 1.28 after it).
QByteArray monitoringWindow(const char* prefix, int count, quint64 seed, double lactateScale)
{
    Random rng(seed);
    Random outcomes(seed ^ 0x5E95150u); // its own stream: the features and scores stay as they were without labels
    QByteArray out = "encounter_id,score_v3,heart_rate,resp_rate,temperature,lactate,wbc,creatinine,age,sex,age_band,"
                     "sepsis_within_48h\n";
    for (int i = 1; i <= count; ++i) {
        const double age = std::clamp(62.0 + 17.0 * rng.normal(), 18.0, 99.0);
        const bool female = rng.uniform() < 0.48;
        const double severity = rng.normal();
        const double hr = 86.0 + 9.0 * severity + 11.0 * rng.normal();
        const double rr = 18.0 + 2.5 * severity + 3.0 * rng.normal();
        const double temp = 37.1 + 0.35 * severity + 0.5 * rng.normal();
        const double lactate = std::exp(0.25 + 0.22 * severity + 0.35 * rng.normal());
        const double wbc = std::exp(2.2 + 0.15 * severity + 0.3 * rng.normal());
        const double creatinine = std::exp(-0.05 + 0.12 * severity + 0.3 * rng.normal());
        // Version 3 reads lactate as the old assay reported it: the new assay's higher readings raise its scores.
        const double z = -3.2 + 0.03 * (age - 62.0) + 0.035 * (hr - 86.0) + 0.09 * (rr - 18.0) +
            0.55 * (lactate * lactateScale - 1.4) + 0.25 * (creatinine - 1.0);
        const double score = sigmoid(z + 0.4 * rng.normal());
        const bool noLactate = rng.uniform() < 0.03; // not every encounter has a lactate drawn
        // Sepsis follows the patient's lactate, whatever the assay reports: the outcome, known 48 hours later.
        const double risk = z - 0.55 * lactate * (lactateScale - 1.0) + 0.7;
        const int label = outcomes.uniform() < sigmoid(risk) ? 1 : 0;
        const char* band = age < 40 ? "18-39" : age < 60 ? "40-59" : age < 75 ? "60-74" : "75+";
        out += QStringLiteral("%1-%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12,%13\n")
                   .arg(QLatin1String(prefix))
                   .arg(i, 6, 10, QLatin1Char('0'))
                   .arg(score, 0, 'f', 6)
                   .arg(hr, 0, 'f', 0)
                   .arg(rr, 0, 'f', 0)
                   .arg(temp, 0, 'f', 1)
                   .arg(noLactate ? QString() : QString::number(lactate * lactateScale, 'f', 2))
                   .arg(wbc, 0, 'f', 1)
                   .arg(creatinine, 0, 'f', 2)
                   .arg(int(age))
                   .arg(QChar(female ? u'F' : u'M'))
                   .arg(QLatin1String(band))
                   .arg(label)
                   .toUtf8();
    }
    return out;
}

struct GitRepo
{
    git_repository* repo = nullptr;
    ~GitRepo()
    {
        git_repository_free(repo);
        git_libgit2_shutdown();
    }
};

Error gitError(const QString& what)
{
    const git_error* e = git_error_last();
    return Error(ErrorCode::Io, Tr::tr("%1 failed: %2").arg(what, QString::fromUtf8(e ? e->message : "unknown error")));
}

/// Commits the whole work tree of `repo` with `message`, authored at `atMs`; returns the commit id.
Result<QString> commitAll(git_repository* repo, const char* message, qint64 atMs)
{
    git_index* index = nullptr;
    if (git_repository_index(&index, repo) != 0) {
        return gitError(Tr::tr("opening the git index"));
    }
    std::unique_ptr<git_index, void (*)(git_index*)> indexGuard(index, git_index_free);
    const char* everything = "*";
    git_strarray paths {const_cast<char**>(&everything), 1};
    git_oid treeId;
    git_tree* tree = nullptr;
    if (git_index_add_all(index, &paths, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr) != 0 || git_index_write(index) != 0 ||
        git_index_write_tree(&treeId, index) != 0 || git_tree_lookup(&tree, repo, &treeId) != 0) {
        return gitError(Tr::tr("staging the demo training code"));
    }
    std::unique_ptr<git_tree, void (*)(git_tree*)> treeGuard(tree, git_tree_free);
    git_signature* author = nullptr;
    if (git_signature_new(&author, "Daniel Okafor", "dokafor@example.org", atMs / 1000, 60) != 0) {
        return gitError(Tr::tr("signing the demo commit"));
    }
    std::unique_ptr<git_signature, void (*)(git_signature*)> authorGuard(author, git_signature_free);
    git_commit* parent = nullptr;
    git_oid headId;
    const bool hasHead = git_reference_name_to_id(&headId, repo, "HEAD") == 0;
    if (hasHead && git_commit_lookup(&parent, repo, &headId) != 0) {
        return gitError(Tr::tr("reading the previous demo commit"));
    }
    std::unique_ptr<git_commit, void (*)(git_commit*)> parentGuard(parent, git_commit_free);
    const git_commit* parents[] = {parent};
    git_oid id;
    if (git_commit_create(&id, repo, "HEAD", author, author, "UTF-8", message, tree, hasHead ? 1 : 0,
                          hasHead ? parents : nullptr) != 0) {
        return gitError(Tr::tr("committing the demo training code"));
    }
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, &id);
    return QString::fromLatin1(hex);
}

QByteArray trainConfig(int version)
{
    QByteArray yaml = "# Training configuration of the sepsis early-warning model\nmodel:\n  kind: gradient_boosting\n";
    yaml += version == 1 ? "  max_depth: 4\n  n_estimators: 300\n"
        : version == 4   ? "  max_depth: 6\n  n_estimators: 600\n"
                         : "  max_depth: 6\n  n_estimators: 500\n";
    yaml += "  learning_rate: 0.05\n";
    if (version >= 2) {
        yaml += "  class_weight: balanced\n";
    }
    yaml += "features:\n  - vitals\n  - labs\n";
    if (version >= 3) {
        yaml += "  - lactate_trend\ncalibration: isotonic\n";
    }
    yaml += version == 4 ? "split:\n  seed: 20260602\n  window: 2026Q2\n  validation: locked-validation-2026q3\n"
                         : "split:\n  seed: 20260114\n  validation: locked-validation-2026q3\n";
    return yaml;
}

const char* const kRunIds[] = {"8c2f4b9a1d6e4f0a9b3c7d2e5f1a0b4c", "3e7a9c1f5b2d4e8a0c6f9b1d3e5a7c2f",
                               "b1d5f9a3c7e2404b8d6f0a2c4e6b8d0f", "e4a8c2f6b0d94e1a7c3f5b9d1e7a2c6b"};
constexpr int kVersions = 4;

Status writeMlflow(const QString& root, const QStringList& commits, const QList<qint64>& runStarts)
{
    const auto at = [&root](const QString& rel) {
        return QDir(root).filePath(rel);
    };
    const QByteArray base = "file://" + root.toUtf8();
    if (auto r = put(at(QStringLiteral("0/meta.yaml")),
                     "artifact_location: " + base + "/0\ncreation_time: " + QByteArray::number(runStarts[0] - kDay) +
                         "\nexperiment_id: '0'\nlast_update_time: " + QByteArray::number(runStarts[0] - kDay) +
                         "\nlifecycle_stage: active\nname: Default\n");
        !r) {
        return r;
    }
    if (auto r = put(at(QStringLiteral("1/meta.yaml")),
                     "artifact_location: " + base + "/1\ncreation_time: " + QByteArray::number(runStarts[0] - kDay) +
                         "\nexperiment_id: '1'\nlast_update_time: " + QByteArray::number(runStarts[kVersions - 1]) +
                         "\nlifecycle_stage: active\nname: sepsis-risk\n");
        !r) {
        return r;
    }
    const int depth[] = {4, 6, 6, 6};
    const int estimators[] = {300, 500, 500, 600};
    const double finalAuroc[] = {0.781, 0.812, 0.846, 0.853};
    for (int v = 0; v < kVersions; ++v) {
        const QString run = QStringLiteral("1/") + QLatin1String(kRunIds[v]);
        const qint64 start = runStarts[v];
        QList<std::pair<QString, QByteArray>> files = {
            {QStringLiteral("/meta.yaml"),
             "artifact_uri: " + base + "/1/" + kRunIds[v] +
                 "/artifacts\nend_time: " + QByteArray::number(start + 2 * 3600 * 1000) +
                 "\nentry_point_name: ''\nexperiment_id: '1'\nlifecycle_stage: active\nrun_id: " + kRunIds[v] +
                 "\nrun_name: sepsis-gbm-v" + QByteArray::number(v + 1) +
                 "\nsource_name: train.py\nsource_type: 4\nsource_version: " + commits[v].toUtf8() +
                 "\nstart_time: " + QByteArray::number(start) + "\nstatus: 3\ntags: []\nuser_id: dokafor\n"},
            {QStringLiteral("/params/max_depth"), QByteArray::number(depth[v])},
            {QStringLiteral("/params/n_estimators"), QByteArray::number(estimators[v])},
            {QStringLiteral("/params/learning_rate"), "0.05"},
            {QStringLiteral("/params/class_weight"), v == 0 ? "none" : "balanced"},
            {QStringLiteral("/params/features"), v >= 2 ? "vitals+labs+lactate_trend" : "vitals+labs"},
            {QStringLiteral("/params/calibration"), v >= 2 ? "isotonic" : "none"},
            {QStringLiteral("/tags/mlflow.source.git.commit"), commits[v].toUtf8()},
            {QStringLiteral("/tags/mlflow.runName"), "sepsis-gbm-v" + QByteArray::number(v + 1)},
            {QStringLiteral("/tags/mlflow.user"), "dokafor"},
            {QStringLiteral("/tags/mlflow.source.name"), "train.py"},
            {QStringLiteral("/artifacts/model/MLmodel"),
             "artifact_path: model\nflavors:\n  python_function:\n    loader_module: mlflow.sklearn\n    "
             "python_version: 3.11.6\n  sklearn:\n    pickled_model: model.pkl\n    sklearn_version: 1.3.2\nrun_id: " +
                 QByteArray(kRunIds[v]) + "\n"},
            {QStringLiteral("/artifacts/model/model.pkl"),
             QByteArray("synthetic demo model weights, version ") + QByteArray::number(v + 1) + "\n"},
            {QStringLiteral("/artifacts/model/requirements.txt"),
             "mlflow==2.9.2\nscikit-learn==1.3.2\nnumpy==1.26.2\n"},
            {QStringLiteral("/inputs/4f1c/meta.yaml"),
             "destination_id: " + QByteArray(kRunIds[v]) +
                 "\ndestination_type: RUN\nsource_id: 9d2e\nsource_type: "
                 "DATASET\n"},
        };
        // Metric histories: validation AUROC and training loss per boosting checkpoint.
        QByteArray auroc;
        QByteArray loss;
        const int points = 8 + 2 * v;
        for (int step = 0; step < points; ++step) {
            const double f = double(step + 1) / points;
            const qint64 t = start + (step + 1) * 600000;
            auroc += QByteArray::number(t) + ' ' +
                QByteArray::number(finalAuroc[v] - 0.09 * (1 - f) * (1 - f), 'f', 4) + ' ' + QByteArray::number(step) +
                '\n';
            loss += QByteArray::number(t) + ' ' + QByteArray::number(0.31 + 0.35 * (1 - f) - 0.01 * v, 'f', 4) + ' ' +
                QByteArray::number(step) + '\n';
        }
        files.append({QStringLiteral("/metrics/val_auroc"), auroc});
        files.append({QStringLiteral("/metrics/train_loss"), loss});
        files.append({QStringLiteral("/metrics/val_brier"),
                      QByteArray::number(start + points * 600000) + ' ' +
                          QByteArray::number(0.081 - 0.006 * v, 'f', 4) + " 0\n"});
        for (const auto& [rel, content] : files) {
            if (auto r = put(at(run + rel), content); !r) {
                return r;
            }
        }
    }
    QList<std::pair<QString, QByteArray>> registry = {
        {QStringLiteral("1/datasets/9d2e/meta.yaml"),
         "digest: 5b8e21c4\nname: training-2026h1\nprofile: '{\"num_rows\": 48210}'\nschema: ''\nsource: "
         "'{\"uri\": \"data/train.parquet\"}'\nsource_type: local\n"},
        {QStringLiteral("models/sepsis-risk/meta.yaml"),
         "creation_timestamp: " + QByteArray::number(runStarts[0] + 3 * 3600 * 1000) +
             "\ndescription: Early warning of sepsis within 48 hours in adult inpatients\nlast_updated_timestamp: " +
             QByteArray::number(runStarts[kVersions - 1] + 3 * 3600 * 1000) + "\nname: sepsis-risk\n"},
        {QStringLiteral("models/sepsis-risk/aliases/champion"), "1"},
        {QStringLiteral("models/sepsis-risk/aliases/challenger"), "4"},
        {QStringLiteral("models/sepsis-risk/version-3/tags/validation_protocol"), "VP-2026-07"},
    };
    const char* stages[] = {"Production", "Archived", "Staging", "None"};
    for (int v = 0; v < kVersions; ++v) {
        const QByteArray source = "runs:/" + QByteArray(kRunIds[v]) + "/model";
        registry.append({QStringLiteral("models/sepsis-risk/version-%1/meta.yaml").arg(v + 1),
                         "creation_timestamp: " + QByteArray::number(runStarts[v] + 3 * 3600 * 1000) +
                             "\ncurrent_stage: " + stages[v] + "\ndescription: ''\nlast_updated_timestamp: " +
                             QByteArray::number(runStarts[v] + 3 * 3600 * 1000) +
                             "\nname: sepsis-risk\nrun_id: " + kRunIds[v] + "\nrun_link: ''\nsource: " + source +
                             "\nstatus: READY\nstatus_message: ''\nstorage_location: " + base + "/1/" + kRunIds[v] +
                             "/artifacts/model\nuser_id: dokafor\nversion: " + QByteArray::number(v + 1) + "\n"});
    }
    for (const auto& [rel, content] : registry) {
        if (auto r = put(at(rel), content); !r) {
            return r;
        }
    }
    return {};
}

QByteArray dvcLock()
{
    return "schema: '2.0'\n"
           "stages:\n"
           "  prepare:\n"
           "    cmd: python prepare.py --window 2026H1\n"
           "    deps:\n"
           "    - path: data/raw/encounters.parquet\n"
           "      md5: 2c9a8f5e1b7d4c3a6e0f9b8d7c6a5e4f\n"
           "      size: 184220311\n"
           "    - path: prepare.py\n"
           "      md5: 7f1e2d3c4b5a69788796a5b4c3d2e1f0\n"
           "      size: 4118\n"
           "    outs:\n"
           "    - path: data/train.parquet\n"
           "      md5: 5b8e21c4a9d3f7e6b2c1d0e9f8a7b6c5\n"
           "      size: 39114520\n"
           "  train:\n"
           "    cmd: python train.py --config config/train.yaml\n"
           "    deps:\n"
           "    - path: data/train.parquet\n"
           "      md5: 5b8e21c4a9d3f7e6b2c1d0e9f8a7b6c5\n"
           "      size: 39114520\n"
           "    - path: train.py\n"
           "      md5: 0a1b2c3d4e5f60718293a4b5c6d7e8f9\n"
           "      size: 9377\n"
           "    params:\n"
           "      config/train.yaml:\n"
           "        model.max_depth: 6\n"
           "        model.learning_rate: 0.05\n"
           "    outs:\n"
           "    - path: models/model.pkl\n"
           "      md5: e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9\n"
           "      size: 2211840\n";
}

QByteArray expectationsResult(qint64 atMs)
{
    Q_UNUSED(atMs);
    return R"({
  "success": true,
  "suite_name": "locked-validation-contract",
  "statistics": {"evaluated_expectations": 5, "successful_expectations": 5, "unsuccessful_expectations": 0,
                 "success_percent": 100.0},
  "results": [
    {"success": true, "expectation_config": {"type": "expect_table_row_count_to_equal", "kwargs": {"value": 5000}},
     "result": {"observed_value": 5000}},
    {"success": true, "expectation_config": {"type": "expect_column_values_to_be_unique",
     "kwargs": {"column": "encounter_id"}}, "result": {"element_count": 5000, "unexpected_count": 0}},
    {"success": true, "expectation_config": {"type": "expect_column_values_to_be_in_set",
     "kwargs": {"column": "sepsis_within_48h", "value_set": [0, 1]}}, "result": {"unexpected_count": 0}},
    {"success": true, "expectation_config": {"type": "expect_column_values_to_not_be_null",
     "kwargs": {"column": "age_band"}}, "result": {"unexpected_count": 0}},
    {"success": true, "expectation_config": {"type": "expect_column_values_to_be_in_set",
     "kwargs": {"column": "sex", "value_set": ["F", "M"]}}, "result": {"unexpected_count": 0}}
  ],
  "meta": {"great_expectations_version": "1.2.4", "run_id": {"run_name": "validation-2026q3-freeze"}}
}
)";
}
} // namespace

Result<Paths> write(const QString& dir, qint64 startMs)
{
    if (QFileInfo::exists(dir)) {
        return Error(ErrorCode::AlreadyExists, Tr::tr("%1 already exists; move it away first").arg(dir));
    }
    Paths p;
    p.root = dir;
    p.mlruns = QDir(dir).filePath(QStringLiteral("mlruns"));
    p.repo = QDir(dir).filePath(QStringLiteral("sepsis-training"));
    p.dvcLock = QDir(p.repo).filePath(QStringLiteral("dvc.lock"));
    p.validation = QDir(dir).filePath(QStringLiteral("data/locked-validation-2026q3.csv"));
    p.challenge = QDir(dir).filePath(QStringLiteral("data/challenge-2026q3.csv"));
    p.expectations = QDir(dir).filePath(QStringLiteral("data/locked-validation-2026q3.gx.json"));

    // The training code: one commit per version, months apart.
    const QList<qint64> runStarts = {startMs - 150 * kDay, startMs - 60 * kDay, startMs - 20 * kDay,
                                     startMs - 6 * kDay};
    git_libgit2_init();
    GitRepo git;
    if (git_repository_init(&git.repo, QFile::encodeName(p.repo).constData(), 0) != 0) {
        return gitError(Tr::tr("creating the demo git repository"));
    }
    const char* messages[] = {"Baseline gradient boosting on vitals and labs\n",
                              "Deeper trees and balanced class weights\n\nRecall on sepsis cases was too low "
                              "(QA finding QF-2026-019).\n",
                              "Add lactate trend features; isotonic calibration\n\nAddresses the over-75 "
                              "miscalibration found in the validation of version 2.\n",
                              "Scheduled re-training on the 2026 Q2 encounters\n\nSame features and calibration as "
                              "version 3; 600 trees.\n"};
    for (int v = 1; v <= kVersions; ++v) {
        QByteArray train = "\"\"\"Trains the sepsis early-warning model (demo).\"\"\"\nimport mlflow\n\n"
                           "def main(config):\n    ...\n";
        if (v >= 3) {
            train += "\ndef lactate_trend(encounter):\n    ...\n";
        }
        for (const auto& [rel, content] :
             {std::pair {QStringLiteral("config/train.yaml"), trainConfig(v)},
              std::pair {QStringLiteral("train.py"), train},
              std::pair {QStringLiteral("requirements.txt"), QByteArray("mlflow==2.9.2\nscikit-learn==1.3.2\n")}}) {
            if (auto r = put(QDir(p.repo).filePath(rel), content); !r) {
                return r.error();
            }
        }
        if (v == 3) {
            if (auto r = put(p.dvcLock, dvcLock()); !r) {
                return r.error();
            }
        }
        auto id = commitAll(git.repo, messages[v - 1], runStarts[v - 1] - 3600 * 1000);
        if (!id) {
            return id.error();
        }
        p.commits.append(id.value());
    }
    if (auto r = writeMlflow(p.mlruns, p.commits, runStarts); !r) {
        return r.error();
    }
    if (auto r = put(p.validation, patients("VS", 5000, 20260701, 0.0, 0.0)); !r) {
        return r.error();
    }
    if (auto r = put(p.challenge, patients("CH", 1200, 20260815, 9.0, 0.5)); !r) {
        return r.error();
    }
    if (auto r = put(p.expectations, expectationsResult(startMs)); !r) {
        return r.error();
    }
    p.driftReference = QDir(dir).filePath(QStringLiteral("monitoring/reference-2026q3.csv"));
    if (auto r = put(p.driftReference, monitoringWindow("RF", 3000, 20260702, 1.0)); !r) {
        return r.error();
    }
    for (int w = 1; w <= 6; ++w) {
        const QString file = QDir(dir).filePath(QStringLiteral("monitoring/window-%1.csv").arg(w));
        const QByteArray prefix = QStringLiteral("W%1").arg(w).toLatin1();
        const double scale = w >= kAssayChangeWindow ? 1.28 : 1.0;
        if (auto r = put(file, monitoringWindow(prefix.constData(), 1500 + 40 * w, 20261000 + quint64(w), scale)); !r) {
            return r.error();
        }
        p.windows.append(file);
    }
    p.pccp = QDir(dir).filePath(QStringLiteral("regulatory/sepsis-risk-pccp.yaml"));
    if (auto r = put(p.pccp, pccpYaml()); !r) {
        return r.error();
    }
    return p;
}

QStringList monitoredFeatures()
{
    return {QStringLiteral("heart_rate"), QStringLiteral("resp_rate"), QStringLiteral("temperature"),
            QStringLiteral("lactate"),    QStringLiteral("wbc"),       QStringLiteral("creatinine"),
            QStringLiteral("age"),        QStringLiteral("sex")};
}

} // namespace cs::DemoSources
