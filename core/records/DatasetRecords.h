#pragma once

#include "util/EnumNames.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

/// What a dataset is for. Validation and challenge sets are locked: their samples and labels never change, and every
/// later prediction file for them must carry exactly the same samples.
enum class DatasetRole
{
    Validation,
    Challenge,
    DriftReference,
    ProductionWindow,
};

template<>
struct EnumNames<DatasetRole>
{
    static constexpr const char* context = "cs::DatasetRole";
    static constexpr EnumName<DatasetRole> table[] = {
        {DatasetRole::Validation, "validation", QT_TRANSLATE_NOOP("cs::DatasetRole", "Validation set")},
        {DatasetRole::Challenge, "challenge", QT_TRANSLATE_NOOP("cs::DatasetRole", "Challenge set")},
        {DatasetRole::DriftReference, "drift-reference", QT_TRANSLATE_NOOP("cs::DatasetRole", "Drift reference")},
        {DatasetRole::ProductionWindow, "production-window", QT_TRANSLATE_NOOP("cs::DatasetRole", "Production window")},
    };
};

namespace DatasetRoles {
/// Whether datasets of this role are locked by default.
bool lockedByDefault(DatasetRole role);
} // namespace DatasetRoles

/// A set of samples (de-identified: a sample ID, a label, subgroup values) that model versions are evaluated on.
struct Dataset
{
    qint64 id = 0;
    QString name;
    DatasetRole role = DatasetRole::Validation;
    bool locked = true;
    QStringList labelDomain; ///< the allowed labels, e.g. {"0", "1"}
    QStringList groupColumns; ///< subgroup columns, e.g. {"sex", "age_band"}
    qint64 createdAtMs = 0;
    QString createdBy;
    qint64 sampleCount = 0; ///< filled when read
};

/// How a sample's label is kept beside the scores, one byte a row in row order (dataset_label_chunk): its index in
/// the dataset's label domain, or one of the codes below. The statistics read these bytes instead of the samples.
namespace LabelCodes {
constexpr quint8 kUnlabelled = 254; ///< a sample without a label
constexpr quint8 kNoSample = 255; ///< no sample has this row number
constexpr qsizetype kMaxDomain = 254; ///< labels a domain may have, so that every index fits below the codes
} // namespace LabelCodes

/// How a sample's subgroup values are kept beside the scores (dataset_group_chunk): each chunk of rows lists the
/// distinct groups_json texts of its samples, one a line (JSON text holds no raw line break), and gives each row, two
/// bytes little-endian, the index of its sample's text in that list, or kNoSample. The statistics read these instead
/// of the samples, and parse each distinct text once.
namespace GroupCodes {
constexpr quint16 kNoSample = 0xFFFF; ///< no sample has this row number
constexpr char kSeparator = '\n'; ///< between the texts of a chunk
} // namespace GroupCodes

/// One file imported for a dataset: what it was (name, SHA-256, size, header) and what it added.
struct DatasetFile
{
    qint64 id = 0;
    qint64 datasetId = 0;
    QString fileName;
    QString sha256;
    qint64 sizeBytes = 0;
    qint64 rowCount = 0;
    QStringList columns;
    qint64 samplesAdded = 0;
    QString samplesSha256; ///< digest of the samples this file added, in the order added (docs/registry.md)
    qint64 importedAtMs = 0;
    QString importedBy;
};

/// The scores one model version gave the samples of one dataset. Frozen once imported.
struct PredictionSet
{
    qint64 id = 0;
    qint64 versionId = 0;
    qint64 datasetId = 0;
    qint64 fileId = 0;
    QString scoreColumn;
    qint64 sampleCount = 0;
    QString contentSha256; ///< digest of the stored scores (docs/registry.md)
    qint64 importedAtMs = 0;
    QString importedBy;
};

} // namespace cs
