// countersign-cli: importers and the model registry.
#include "CliCommands.h"
#include "CliSupport.h"
#include "commands/PredictionCommands.h"
#include "commands/RegistryCommands.h"
#include "crypto/Sha256.h"
#include "importers/DvcLock.h"
#include "importers/GitRepository.h"
#include "importers/GreatExpectations.h"
#include "importers/MlflowFileStore.h"
#include "importers/MlflowSqlStore.h"
#include "queries/RegistryQuery.h"
#include "registry/VersionDiff.h"
#include "util/DisplayText.h"
#include "util/UtcTime.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cstdio>
#include <unistd.h>

namespace cs::cli {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::cli::ImportCommands)
};
} // namespace

namespace {

int importMlflow(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Import registered model versions from an MLflow file store "
                                            "(read-only on the store), with their runs, metrics and artifact "
                                            "digests, in one transaction."));
    addSignInOptions(parser);
    parser.addOption(
        {QStringLiteral("store"), Tr::tr("The mlruns folder (file store)."), QStringLiteral("MLRUNS_DIR")});
    parser.addOption({QStringLiteral("db"), Tr::tr("The mlflow.db file (SQL store, opened read-only)."),
                      QStringLiteral("MLFLOW_DB")});
    parser.addOption({QStringLiteral("model"), Tr::tr("Registered model name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("version"), Tr::tr("One version."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("all"), Tr::tr("Every version of the model.")});
    if (!parse(parser, QStringLiteral("import mlflow"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    if (parser.isSet(QStringLiteral("store")) == parser.isSet(QStringLiteral("db")) ||
        !parser.isSet(QStringLiteral("model")) ||
        parser.isSet(QStringLiteral("version")) == parser.isSet(QStringLiteral("all"))) {
        return fail(Tr::tr("import mlflow: give --store DIR or --db FILE, --model NAME, and either --version N "
                           "or --all"));
    }
    const QString model = parser.value(QStringLiteral("model"));
    auto source = parser.isSet(QStringLiteral("store"))
        ? MlflowSource::openFileStore(parser.value(QStringLiteral("store")))
        : MlflowSource::openDatabase(parser.value(QStringLiteral("db")));
    if (!source) {
        return fail(source.error());
    }
    QStringList labels = {parser.value(QStringLiteral("version"))};
    if (parser.isSet(QStringLiteral("all"))) {
        auto all = source.value()->versions(model);
        if (!all) {
            return fail(all.error());
        }
        labels = all.value();
    }
    // Read everything first: a bad file anywhere stops the import before anything is stored.
    QStringList notes;
    auto versions = ImportModelVersionsCommand::readMlflow(*source.value(), model, labels, &notes);
    if (!versions) {
        return fail(versions.error());
    }
    for (const QString& note : std::as_const(notes)) {
        out() << note << '\n';
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    if (auto r = ws.value()->authorize(Action::ImportModelVersion); !r) {
        return fail(r.error());
    }
    auto pending = RegistryQuery(*ws.value()).pendingImports(model, versions.value());
    if (!pending) {
        return fail(pending.error());
    }
    if (pending->isEmpty()) {
        out() << say(Tr::tr("Nothing new: version(s) %1 of %2 are already in the workspace, unchanged"),
                     labels.join(QStringLiteral(", ")), model)
              << '\n';
        return Success;
    }
    ImportModelVersionsCommand command(model, versions.value());
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    out() << say(Tr::tr("Imported version(s) %1 of %2"), command.imported().join(QStringLiteral(", ")), model);
    if (!command.unchanged().isEmpty()) {
        out() << say(Tr::tr("; already there, unchanged: %1"), command.unchanged().join(QStringLiteral(", ")));
    }
    out() << '\n';
    return Success;
}

/// "MODEL:LABEL" split in two, or an error.
Result<std::pair<QString, QString>> versionReference(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0 || colon == text.size() - 1) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("\"%1\" does not name a model version; write MODEL:LABEL").arg(text));
    }
    return std::pair {text.left(colon), text.mid(colon + 1)};
}

int importDvc(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Attach a dvc.lock (schema 2.0) to an imported model version as "
                                            "its data lineage: each stage's command, dependencies and outputs "
                                            "with their digests, and parameters."));
    addSignInOptions(parser);
    parser.addOption(
        {QStringLiteral("version"), Tr::tr("The model version, as MODEL:LABEL."), QStringLiteral("MODEL:LABEL")});
    parser.addOption({QStringLiteral("lock"), Tr::tr("The dvc.lock file."), QStringLiteral("FILE")});
    if (!parse(parser, QStringLiteral("import dvc"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    auto reference = versionReference(parser.value(QStringLiteral("version")));
    if (!reference || !parser.isSet(QStringLiteral("lock"))) {
        return fail(Tr::tr("import dvc: give --version MODEL:LABEL and --lock FILE"));
    }
    auto lock = DvcLock::read(parser.value(QStringLiteral("lock")));
    if (!lock) {
        return fail(lock.error());
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    AttachEvidenceCommand command(reference->first, reference->second, QStringLiteral("dvc-lock"),
                                  QFileInfo(parser.value(QStringLiteral("lock"))).absoluteFilePath(), lock->toJson());
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    out() << say(Tr::tr("Attached the data lineage of %1 DVC stage(s) to %2"), lock->stages.size(),
                 parser.value(QStringLiteral("version")))
          << '\n';
    return Success;
}

int importPredictions(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Import a prediction file (CSV, one row per sample) into a dataset, with one score column per "
               "model version, in one transaction. The dataset is created by its first file; a locked dataset "
               "(validation, challenge) takes only files with exactly its samples and labels. Files with "
               "direct identifiers are refused."));
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("dataset"), Tr::tr("The dataset's name."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("file"), Tr::tr("The CSV file (RFC 4180, with a header)."), QStringLiteral("F.csv")});
    parser.addOption({QStringLiteral("id"), Tr::tr("The sample ID column."), QStringLiteral("COL")});
    parser.addOption({QStringLiteral("label"),
                      Tr::tr("The label column (may be left out for drift references "
                             "and production windows)."),
                      QStringLiteral("COL")});
    parser.addOption({QStringLiteral("score"),
                      Tr::tr("A version's score column, as LABEL=COL or MODEL:LABEL=COL; repeat per version."),
                      QStringLiteral("LABEL=COL")});
    parser.addOption(
        {QStringLiteral("group"), Tr::tr("A subgroup column (sex, age band, site); repeat."), QStringLiteral("COL")});
    parser.addOption({QStringLiteral("feature"),
                      Tr::tr("A feature column for drift monitoring (numeric, or categorical when any value "
                             "is text); repeat, or separate with commas. Only with the file that creates "
                             "the dataset."),
                      QStringLiteral("COL")});
    parser.addOption({QStringLiteral("model"),
                      Tr::tr("The model the LABELs belong to (needed when the "
                             "workspace has more than one model)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("role"),
                      Tr::tr("For a new dataset: validation, challenge, drift-reference or production-window."),
                      QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("labels"), Tr::tr("For a new dataset: the allowed labels (default 0,1)."),
                      QStringLiteral("A,B")});
    parser.addOption({QStringLiteral("unlocked"), Tr::tr("Create a validation or challenge set unlocked.")});
    if (!parse(parser, QStringLiteral("import predictions"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    for (const char* required : {"dataset", "file", "id", "score"}) {
        if (!parser.isSet(QLatin1String(required))) {
            return fail(Tr::tr("import predictions: give --dataset NAME, --file F.csv, --id COL and at least "
                               "one --score LABEL=COL"));
        }
    }
    PredictionImportRequest request;
    request.dataset = parser.value(QStringLiteral("dataset"));
    request.file = parser.value(QStringLiteral("file"));
    request.mapping.idColumn = parser.value(QStringLiteral("id"));
    request.mapping.labelColumn = parser.value(QStringLiteral("label"));
    request.mapping.groupColumns = parser.values(QStringLiteral("group"));
    for (const QString& value : parser.values(QStringLiteral("feature"))) {
        for (const QString& name : value.split(u',', Qt::SkipEmptyParts)) {
            request.mapping.features.append(name.trimmed());
        }
    }
    if (parser.isSet(QStringLiteral("role"))) {
        request.role = enumFromName<DatasetRole>(parser.value(QStringLiteral("role")));
        if (!request.role) {
            return fail(Tr::tr("import predictions: --role is one of %1, not \"%2\"")
                            .arg(enumNames<DatasetRole>().join(u", "), parser.value(QStringLiteral("role"))));
        }
    }
    if (parser.isSet(QStringLiteral("unlocked"))) {
        request.locked = false;
    }
    if (parser.isSet(QStringLiteral("labels"))) {
        request.labelDomain = parser.value(QStringLiteral("labels")).split(u',');
    }

    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    QString model = parser.value(QStringLiteral("model"));
    for (const QString& score : parser.values(QStringLiteral("score"))) {
        const qsizetype eq = score.lastIndexOf(u'=');
        if (eq <= 0 || eq == score.size() - 1) {
            return fail(Tr::tr("import predictions: \"%1\" is not LABEL=COL").arg(score));
        }
        PredictionMapping::Score s;
        s.column = score.mid(eq + 1);
        const QString version = score.left(eq);
        if (version.contains(u':')) {
            auto reference = versionReference(version);
            if (!reference) {
                return fail(reference.error());
            }
            s.model = reference->first;
            s.version = reference->second;
        } else {
            if (model.isEmpty()) {
                auto all = RegistryQuery(*ws.value()).models();
                if (!all) {
                    return fail(all.error());
                }
                if (all->size() != 1) {
                    return fail(Tr::tr("import predictions: the workspace has %1 models; give --model NAME "
                                       "or write MODEL:LABEL=COL")
                                    .arg(all->size()));
                }
                model = all->first().name;
            }
            s.model = model;
            s.version = version;
        }
        request.mapping.scores.append(s);
    }
    const bool showProgress = isatty(fileno(stderr)) != 0;
    ImportPredictionsCommand command(request, [showProgress](qint64 done, qint64 total) {
        if (showProgress && total > 0) {
            err() << "\r" << (100 * done / total) << " %" << Qt::flush;
        }
        return true;
    });
    const auto result = ws.value()->execute(command);
    if (showProgress) {
        err() << "\r" << Qt::flush;
    }
    if (!result) {
        return fail(result.error());
    }
    const auto& o = command.outcome();
    out() << say(o.datasetCreated ? Tr::tr("Created dataset %1: %2 row(s) read, %3 sample(s) added; file SHA-256 %4")
                                  : Tr::tr("Dataset %1: %2 row(s) read, %3 sample(s) added; file SHA-256 %4"),
                 request.dataset, o.rows, o.samplesAdded, o.fileSha256)
          << '\n';
    for (const QString& v : o.imported) {
        out() << say(Tr::tr("  predictions of %1 stored"), v) << '\n';
    }
    for (const QString& v : o.unchanged) {
        out() << say(Tr::tr("  predictions of %1 already there, unchanged"), v) << '\n';
    }
    if (!o.features.isEmpty()) {
        out() << say(Tr::tr("  features stored: %1"), o.features.join(QStringLiteral(", "))) << '\n';
    }
    return Success;
}

int importExpectations(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Attach a Great Expectations validation result (JSON, GX 0.x or "
                                            "1.x) to a dataset as its data-contract evidence."));
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("dataset"), Tr::tr("The dataset's name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("file"), Tr::tr("The validation result JSON."), QStringLiteral("FILE")});
    if (!parse(parser, QStringLiteral("import expectations"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    if (!parser.isSet(QStringLiteral("dataset")) || !parser.isSet(QStringLiteral("file"))) {
        return fail(Tr::tr("import expectations: give --dataset NAME and --file FILE"));
    }
    const QString file = parser.value(QStringLiteral("file"));
    auto result = GreatExpectationsResult::read(file);
    if (!result) {
        return fail(result.error());
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    AttachDatasetEvidenceCommand command(parser.value(QStringLiteral("dataset")), QStringLiteral("great-expectations"),
                                         QFileInfo(file).absoluteFilePath(), result.value());
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    const QJsonObject summary = result->value(QStringLiteral("summary")).toObject();
    out() << say(Tr::tr("Attached suite %1 (%2 of %3 expectations met) to dataset %4"),
                 summary.value(QStringLiteral("suite")).toString(),
                 summary.value(QStringLiteral("successful")).toInteger(),
                 summary.value(QStringLiteral("evaluated")).toInteger(), parser.value(QStringLiteral("dataset")))
          << '\n';
    return Success;
}

int importGit(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Attach the training code's commit (author, date, message) and "
                                            "configuration files at that commit to an imported version. The "
                                            "repository is only read."));
    addSignInOptions(parser);
    parser.addOption(
        {QStringLiteral("version"), Tr::tr("The model version, as MODEL:LABEL."), QStringLiteral("MODEL:LABEL")});
    parser.addOption(
        {QStringLiteral("repo"), Tr::tr("The git repository of the training code."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("commit"), Tr::tr("The commit (default: the version's code commit from MLflow)."),
                      QStringLiteral("REV")});
    parser.addOption(
        {QStringLiteral("config"), Tr::tr("A configuration file to record (repeatable)."), QStringLiteral("PATH")});
    if (!parse(parser, QStringLiteral("import git"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    auto reference = versionReference(parser.value(QStringLiteral("version")));
    if (!reference) {
        return fail(reference.error());
    }
    if (!parser.isSet(QStringLiteral("repo"))) {
        return fail(Tr::tr("import git: --repo DIR is required"));
    }
    auto repo = GitRepository::open(parser.value(QStringLiteral("repo")));
    if (!repo) {
        return fail(repo.error());
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    auto version = RegistryQuery(*ws.value()).version(reference->first, reference->second);
    if (!version) {
        return fail(version.error());
    }
    if (!version.value()) {
        return fail(Error(ErrorCode::NotFound,
                          Tr::tr("model %1 has no version %2 in this workspace; import it "
                                 "first")
                              .arg(reference->first, reference->second)));
    }
    const QString revision =
        parser.isSet(QStringLiteral("commit")) ? parser.value(QStringLiteral("commit")) : version.value()->codeCommit;
    if (revision.isEmpty()) {
        return fail(Tr::tr("import git: version %1 records no code commit; give --commit REV").arg(reference->second));
    }
    auto evidence = repo.value()->evidence(revision, parser.values(QStringLiteral("config")));
    if (!evidence) {
        return fail(evidence.error());
    }
    auto commit = repo.value()->commit(revision);
    if (!commit) {
        return fail(commit.error());
    }
    const qsizetype configs = evidence->value(QStringLiteral("configs")).toObject().size();
    AttachEvidenceCommand command(reference->first, reference->second, QStringLiteral("git-commit"),
                                  repo.value()->path(), evidence.value());
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    out() << say(Tr::tr("Attached commit %1 (%2, %3) and %4 configuration file(s) to %5"), commit->id.left(12),
                 commit->summary, commit->authorName, configs, parser.value(QStringLiteral("version")))
          << '\n';
    return Success;
}

QJsonObject versionJson(const ModelVersion& v)
{
    return QJsonObject {{QStringLiteral("model"), v.modelName},
                        {QStringLiteral("label"), v.label},
                        {QStringLiteral("state"), nameOf(v.state)},
                        {QStringLiteral("code_commit"), v.codeCommit},
                        {QStringLiteral("source"), v.sourceUri},
                        {QStringLiteral("evidence_sha256"), v.evidenceSha256},
                        {QStringLiteral("imported_at"), UtcTime::formatMsString(v.importedAtMs)},
                        {QStringLiteral("imported_by"), v.importedBy},
                        {QStringLiteral("evidence"), v.evidence}};
}

} // namespace

int import(const QStringList& args)
{
    if (!args.isEmpty() && args.first() == u"mlflow") {
        return importMlflow(args.mid(1));
    }
    if (!args.isEmpty() && args.first() == u"dvc") {
        return importDvc(args.mid(1));
    }
    if (!args.isEmpty() && args.first() == u"git") {
        return importGit(args.mid(1));
    }
    if (!args.isEmpty() && args.first() == u"predictions") {
        return importPredictions(args.mid(1));
    }
    if (!args.isEmpty() && args.first() == u"expectations") {
        return importExpectations(args.mid(1));
    }
    return fail(Tr::tr("import: expected a source: mlflow, dvc, git, predictions or expectations"));
}

int models(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the models and their versions' states."));
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    if (!parse(parser, QStringLiteral("models"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
    if (!ws) {
        return fail(ws.error());
    }
    RegistryQuery table(*ws.value());
    auto models = table.models();
    if (!models) {
        return fail(models.error());
    }
    QJsonArray list;
    for (const Model& m : models.value()) {
        auto versions = table.versions(m.name).value_or({});
        QJsonArray labels;
        for (const ModelVersion& v : versions) {
            labels.append(QJsonObject {{QStringLiteral("label"), v.label}, {QStringLiteral("state"), nameOf(v.state)}});
        }
        list.append(QJsonObject {{QStringLiteral("name"), m.name},
                                 {QStringLiteral("intended_use"), m.intendedUse},
                                 {QStringLiteral("device_class"), m.deviceClass},
                                 {QStringLiteral("risk_class"), m.riskClass},
                                 {QStringLiteral("owner"), m.owner},
                                 {QStringLiteral("versions"), labels}});
        if (!parser.isSet(QStringLiteral("json"))) {
            QStringList states;
            for (const ModelVersion& v : versions) {
                states.append(DisplayText::escaped(v.label) + u' ' + nameOf(v.state));
            }
            out() << DisplayText::escaped(m.name) << ": "
                  << (states.isEmpty() ? Tr::tr("no versions") : states.join(QStringLiteral(", "))) << '\n';
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else if (list.isEmpty()) {
        out() << Tr::tr("No models yet: import some with countersign-cli import mlflow") << '\n';
    }
    return Success;
}

int model(const QStringList& args)
{
    if (args.isEmpty() || args.first() != u"describe") {
        return fail(Tr::tr("model: expected describe"));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Record what a model is for and who answers for it. Fields not "
                                            "given keep their value; the change is audited with the reason."));
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("intended-use"), Tr::tr("The intended use statement."), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("device-class"), Tr::tr("Device class, e.g. \"IIa (EU MDR)\"."), QStringLiteral("CLASS")});
    parser.addOption(
        {QStringLiteral("risk-class"), Tr::tr("Risk class, e.g. \"IMDRF SaMD III\"."), QStringLiteral("CLASS")});
    parser.addOption({QStringLiteral("owner"), Tr::tr("Who answers for the model."), QStringLiteral("USER")});
    parser.addOption({QStringLiteral("reason"), Tr::tr("Why (recorded in the audit trail)."), QStringLiteral("TEXT")});
    if (!parse(parser, QStringLiteral("model describe"), args.mid(1),
               {QStringLiteral("WORKSPACE"), QStringLiteral("MODEL")})) {
        return exitAfterParse(args.mid(1));
    }
    Model m;
    m.name = parser.positionalArguments().at(1);
    m.intendedUse = parser.value(QStringLiteral("intended-use"));
    m.deviceClass = parser.value(QStringLiteral("device-class"));
    m.riskClass = parser.value(QStringLiteral("risk-class"));
    m.owner = parser.value(QStringLiteral("owner"));
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    DescribeModelCommand command(m, parser.value(QStringLiteral("reason")));
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    out() << say(Tr::tr("Described model %1"), m.name) << '\n';
    return Success;
}

int datasets(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the datasets: role, lock, samples, the files imported for "
                                            "them with their SHA-256, and the versions with predictions."));
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    if (!parse(parser, QStringLiteral("datasets"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
    if (!ws) {
        return fail(ws.error());
    }
    RegistryQuery registry(*ws.value());
    auto all = registry.datasets();
    if (!all) {
        return fail(all.error());
    }
    QJsonArray list;
    for (const Dataset& d : all.value()) {
        auto files = registry.datasetFiles(d.id);
        auto sets = registry.predictionSets(d.id);
        if (!files || !sets) {
            return fail(!files ? files.error() : sets.error());
        }
        QJsonArray fileList;
        for (const DatasetFile& f : files.value()) {
            fileList.append(QJsonObject {{QStringLiteral("file"), f.fileName},
                                         {QStringLiteral("sha256"), f.sha256},
                                         {QStringLiteral("rows"), f.rowCount},
                                         {QStringLiteral("samples_added"), f.samplesAdded},
                                         {QStringLiteral("imported_at"), UtcTime::formatMsString(f.importedAtMs)},
                                         {QStringLiteral("imported_by"), f.importedBy}});
        }
        QJsonArray setList;
        QStringList versionNames;
        for (const PredictionSet& s : sets.value()) {
            auto v = registry.versionById(s.versionId);
            const QString name = v && v.value() ? v.value()->modelName + u'/' + v.value()->label : QString();
            versionNames.append(name);
            setList.append(QJsonObject {{QStringLiteral("version"), name},
                                        {QStringLiteral("score_column"), s.scoreColumn},
                                        {QStringLiteral("samples"), s.sampleCount},
                                        {QStringLiteral("content_sha256"), s.contentSha256}});
        }
        list.append(QJsonObject {{QStringLiteral("name"), d.name},
                                 {QStringLiteral("role"), nameOf(d.role)},
                                 {QStringLiteral("locked"), d.locked},
                                 {QStringLiteral("samples"), d.sampleCount},
                                 {QStringLiteral("labels"), QJsonArray::fromStringList(d.labelDomain)},
                                 {QStringLiteral("groups"), QJsonArray::fromStringList(d.groupColumns)},
                                 {QStringLiteral("files"), fileList},
                                 {QStringLiteral("predictions"), setList}});
        if (!parser.isSet(QStringLiteral("json"))) {
            out() << say(d.locked ? Tr::tr("%1: %2, locked, %3 samples; predictions of %4")
                                  : Tr::tr("%1: %2, unlocked, %3 samples; predictions of %4"),
                         d.name, nameOf(d.role), d.sampleCount,
                         (versionNames.isEmpty() ? Tr::tr("no version") : versionNames.join(u", ")))
                  << '\n';
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else if (list.isEmpty()) {
        out() << Tr::tr("No datasets yet: import a prediction file with countersign-cli import predictions") << '\n';
    }
    return Success;
}

int versions(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the versions of a model with their evidence."));
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON, with the whole evidence.")});
    if (!parse(parser, QStringLiteral("versions"), args, {QStringLiteral("WORKSPACE"), QStringLiteral("MODEL")})) {
        return exitAfterParse(args);
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
    if (!ws) {
        return fail(ws.error());
    }
    const QString model = parser.positionalArguments().at(1);
    RegistryQuery table(*ws.value());
    auto found = table.model(model);
    if (!found) {
        return fail(found.error());
    }
    if (!found.value()) {
        return fail(Error(ErrorCode::NotFound, Tr::tr("there is no model \"%1\" in this workspace").arg(model)));
    }
    auto versions = table.versions(model);
    if (!versions) {
        return fail(versions.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ModelVersion& v : versions.value()) {
            list.append(versionJson(v));
        }
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Success;
    }
    out() << pad(Tr::tr("VERSION"), 9) << pad(Tr::tr("STATE"), 18) << pad(Tr::tr("COMMIT"), 14)
          << pad(Tr::tr("IMPORTED"), 22) << Tr::tr("SOURCE") << '\n';
    for (const ModelVersion& v : versions.value()) {
        out() << pad(v.label, 9) << pad(nameOf(v.state), 18) << pad(v.codeCommit.left(12), 14)
              << pad(UtcTime::formatMsString(v.importedAtMs).left(19) + u'Z', 22) << DisplayText::escaped(v.sourceUri)
              << '\n';
    }
    return Success;
}

int diff(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("What differs between two versions of a model: parameters (JSON "
                                            "values structurally), metrics, tags, stage and aliases, code "
                                            "commit, artifact digests and dataset inputs."));
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    parser.addOption({QStringLiteral("repo"),
                      Tr::tr("Also list the files changed between the two code commits in this repository."),
                      QStringLiteral("DIR")});
    if (!parse(parser, QStringLiteral("diff"), args,
               {QStringLiteral("WORKSPACE"), QStringLiteral("MODEL"), QStringLiteral("V1"), QStringLiteral("V2")})) {
        return exitAfterParse(args);
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
    if (!ws) {
        return fail(ws.error());
    }
    const QString model = parser.positionalArguments().at(1);
    auto loaded =
        RegistryQuery(*ws.value()).diff(model, parser.positionalArguments().at(2), parser.positionalArguments().at(3));
    if (!loaded) {
        return fail(loaded.error());
    }
    VersionDiff& d = loaded.value();
    RegistryQuery table(*ws.value());
    const auto versions = std::array {table.version(model, d.from).value_or(std::nullopt),
                                      table.version(model, d.to).value_or(std::nullopt)};
    if (parser.isSet(QStringLiteral("repo"))) {
        if (versions[0]->codeCommit.isEmpty() || versions[1]->codeCommit.isEmpty()) {
            return fail(Tr::tr("diff: both versions need a code commit to compare their files"));
        }
        auto repo = GitRepository::open(parser.value(QStringLiteral("repo")));
        if (!repo) {
            return fail(repo.error());
        }
        auto changes = repo.value()->changes(versions[0]->codeCommit, versions[1]->codeCommit);
        if (!changes) {
            return fail(changes.error());
        }
        for (const GitFileChange& c : changes.value()) {
            d.entries.append({QStringLiteral("files"), c.newPath,
                              c.status == u"added"         ? DiffEntry::Kind::Added
                                  : c.status == u"deleted" ? DiffEntry::Kind::Removed
                                                           : DiffEntry::Kind::Changed,
                              c.status == u"added" ? QJsonValue() : QJsonValue(c.oldPath),
                              c.status == u"deleted" ? QJsonValue() : QJsonValue(c.status), QString()});
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(d.toJson()).toJson(QJsonDocument::Indented);
        return Success;
    }
    const auto show = [](const QJsonValue& v) {
        if (v.isString()) {
            return v.toString();
        }
        if (v.isDouble()) {
            return QString::number(v.toDouble(), 'g', 12);
        }
        return QString::fromUtf8(
                   QJsonDocument::fromVariant(QVariantList {v.toVariant()}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    };
    out() << say(Tr::tr("%1: version %2 -> %3, %4 difference(s)"), model, d.from, d.to, d.entries.size()) << '\n';
    QString section;
    for (const DiffEntry& e : d.entries) {
        if (e.section != section) {
            section = e.section;
            out() << '\n' << section << ":\n";
        }
        switch (e.kind) {
        case DiffEntry::Kind::Added:
            out() << "  + " << e.key << " = " << show(e.after) << '\n';
            break;
        case DiffEntry::Kind::Removed:
            out() << say(Tr::tr("  - %1 (was %2)"), e.key, show(e.before)) << '\n';
            break;
        case DiffEntry::Kind::Changed:
            out() << "  ~ " << e.key << ": " << show(e.before) << " -> " << show(e.after) << '\n';
            break;
        }
        if (!e.lineDiff.isEmpty()) {
            out() << e.lineDiff;
        }
    }
    return Success;
}

int transition(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Move a model version through its lifecycle, with a reason."));
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("to"),
                      Tr::tr("under-validation, validated, approved, production, superseded, retired or "
                             "withdrawn."),
                      QStringLiteral("STATE")});
    parser.addOption({QStringLiteral("reason"), Tr::tr("Why."), QStringLiteral("TEXT")});
    if (!parse(parser, QStringLiteral("transition"), args,
               {QStringLiteral("WORKSPACE"), QStringLiteral("MODEL"), QStringLiteral("VERSION")})) {
        return exitAfterParse(args);
    }
    const auto to = enumFromName<LifecycleState>(parser.value(QStringLiteral("to")));
    if (!to) {
        return fail(
            Tr::tr("transition: --to must name a lifecycle state, not \"%1\"").arg(parser.value(QStringLiteral("to"))));
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    TransitionVersionCommand command(parser.positionalArguments().at(1), parser.positionalArguments().at(2), *to,
                                     parser.value(QStringLiteral("reason")));
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    out() << say(Tr::tr("Version %1 of %2 is now %3"), parser.positionalArguments().at(2),
                 parser.positionalArguments().at(1), nameOf(*to))
          << '\n';
    return Success;
}

} // namespace cs::cli
