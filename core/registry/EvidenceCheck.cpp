#include "EvidenceCheck.h"

#include "crypto/Sha256.h"
#include "json/CanonicalJson.h"
#include "records/AuditAction.h"
#include "registry/SampleDigest.h"
#include "store/AuditEventTable.h"
#include "store/DatasetTables.h"
#include "store/DriftTables.h"
#include "store/EvidenceReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::EvidenceCheck)
};

struct Recorded
{
    qint64 seq = 0;
    QString entity;
    QJsonObject after;
};

/// The audit events of `action`, in order.
Result<QList<Recorded>> events(Database& db, AuditAction action)
{
    auto stored = AuditEventTable(db).withAction(nameOf(action));
    if (!stored) {
        return stored.error();
    }
    QList<Recorded> recorded;
    recorded.reserve(stored->size());
    for (const AuditEvent& e : stored.value()) {
        recorded.append({e.seq, e.entityId, QJsonDocument::fromJson(e.after).object()});
    }
    return recorded;
}

Status checkVersions(Database& db, VerificationReport& report)
{
    auto recorded = events(db, AuditAction::VersionImported);
    auto stored = EvidenceReader(db).versionEvidence();
    if (!recorded || !stored) {
        return recorded ? stored.error() : recorded.error();
    }
    for (const Recorded& e : recorded.value()) {
        if (!stored->contains(e.entity)) {
            report.findings.append({Finding::Kind::EvidenceAltered, e.seq,
                                    Tr::tr("model version %1, imported by event %2, is no longer in the workspace")
                                        .arg(e.entity)
                                        .arg(e.seq)});
            continue;
        }
        const QJsonObject evidence = QJsonDocument::fromJson(stored->value(e.entity)).object();
        const QString digest = CanonicalJson::sha256Hex(evidence).value_or(QString());
        if (digest != e.after.value(QStringLiteral("evidence_sha256")).toString()) {
            report.findings.append({Finding::Kind::EvidenceAltered, e.seq,
                                    Tr::tr("the evidence of model version %1 no longer matches the digest recorded by "
                                           "event %2")
                                        .arg(e.entity)
                                        .arg(e.seq)});
        }
    }
    return {};
}

Status checkDatasetFiles(Database& db, VerificationReport& report, const std::function<bool()>& cancelled)
{
    EvidenceReader reader(db);
    auto recorded = events(db, AuditAction::DatasetFileImported);
    auto files = reader.datasetFiles();
    if (!recorded || !files) {
        return recorded ? files.error() : recorded.error();
    }
    // Events and files pair up in order, per dataset.
    QMap<QString, QList<Recorded>> byDataset;
    for (const Recorded& e : recorded.value()) {
        byDataset[e.entity].append(e);
    }
    QMap<QString, int> used;
    for (const EvidenceReader::FileOwner& f : files.value()) {
        if (cancelled && cancelled()) {
            return Error(ErrorCode::Cancelled, Tr::tr("verification cancelled"));
        }
        const QList<Recorded>& list = byDataset[f.dataset];
        const int index = used[f.dataset]++;
        if (index >= list.size()) {
            report.findings.append({Finding::Kind::EvidenceAltered, 0,
                                    Tr::tr("dataset %1 has a file that no audit event recorded").arg(f.dataset)});
            continue;
        }
        const Recorded& e = list.at(index);
        // Recomputed the way the event recorded it (version 2 since issue #12, version 1 before).
        SampleDigest hash(SampleDigest::versionOf(e.after.value(QStringLiteral("samples_sha256")).toString()));
        qint64 count = 0;
        auto read = reader.forEachFileSample(f.fileId,
                                             [&](std::string_view id, std::string_view label, std::string_view groups) {
                                                 hash.add(id, label, groups);
                                                 ++count;
                                             });
        if (!read) {
            return read;
        }
        auto digest = hash.finish();
        if (!digest) {
            return digest.error();
        }
        if (f.samplesAdded != e.after.value(QStringLiteral("samples_added")).toInteger()) {
            report.findings.append({Finding::Kind::EvidenceAltered, e.seq,
                                    Tr::tr("the record of %1 in dataset %2 says it added %3 samples; event %4 "
                                           "recorded %5")
                                        .arg(e.after.value(QStringLiteral("file")).toString(), f.dataset)
                                        .arg(f.samplesAdded)
                                        .arg(e.seq)
                                        .arg(e.after.value(QStringLiteral("samples_added")).toInteger())});
        }
        if (digest.value() != e.after.value(QStringLiteral("samples_sha256")).toString() ||
            count != e.after.value(QStringLiteral("samples_added")).toInteger()) {
            report.findings.append({Finding::Kind::EvidenceAltered, e.seq,
                                    Tr::tr("the samples of dataset %1 added from %2 no longer match what event %3 "
                                           "recorded (%4 samples now, %5 then)")
                                        .arg(f.dataset, e.after.value(QStringLiteral("file")).toString())
                                        .arg(e.seq)
                                        .arg(count)
                                        .arg(e.after.value(QStringLiteral("samples_added")).toInteger())});
        }
    }
    return {};
}

