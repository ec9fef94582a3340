// The MLflow file-store reader: meta.yaml files (registered version, run, experiment, dataset input) and metric
// files, as a team's mlruns/ folder holds them, MLflow 2 and 3. The input is up to nine files separated by lines
// "%%": the version's meta.yaml, the run's meta.yaml, the run's metric file "auroc", the experiment's meta.yaml, the
// run's dataset input meta.yaml, the dataset's meta.yaml, and (MLflow 3) the logged model's meta.yaml, its metric
// file "auroc" and the run's output meta.yaml for it; the rest of the store is fixed. Any bytes either give evidence
// whose JSON has a canonical form and whose hashed files lie inside the store, or an error.

#include "FuzzSupport.h"
#include "importers/MlflowFileStore.h"
#include "json/CanonicalJson.h"

#include <QDir>

using namespace cs;

namespace {

const QString kRun = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
const QString kModel = QStringLiteral("sepsis-risk");
const QString kLoggedModel = QStringLiteral("m-0f3c9e2a7b6d4c1e8f5a2b9c0d7e6f14");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> parts = fuzz::split(fuzz::bytes(data, size), 9);
    const QString root = fuzz::scratch() + QStringLiteral("/mlruns");
    QDir(root).removeRecursively();
    const QString run = root + QStringLiteral("/1/") + kRun;
    const QString files[] = {
        root + QStringLiteral("/models/sepsis-risk/version-1/meta.yaml"),
        run + QStringLiteral("/meta.yaml"),
        run + QStringLiteral("/metrics/auroc"),
        root + QStringLiteral("/1/meta.yaml"),
        run + QStringLiteral("/inputs/5d1e/meta.yaml"),
        root + QStringLiteral("/1/datasets/7a7a/meta.yaml"),
        root + QStringLiteral("/1/models/") + kLoggedModel + QStringLiteral("/meta.yaml"),
        root + QStringLiteral("/1/models/") + kLoggedModel + QStringLiteral("/metrics/auroc"),
        run + QStringLiteral("/outputs/") + kLoggedModel + QStringLiteral("/meta.yaml"),
    };
    for (qsizetype i = 0; i < parts.size(); ++i) {
        fuzz::put(files[i], parts[i]);
    }
    fuzz::put(root + QStringLiteral("/models/sepsis-risk/meta.yaml"), "name: sepsis-risk\n");
    fuzz::put(root + QStringLiteral("/models/sepsis-risk/aliases/champion"), "1");
    fuzz::put(run + QStringLiteral("/params/max_depth"), "4");
    fuzz::put(run + QStringLiteral("/tags/mlflow.source.git.commit"), "5e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f");
    fuzz::put(run + QStringLiteral("/artifacts/model/MLmodel"), "artifact_path: model\n");
    fuzz::put(run + QStringLiteral("/artifacts/model/model.pkl"), "weights");
    fuzz::put(root + QStringLiteral("/1/models/") + kLoggedModel + QStringLiteral("/artifacts/MLmodel"),
              "artifact_path: null\n");
    fuzz::put(root + QStringLiteral("/1/models/") + kLoggedModel + QStringLiteral("/params/C"), "1.0");

    auto store = MlflowFileStore::open(root);
    fuzz::check(store.ok(), "the fixed part of the store is refused", store ? QString() : store.error().message);
    auto versions = store->versions(kModel);
    if (!versions) {
        fuzz::checkError(versions.error(), QString());
        return 0;
    }
    auto evidence = store->read(kModel, QStringLiteral("1"));
    if (!evidence) {
        fuzz::checkError(evidence.error(), QString());
        return 0;
    }
    const QString canonicalRoot = QDir(root).canonicalPath();
    if (!evidence->artifactRoot.isEmpty()) {
        const QString hashed = QDir(evidence->artifactRoot).canonicalPath();
        fuzz::check(hashed == canonicalRoot || hashed.startsWith(canonicalRoot + u'/'),
                    "files outside the store were hashed", evidence->artifactRoot);
    }
    for (const ArtifactDigest& a : evidence->artifacts) {
        fuzz::check(!a.path.split(u'/').contains(QStringLiteral("..")) && !QDir::isAbsolutePath(a.path),
                    "an artifact path leaves the artifact folder", a.path);
    }
    auto canonical = CanonicalJson::serialize(evidence->toJson(root));
    fuzz::check(canonical.ok(), "the evidence has no canonical form",
                canonical ? QString() : canonical.error().message);
    return 0;
}
