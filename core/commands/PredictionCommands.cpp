#include "PredictionCommands.h"

#include "audit/RecordCheck.h"
#include "commands/AttachEvidence.h"
#include "commands/CommandContext.h"
#include "commands/FeatureImport.h"
#include "crypto/Sha256.h"
#include "importers/CsvReader.h"
#include "importers/PredictionRows.h"
#include "registry/SampleDigest.h"
#include "store/ChunkWriters.h"
#include "store/DatasetTables.h"
#include "store/PredictionImportStore.h"
#include "store/RegistryTables.h"
#include "util/DisplayText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <limits>
#include <memory>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::PredictionCommands)
};

const QStringList kDefaultLabelDomain = {QStringLiteral("0"), QStringLiteral("1")};

QString qs(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

/// One version whose scores the file carries.
struct Target
{
    PredictionMapping::Score score;
    qint64 versionId = 0;
    std::optional<PredictionSet> existing; ///< its predictions on this dataset, when imported before
    qint64 setId = 0;
};

/// One run of ImportPredictionsCommand, as a pipeline of named steps:
/// 1. plan: the dataset (existing, or created by this file) and the versions the score columns belong to;
/// 2. read and screen: the file's header, then its rows on a thread of their own (PredictionRowReader);
/// 3. stage: each row's sample found or added (SampleWriter), its scores packed (ValueChunks) or, for an existing
///    dataset, staged by row number (ScoreStage);
/// 4. store: the samples merged in ID order, the staged scores written in row order;
/// 5. record: the file, dataset and prediction sets, each with its audit event.
/// Any step's error ends the run; the command's transaction then stores nothing.
class ImportRun
{
public:
    ImportRun(CommandContext& ctx, const PredictionImportRequest& request, const ProgressFn& progress,
              ImportPredictionsCommand::Outcome& outcome)
        : m_ctx(ctx)
        , m_req(request)
        , m_progress(progress)
        , m_outcome(outcome)
        , m_datasets(ctx.database())
        , m_registry(ctx.database())
    { }

    Status run()
    {
        for (auto step :
             {&ImportRun::checkRequest, &ImportRun::planDataset, &ImportRun::planTargets, &ImportRun::readHeader,
              &ImportRun::prepareStorage, &ImportRun::stageRows, &ImportRun::checkCoverage, &ImportRun::storeRows,
              &ImportRun::storeFeatures, &ImportRun::record}) {
            if (auto s = (this->*step)(); !s) {
                return s;
            }
        }
        return {};
    }

private:
    const QString& file() const { return m_req.file; }
    Error rowError(const PredictionRowBatch::Row& row, qsizetype column, const QString& what,
                   ErrorCode code = ErrorCode::InvalidArgument) const
    {
        return PredictionFields::fieldError(file(), row.number, row.line, m_columns.names.value(column), what, code);
    }

    // 1. Plan -------------------------------------------------------------------------------------------------------

    Status checkRequest()
    {
        if (m_req.dataset.trimmed().isEmpty()) {
            return Error(ErrorCode::InvalidArgument, Tr::tr("name the dataset the predictions are for"));
        }
        if (m_req.mapping.idColumn.isEmpty()) {
            return Error(ErrorCode::InvalidArgument, Tr::tr("%1: name the sample ID column").arg(file()));
        }
        if (m_req.mapping.scores.isEmpty()) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("%1: map at least one score column to a model version (LABEL=COLUMN)").arg(file()));
        }
        return {};
    }

    Status planDataset()
    {
        auto found = m_datasets.dataset(m_req.dataset);
        if (!found) {
            return found.error();
        }
        m_create = !found.value().has_value();
        if (auto s = m_create ? newDataset() : existingDataset(*found.value()); !s) {
            return s;
        }
        m_labelled = !m_req.mapping.labelColumn.isEmpty();
        // Every refusal because a dataset is locked is a Rule error: one exit code, whatever the cause.
        if (!m_labelled && m_dataset.locked) {
            return Error(ErrorCode::Rule,
                         Tr::tr("%1: dataset %2 is locked and its samples need labels; name the label column")
                             .arg(file(), m_dataset.name));
        }
        return {};
    }

    Status newDataset()
    {
        for (const QString& name : QStringList {m_req.dataset} + m_req.labelDomain) {
            if (const auto c = DisplayText::firstHostile(name)) {
                return Error(ErrorCode::InvalidArgument,
                             Tr::tr("the dataset name or label \"%1\" holds the control character %2; refused")
                                 .arg(DisplayText::escaped(name), DisplayText::codePoint(*c)));
            }
        }
        if (!m_req.role) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("dataset %1 is new: give its role (%2)")
                             .arg(m_req.dataset, enumNames<DatasetRole>().join(u", ")));
        }
        auto id = m_datasets.nextId(QStringLiteral("dataset"));
        if (!id) {
            return id.error();
        }
        Dataset& d = m_dataset;
        d.id = id.value();
        d.name = m_req.dataset;
        d.role = *m_req.role;
        d.locked = m_req.locked.value_or(DatasetRoles::lockedByDefault(*m_req.role));
        d.labelDomain = m_req.labelDomain.isEmpty() ? kDefaultLabelDomain : m_req.labelDomain;
        d.groupColumns = m_req.mapping.groupColumns;
        d.createdAtMs = m_ctx.nowMs();
        d.createdBy = m_ctx.session().actor;
        if (QSet<QString>(d.labelDomain.begin(), d.labelDomain.end()).size() != d.labelDomain.size()) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("the label domain %1 names a label twice").arg(d.labelDomain.join(u',')));
        }
        if (d.labelDomain.size() > LabelCodes::kMaxDomain) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("the label domain has %1 labels; at most %2 are allowed")
                             .arg(d.labelDomain.size())
                             .arg(LabelCodes::kMaxDomain));
        }
        return {};
    }

    Status existingDataset(const Dataset& d)
    {
        // Whether it is locked, and its labels, count only as the trail recorded them.
        if (auto r = RecordCheck::require(m_ctx.database(), QStringLiteral("dataset"), RecordKey::of(d.id)); !r) {
            return r;
        }
        m_dataset = d;
        if (m_req.role && *m_req.role != d.role) {
            return Error(ErrorCode::Rule,
                         Tr::tr("dataset %1 is a %2, not a %3").arg(d.name, nameOf(d.role), nameOf(*m_req.role)));
        }
        if (m_req.locked && *m_req.locked != d.locked) {
            return Error(ErrorCode::Rule,
                         d.locked ? Tr::tr("dataset %1 is locked and stays locked").arg(d.name)
                                  : Tr::tr("dataset %1 was imported unlocked").arg(d.name));
        }
        if (!m_req.labelDomain.isEmpty() && m_req.labelDomain != d.labelDomain) {
            return Error(ErrorCode::Rule,
                         Tr::tr("dataset %1 has the labels %2, not %3")
                             .arg(d.name, d.labelDomain.join(u','), m_req.labelDomain.join(u',')));
        }
        if (m_req.mapping.groupColumns != d.groupColumns) {
            return Error(
                ErrorCode::Rule,
                Tr::tr("dataset %1 has the subgroup columns [%2]; map the same columns, in that order (got [%3])")
                    .arg(d.name, d.groupColumns.join(u", "), m_req.mapping.groupColumns.join(u", ")));
        }
        return {};
    }

    Status planTargets()
    {
        QSet<QString> seen;
        for (const auto& score : m_req.mapping.scores) {
            const QString key = score.model + u'/' + score.version;
            if (seen.contains(key)) {
                return Error(ErrorCode::InvalidArgument,
                             Tr::tr("%1: version %2 is mapped to two score columns").arg(file(), key));
            }
            seen.insert(key);
            auto version = m_registry.version(score.model, score.version);
            if (!version) {
                return version.error();
            }
            if (!version.value()) {
                return Error(ErrorCode::NotFound,
                             Tr::tr("version %1 of model %2 is not in the workspace; import it before its predictions")
                                 .arg(score.version, score.model));
            }
            Target t;
            t.score = score;
            t.versionId = version.value()->id;
            if (!m_create) {
                auto existing = m_datasets.predictionSet(t.versionId, m_dataset.id);
                if (!existing) {
                    return existing.error();
                }
                t.existing = existing.value();
            }
            m_targets.append(t);
        }
        return {};
    }

    // 2. Read and screen --------------------------------------------------------------------------------------------

    Status readHeader()
    {
        auto opened = CsvReader::open(file());
        if (!opened) {
            return opened.error();
        }
        m_csv = std::move(opened.value());
        QStringList scores;
        for (const Target& t : m_targets) {
            scores.append(t.score.column);
        }
        const PredictionMapping& map = m_req.mapping;
        auto columns = PredictionColumns::read(*m_csv, map.idColumn, map.labelColumn, scores, map.groupColumns);
        if (!columns) {
            return columns.error();
        }
        m_columns = columns.value();
        return {};
    }

    // 3. Stage ------------------------------------------------------------------------------------------------------

    Status prepareStorage()
    {
        Database& db = m_ctx.database();
        if (m_create) {
            if (auto r = m_datasets.insertDataset(m_ctx.write(), m_dataset); !r) {
                return r;
            }
        }
        auto fileId = m_datasets.nextId(QStringLiteral("dataset_file"));
        auto nextSet = m_datasets.nextId(QStringLiteral("prediction_set"));
        if (!fileId || !nextSet) {
            return !fileId ? fileId.error() : nextSet.error();
        }
        m_fileId = fileId.value();
        std::vector<ValueChunks::Set> sets;
        for (Target& t : m_targets) {
            t.setId = t.existing ? t.existing->id : nextSet.value()++;
            sets.push_back({t.setId, !t.existing.has_value()});
        }
        auto chunks = ValueChunks::open(db, m_ctx.write(), ValueChunks::Table::Scores, std::move(sets));
        if (!chunks) {
            return chunks.error();
        }
        m_chunks = std::move(chunks.value());
        auto samples = SampleWriter::open(db, m_ctx.write(), m_dataset.id, m_fileId, m_labelled,
                                          [this](std::string_view id, qint64 row, qint64 line) {
                                              return PredictionFields::fieldError(
                                                  file(), row, line, m_columns.names.value(m_columns.id),
                                                  Tr::tr("sample ID \"%1\" appears twice in the file").arg(qs(id)));
                                          });
        if (!samples) {
            return samples.error();
        }
        m_samples = std::move(samples.value());
        auto labels = LabelChunks::open(db, m_ctx.write(), m_dataset.id, m_create ? 0 : m_dataset.sampleCount);
        if (!labels) {
            return labels.error();
        }
        m_labels = std::move(labels.value());
        auto groups = GroupChunks::open(db, m_ctx.write(), m_dataset.id, m_create ? 0 : m_dataset.sampleCount);
        if (!groups) {
            return groups.error();
        }
        m_groups = std::move(groups.value());
        if (m_create) {
            return {};
        }
        // A file for an existing dataset may list its samples in any order: its scores are staged by row number and
        // written in row order afterwards. A new dataset's rows are numbered in file order and written directly.
        auto lookup = SampleLookup::open(db, m_dataset.id);
        if (!lookup) {
            return lookup.error();
        }
        m_lookup.emplace(std::move(lookup.value()));
        auto stage = ScoreStage::open(db, m_ctx.write(), size_t(m_targets.size()));
        if (!stage) {
            return stage.error();
        }
        m_stage = std::move(stage.value());
        m_baseRows = m_dataset.sampleCount;
        m_seen.assign(size_t(m_baseRows), false);
        return {};
    }

    /// Two stages on the machine's cores: the reader thread parses, screens and checks rows into batches; this one
    /// stages them. At most a few batches are in flight, so memory stays constant.
    Status stageRows()
    {
        PredictionRowReader reader(*m_csv, m_columns, PredictionFields::LabelDomain(m_dataset.labelDomain));
        m_nextRow = m_baseRows;
        for (;;) {
            auto next = reader.next();
            if (!next) {
                return next.error();
            }
            const std::unique_ptr<PredictionRowBatch> batch = std::move(next.value());
            if (!batch) {
                return {};
            }
            if (m_progress && !m_progress(reader.bytesRead(), m_csv->fileSize())) {
                return Error(ErrorCode::Cancelled,
                             Tr::tr("the import of %1 was cancelled; nothing was stored").arg(file()));
            }
            for (size_t r = 0; r < batch->rows.size(); ++r) {
                if (auto s = stageRow(*batch, r); !s) {
                    return s;
                }
            }
        }
    }

    Status stageRow(const PredictionRowBatch& batch, size_t r)
    {
        const PredictionRowBatch::Row& row = batch.rows[r];
        const std::string_view id = batch.view(row.id);
        const std::string_view label = batch.view(row.label);
        const std::string_view groups = batch.view(row.groups);
        const double* scores = batch.scores.data() + r * size_t(m_targets.size());
        qint64 rowNo = -1;
        if (!m_create) {
            auto found = findStored(row, id, label);
            if (!found) {
                return found.error();
            }
            rowNo = found.value();
        }
        if (rowNo < 0) {
            rowNo = m_nextRow++;
            if (auto s = m_samples->add({id, label, groups, rowNo, row.number, row.line}); !s) {
                return s;
            }
            if (auto s = m_labels->put(row.labelCode); !s) {
                return s;
            }
            if (auto s = m_groups->put(groups); !s) {
                return s;
            }
            if (!m_create) {
                m_seen.push_back(true);
            }
            m_samplesHash.add(id, label, groups);
        }
        return m_create ? m_chunks->put(scores) : m_stage->stage(rowNo, scores);
    }

    /// The row number of a sample the dataset has already (-1 for a new one), refusing a changed label, a sample
    /// given twice, and a new sample for a locked dataset.
    Result<qint64> findStored(const PredictionRowBatch::Row& row, std::string_view id, std::string_view label)
    {
        auto hit = m_lookup->find(id);
        if (!hit) {
            return hit.error();
        }
        if (!hit.value()) {
            if (m_dataset.locked) {
                return rowError(row, m_columns.id,
                                Tr::tr("sample \"%1\" is not in the locked dataset %2; a locked dataset's samples "
                                       "never change")
                                    .arg(qs(id), m_dataset.name),
                                ErrorCode::Rule);
            }
            return qint64(-1);
        }
        const SampleLookup::Found& stored = *hit.value();
        if (stored.label.has_value() != m_labelled || (m_labelled && *stored.label != label)) {
            const QString was = stored.label ? Tr::tr("label \"%1\"").arg(qs(*stored.label)) : Tr::tr("no label");
            return rowError(
                row, m_columns.label >= 0 ? m_columns.label : m_columns.id,
                Tr::tr("sample \"%1\" has %2 in dataset %3; its label cannot change").arg(qs(id), was, m_dataset.name));
        }
        if (m_seen[size_t(stored.rowNo)]) {
            return rowError(row, m_columns.id, Tr::tr("sample ID \"%1\" appears twice in the file").arg(qs(id)));
        }
        m_seen[size_t(stored.rowNo)] = true;
        ++m_matched;
        return stored.rowNo;
    }

    // 4. Store ------------------------------------------------------------------------------------------------------

    /// Predictions for a locked dataset cover exactly its samples.
    Status checkCoverage()
    {
        if (m_create || !m_dataset.locked || m_matched == m_baseRows) {
            return {};
        }
        const qint64 missing = qint64(std::find(m_seen.begin(), m_seen.end(), false) - m_seen.begin());
        QString example;
        auto find = m_datasets.forEachSample(m_dataset.id, [&](qint64 rowNo, std::string_view sampleId, auto, auto) {
            if (rowNo == missing) {
                example = qs(sampleId);
                return false;
            }
            return true;
        });
        if (!find) {
            return find;
        }
        return Error(ErrorCode::Rule,
                     Tr::tr("%1 lacks %2 of the %3 samples of the locked dataset %4 (for example \"%5\"); "
                            "predictions for a locked dataset must cover exactly its samples")
                         .arg(file())
                         .arg(m_baseRows - m_matched)
                         .arg(m_baseRows)
                         .arg(m_dataset.name, example));
    }

    Status storeRows()
    {
        if (auto s = m_samples->finish(); !s) {
            return s;
        }
        if (auto s = m_labels->flush(); !s) {
            return s;
        }
        if (auto s = m_groups->flush(); !s) {
            return s;
        }
        if (!m_create) {
            // The staged scores in row order; rows this file does not cover have no score (NaN).
            const std::vector<double> none(size_t(m_targets.size()), std::numeric_limits<double>::quiet_NaN());
            qint64 next = 0;
            auto fillTo = [&](qint64 end) -> Status {
                for (; next < end; ++next) {
                    if (auto s = m_chunks->put(none.data()); !s) {
                        return s;
                    }
                }
                return {};
            };
            auto written = m_stage->forEachRow([&](qint64 rowNo, const double* scores) -> Status {
                if (auto s = fillTo(rowNo); !s) {
                    return s;
                }
                ++next;
                return m_chunks->put(scores);
            });
            if (!written) {
                return written;
            }
            if (auto s = fillTo(m_nextRow); !s) {
                return s;
            }
            m_stage.reset();
        }
        return m_chunks->flush();
    }

    /// The feature columns, read again from the file now that its rows are known to be good.
    Status storeFeatures()
    {
        if (m_req.mapping.features.isEmpty()) {
            return {};
        }
        if (!m_create) {
            return Error(ErrorCode::Rule,
                         Tr::tr("%1: dataset %2 exists; features are stored with the file that creates a dataset")
                             .arg(file(), m_dataset.name));
        }
        FeatureImport features;
        features.file = file();
        features.fileSha256 = m_csv->sha256Hex();
        features.datasetId = m_dataset.id;
        features.fileId = m_fileId;
        features.rows = m_nextRow;
        features.features = m_req.mapping.features;
        features.reserved = QStringList {m_req.mapping.idColumn, m_req.mapping.labelColumn};
        for (const Target& t : m_targets) {
            features.reserved.append(t.score.column);
        }
        auto stored = features.run(m_ctx.database(), m_ctx.write());
        if (!stored) {
            return stored.error();
        }
        m_features = stored.value();
        for (const DatasetFeature& f : m_features) {
            m_outcome.features.append(f.numeric
                                          ? Tr::tr("%1 (numeric)").arg(f.name)
                                          : Tr::tr("%1 (categorical, %2 values)").arg(f.name).arg(f.categories.size()));
        }
        return {};
    }

    // 5. Record -----------------------------------------------------------------------------------------------------

    Status record()
    {
        DatasetFile f;
        f.id = m_fileId;
        f.datasetId = m_dataset.id;
        f.fileName = QFileInfo(file()).fileName();
        f.sha256 = m_csv->sha256Hex();
        f.sizeBytes = m_csv->bytesRead();
        f.rowCount = m_csv->recordNumber() - 1;
        f.columns = m_columns.names;
        f.samplesAdded = m_nextRow - m_baseRows;
        auto samplesDigest = m_samplesHash.finish();
        if (!samplesDigest) {
            return samplesDigest.error();
        }
        f.samplesSha256 = samplesDigest.value();
        f.importedAtMs = m_ctx.nowMs();
        f.importedBy = m_ctx.session().actor;
        m_outcome.datasetCreated = m_create;
        m_outcome.rows = f.rowCount;
        m_outcome.samplesAdded = f.samplesAdded;
        m_outcome.fileSha256 = f.sha256;

        auto sets = newSets(f);
        if (!sets) {
            return sets.error();
        }
        if (sets.value().isEmpty() && f.samplesAdded == 0) {
            return Error(ErrorCode::AlreadyExists,
                         Tr::tr("%1: these predictions are already in dataset %2; nothing "
                                "to import")
                             .arg(file(), m_dataset.name));
        }
        if (m_create) {
            if (auto s = recordDataset(); !s) {
                return s;
            }
        }
        if (auto s = recordFile(f); !s) {
            return s;
        }
        for (const auto& [set, target] : sets.value()) {
            if (auto s = recordSet(set, target, f); !s) {
                return s;
            }
        }
        return {};
    }

    /// The prediction sets to store, with the version each is for; refuses a set stored before with other scores.
    Result<QList<std::pair<PredictionSet, Target>>> newSets(const DatasetFile& f)
    {
        QList<std::pair<PredictionSet, Target>> sets;
        for (qsizetype k = 0; k < m_targets.size(); ++k) {
            const Target& t = m_targets[k];
            auto computed = m_chunks->digest(size_t(k));
            if (!computed) {
                return computed.error();
            }
            const QString name = t.score.model + u'/' + t.score.version;
            if (t.existing) {
                if (t.existing->contentSha256 == computed.value() && f.samplesAdded == 0) {
                    m_outcome.unchanged.append(name);
                    continue;
                }
                return Error(ErrorCode::Rule,
                             Tr::tr("the predictions of %1 on dataset %2 were imported before with different "
                                    "scores; imported predictions are frozen and are not overwritten, so "
                                    "nothing was imported")
                                 .arg(name, m_dataset.name));
            }
            PredictionSet set;
            set.id = t.setId;
            set.versionId = t.versionId;
            set.datasetId = m_dataset.id;
            set.fileId = f.id;
            set.scoreColumn = t.score.column;
            set.sampleCount = m_chunks->present(size_t(k));
            set.contentSha256 = computed.value();
            set.importedAtMs = m_ctx.nowMs();
            set.importedBy = m_ctx.session().actor;
            sets.append({set, t});
            m_outcome.imported.append(name);
        }
        return sets;
    }

    Status recordDataset()
    {
        AuditRecord created;
        created.action = AuditAction::DatasetCreated;
        created.change = ChangeKind::Create;
        created.entityType = QStringLiteral("dataset");
        created.entityId = m_dataset.name;
        created.after = QJsonObject {
            {QStringLiteral("name"), m_dataset.name},
            {QStringLiteral("role"), nameOf(m_dataset.role)},
            {QStringLiteral("locked"), m_dataset.locked},
            {QStringLiteral("label_domain"), QJsonArray::fromStringList(m_dataset.labelDomain)},
            {QStringLiteral("group_columns"), QJsonArray::fromStringList(m_dataset.groupColumns)},
        };
        auto e = m_ctx.record(created);
        return e ? Status() : Status(e.error());
    }

    Status recordFile(const DatasetFile& f)
    {
        if (auto r = m_datasets.insertFile(m_ctx.write(), f); !r) {
            return r;
        }
        AuditRecord event;
        event.action = AuditAction::DatasetFileImported;
        event.change = ChangeKind::Create;
        event.entityType = QStringLiteral("dataset");
        event.entityId = m_dataset.name;
        event.after = QJsonObject {
            {QStringLiteral("file"), f.fileName},
            {QStringLiteral("sha256"), f.sha256},
            {QStringLiteral("size_bytes"), f.sizeBytes},
            {QStringLiteral("rows"), f.rowCount},
            {QStringLiteral("columns"), QJsonArray::fromStringList(f.columns)},
            {QStringLiteral("samples_added"), f.samplesAdded},
            {QStringLiteral("samples_sha256"), f.samplesSha256},
        };
        if (!m_features.isEmpty()) {
            QJsonArray features;
            for (const DatasetFeature& feature : m_features) {
                features.append(QJsonObject {
                    {QStringLiteral("name"), feature.name},
                    {QStringLiteral("type"),
                     feature.numeric ? QStringLiteral("numeric") : QStringLiteral("categorical")},
                    {QStringLiteral("categories"), feature.categories.size()},
                    {QStringLiteral("missing"), feature.missing},
                    {QStringLiteral("content_sha256"), feature.contentSha256},
                });
            }
            event.after->insert(QStringLiteral("features"), features);
        }
        auto e = m_ctx.record(event);
        return e ? Status() : Status(e.error());
    }

    Status recordSet(const PredictionSet& set, const Target& t, const DatasetFile& f)
    {
        if (auto r = m_datasets.insertPredictionSet(m_ctx.write(), set); !r) {
            return r;
        }
        AuditRecord event;
        event.action = AuditAction::PredictionSetImported;
        event.change = ChangeKind::Create;
        event.entityType = QStringLiteral("prediction_set");
        event.entityId = t.score.model + u'/' + t.score.version + u'@' + m_dataset.name;
        event.after = QJsonObject {
            {QStringLiteral("model"), t.score.model},
            {QStringLiteral("version"), t.score.version},
            {QStringLiteral("dataset"), m_dataset.name},
            {QStringLiteral("file_sha256"), f.sha256},
            {QStringLiteral("score_column"), set.scoreColumn},
            {QStringLiteral("samples"), set.sampleCount},
            {QStringLiteral("content_sha256"), set.contentSha256},
        };
        auto e = m_ctx.record(event);
        return e ? Status() : Status(e.error());
    }

    CommandContext& m_ctx;
    const PredictionImportRequest& m_req;
    const ProgressFn& m_progress;
    ImportPredictionsCommand::Outcome& m_outcome;
    DatasetTable m_datasets;
    RegistryTable m_registry;

    Dataset m_dataset;
    bool m_create = false;
    bool m_labelled = false;
    QList<Target> m_targets;
    std::unique_ptr<CsvReader> m_csv;
    PredictionColumns m_columns;

    qint64 m_fileId = 0;
    std::unique_ptr<ValueChunks> m_chunks;
    std::unique_ptr<SampleWriter> m_samples;
    std::unique_ptr<LabelChunks> m_labels;
    std::unique_ptr<GroupChunks> m_groups;
    std::optional<SampleLookup> m_lookup;
    std::unique_ptr<ScoreStage> m_stage;
    qint64 m_baseRows = 0;
    qint64 m_nextRow = 0;
    qint64 m_matched = 0;
    std::vector<bool> m_seen;
    SampleDigest m_samplesHash;
    QList<DatasetFeature> m_features;
};
} // namespace