/// Whether reading a kept chunk failed because the chunk is damaged: that is a finding, and the check of the dataset
/// ends; any other failure stops verification.
template<typename T>
Result<bool> damaged(const Result<T>& read, VerificationReport& report)
{
    if (read) {
        return false;
    }
    if (read.error().code != ErrorCode::Corrupt) {
        return read.error();
    }
    report.findings.append({Finding::Kind::EvidenceAltered, 0, read.error().message});
    return true;
}

/// The labels kept beside the scores (dataset_label_chunk) are derived from the samples: both must agree, row by row.
Status checkKeptLabels(DatasetTable& table, const Dataset& d, VerificationReport& report)
{
    qint64 outside = 0;
    auto derived = table.labelCodesFromSamples(d, &outside);
    if (!derived) {
        return derived.error();
    }
    if (!derived.value()) {
        report.findings.append({Finding::Kind::EvidenceAltered, 0,
                                Tr::tr("dataset %1 has a sample at row %2 with a row number or label outside "
                                       "its %3 recorded samples and its labels")
                                    .arg(d.name)
                                    .arg(outside + 1)
                                    .arg(d.sampleCount)});
        return {};
    }
    const std::vector<quint8>& expected = *derived.value();
    auto stored = table.labelCodes(d.id, d.sampleCount);
    auto bad = damaged(stored, report);
    if (!bad) {
        return bad.error();
    }
    if (bad.value()) {
        return {};
    }
    const auto differs = std::mismatch(expected.begin(), expected.end(), stored->begin());
    if (differs.first != expected.end()) {
        report.findings.append({Finding::Kind::EvidenceAltered, 0,
                                Tr::tr("the labels kept for the statistics of dataset %1 differ from its samples "
                                       "at row %2")
                                    .arg(d.name)
                                    .arg(qint64(differs.first - expected.begin()) + 1)});
    }
    return {};
}

/// The subgroups kept beside the labels (dataset_group_chunk, schema 12) are derived from the samples too: each row's
/// text must be its sample's groups_json, and a row no sample has must have none.
Status checkKeptGroups(DatasetTable& table, const Dataset& d, VerificationReport& report)
{
    auto derived = table.groupsFromSamples(d);
    if (!derived) {
        return derived.error();
    }
    if (!derived.value()) {
        return {}; // checkKeptLabels reports the sample outside the dataset
    }
    auto stored = table.groupCodes(d.id, d.sampleCount);
    auto bad = damaged(stored, report);
    if (!bad) {
        return bad.error();
    }
    if (bad.value()) {
        return {};
    }
    const DatasetTable::RowGroups& expected = *derived.value();
    constexpr quint32 kNone = DatasetTable::RowGroups::kNone;
    for (size_t row = 0; row < expected.textOf.size(); ++row) {
        const quint32 e = expected.textOf[row];
        const quint32 s = stored->textOf[row];
        if ((e == kNone) != (s == kNone) || (e != kNone && expected.texts[e] != stored->texts[s])) {
            report.findings.append({Finding::Kind::EvidenceAltered, 0,
                                    Tr::tr("the subgroups kept for the statistics of dataset %1 differ from its "
                                           "samples at row %2")
                                        .arg(d.name)
                                        .arg(qint64(row) + 1)});
            break;
        }
    }
    return {};
}

/// Every dataset's kept labels and, with `groups` (schema 12 on), its kept subgroups.
Status checkKeptChunks(Database& db, VerificationReport& report, const std::function<bool()>& cancelled, bool groups)
{
    DatasetTable table(db);
    auto datasets = table.datasets();
    if (!datasets) {
        return datasets.error();
    }
    for (const Dataset& d : datasets.value()) {
        if (cancelled && cancelled()) {
            return Error(ErrorCode::Cancelled, Tr::tr("verification cancelled"));
        }
        if (auto s = checkKeptLabels(table, d, report); !s) {
            return s;
        }
        if (groups) {
            if (auto s = checkKeptGroups(table, d, report); !s) {
                return s;
            }
        }
    }
    return {};
}

Status checkPredictionSets(Database& db, VerificationReport& report, const std::function<bool()>& cancelled)
{
    EvidenceReader reader(db);
    auto recorded = events(db, AuditAction::PredictionSetImported);
    auto idOf = reader.predictionSets();
    if (!recorded || !idOf) {
        return recorded ? idOf.error() : recorded.error();
    }
    for (const Recorded& e : recorded.value()) {
        if (cancelled && cancelled()) {
            return Error(ErrorCode::Cancelled, Tr::tr("verification cancelled"));
        }
        if (!idOf->contains(e.entity)) {
            report.findings.append({Finding::Kind::EvidenceAltered, e.seq,
                                    Tr::tr("the predictions %1 recorded by event %2 are no longer in the workspace")
                                        .arg(e.entity)
                                        .arg(e.seq)});
            continue;
        }
        Sha256 hash;
        auto read = reader.forEachScoreChunk(idOf->value(e.entity), [&](std::string_view blob) {
            hash.add(QByteArrayView(blob.data(), qsizetype(blob.size())));
        });
        if (!read) {
            return read;
        }
        auto digest = hash.finishHex();
        if (!digest) {
            return digest.error();
        }
        if (digest.value() != e.after.value(QStringLiteral("content_sha256")).toString()) {
            report.findings.append(
                {Finding::Kind::EvidenceAltered, e.seq,
                 Tr::tr("the scores of %1 no longer match the digest recorded by event %2").arg(e.entity).arg(e.seq)});
        }
    }
    return {};
}
/// Each feature's values (feature_chunk) against the digest the import's event recorded for it.
Status checkFeatures(Database& db, VerificationReport& report, const std::function<bool()>& cancelled)
{
    auto recorded = events(db, AuditAction::DatasetFileImported);
    if (!recorded) {
        return recorded.error();
    }
    DatasetTable datasets(db);
    FeatureTable features(db);
    QSet<qint64> seen;
    for (const Recorded& e : recorded.value()) {
        const QJsonArray listed = e.after.value(QStringLiteral("features")).toArray();
        if (listed.isEmpty()) {
            continue;
        }
        if (cancelled && cancelled()) {
            return Error(ErrorCode::Cancelled, Tr::tr("verification cancelled"));
        }
        auto d = datasets.dataset(e.entity);
        if (!d) {
            return d.error();
        }
        QList<DatasetFeature> stored;
        if (d.value()) {
            auto all = features.features(d.value()->id);
            if (!all) {
                return all.error();
            }
            stored = all.value();
        }
        for (const QJsonValue& v : listed) {
            const QString name = v[u"name"].toString();
            const auto at =
                std::find_if(stored.begin(), stored.end(), [&](const DatasetFeature& f) { return f.name == name; });
            if (at == stored.end()) {
                report.findings.append({Finding::Kind::EvidenceAltered, e.seq,
                                        Tr::tr("feature %1 of dataset %2, recorded by event %3, is no longer in the "
                                               "workspace")
                                            .arg(name, e.entity)
                                            .arg(e.seq)});
                continue;
            }
            seen.insert(at->id);
            Sha256 hash;
            auto read = features.forEachChunk(
                at->id, [&](std::string_view blob) { hash.add(QByteArrayView(blob.data(), qsizetype(blob.size()))); });
            if (!read) {
                return read;
            }
            auto digest = hash.finishHex();
            if (!digest) {
                return digest.error();
            }
            if (digest.value() != v[u"content_sha256"].toString()) {
                report.findings.append({Finding::Kind::EvidenceAltered, e.seq,
                                        Tr::tr("the values of feature %1 of dataset %2 no longer match the digest "
                                               "recorded by event %3")
                                            .arg(name, e.entity)
                                            .arg(e.seq)});
            }
        }
    }
    auto count = features.count();
    if (!count) {
        return count.error();
    }
    if (count.value() != seen.size()) {
        report.findings.append(
            {Finding::Kind::EvidenceAltered, 0,
             Tr::tr("%1 dataset feature(s) were recorded by no audit event").arg(count.value() - seen.size())});
    }
    return {};
}
} // namespace

Status EvidenceCheck::run(Database& db, VerificationReport& report, const std::function<bool()>& cancelled)
{
    EvidenceReader reader(db);
    auto versions = reader.hasTable(QStringLiteral("model_version"));
    auto predictions = reader.hasTable(QStringLiteral("prediction_set"));
    if (!versions || !predictions) {
        return versions ? predictions.error() : versions.error();
    }
    if (versions.value()) {
        if (auto r = checkVersions(db, report); !r) {
            return r;
        }
    }
    if (predictions.value()) {
        if (auto r = checkDatasetFiles(db, report, cancelled); !r) {
            return r;
        }
        auto groups = reader.hasTable(QStringLiteral("dataset_group_chunk")); // schema 12 on
        if (!groups) {
            return groups.error();
        }
        if (auto r = checkKeptChunks(db, report, cancelled, groups.value()); !r) {
            return r;
        }
        if (auto r = checkPredictionSets(db, report, cancelled); !r) {
            return r;
        }
    }
    auto features = reader.hasTable(QStringLiteral("dataset_feature"));
    if (!features) {
        return features.error();
    }
    if (features.value()) {
        return checkFeatures(db, report, cancelled);
    }
    return {};
}

} // namespace cs