ImportPredictionsCommand::ImportPredictionsCommand(PredictionImportRequest request, ProgressFn progress)
    : m_request(std::move(request))
    , m_progress(std::move(progress))
{ }

QString ImportPredictionsCommand::description() const
{
    return Tr::tr("import predictions from %1 into dataset %2")
        .arg(QFileInfo(m_request.file).fileName(), m_request.dataset);
}

Status ImportPredictionsCommand::apply(CommandContext& ctx)
{
    m_outcome = {};
    return ImportRun(ctx, m_request, m_progress, m_outcome).run();
}

AttachDatasetEvidenceCommand::AttachDatasetEvidenceCommand(QString dataset, QString kind, QString source,
                                                           QJsonObject content)
    : m_dataset(std::move(dataset))
    , m_kind(std::move(kind))
    , m_source(std::move(source))
    , m_content(std::move(content))
{ }

QString AttachDatasetEvidenceCommand::description() const
{
    return Tr::tr("attach %1 to dataset %2").arg(m_kind, m_dataset);
}

Status AttachDatasetEvidenceCommand::apply(CommandContext& ctx)
{
    DatasetTable table(ctx.database());
    auto found = table.dataset(m_dataset);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return Error(ErrorCode::NotFound, Tr::tr("there is no dataset %1 in the workspace").arg(m_dataset));
    }
    auto attached = attachEvidence(ctx, AttachmentStore::Owner::Dataset, found.value()->id,
                                   Tr::tr("dataset %1").arg(m_dataset), m_kind, m_source, m_content);
    if (!attached) {
        return attached.error();
    }
    const EvidenceAttachment& a = attached.value();
    AuditRecord record;
    record.action = AuditAction::DatasetEvidenceAttached;
    record.change = ChangeKind::Create;
    record.entityType = QStringLiteral("dataset");
    record.entityId = m_dataset;
    QJsonObject summary = m_content.value(QStringLiteral("summary")).toObject();
    record.after = QJsonObject {
        {QStringLiteral("kind"), m_kind},
        {QStringLiteral("source"), m_source},
        {QStringLiteral("sha256"), a.sha256},
        {QStringLiteral("summary"), summary},
    };
    if (auto e = ctx.record(record); !e) {
        return e.error();
    }
    return {};
}

} // namespace cs
