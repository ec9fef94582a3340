#include "FeatureImport.h"

#include "importers/CsvReader.h"
#include "importers/IdentifierScreen.h"
#include "importers/PredictionFields.h"
#include "store/ChunkWriters.h"
#include "store/DatasetTables.h"
#include "store/DriftTables.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <limits>
#include <string>
#include <unordered_map>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::FeatureImport)
};

namespace F = PredictionFields;

struct Column
{
    QString name;
    qsizetype index = -1;
    bool numeric = true;
    bool tooMany = false; ///< more distinct texts than a categorical feature may have
    std::unordered_map<std::string, qsizetype> codes; ///< text -> index in `order`
    std::vector<std::string> order;
};

/// Opens the file and finds each feature's column.
Result<std::unique_ptr<CsvReader>> openWith(const QString& file, std::vector<Column>& columns)
{
    auto reader = CsvReader::open(file);
    if (!reader) {
        return reader.error();
    }
    auto names = reader.value()->header();
    if (!names) {
        return names.error();
    }
    for (Column& c : columns) {
        c.index = names.value().indexOf(c.name);
        if (c.index < 0) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("%1: there is no column \"%2\" for the feature of that name").arg(file, c.name));
        }
    }
    return reader;
}

Status sameFile(const CsvReader& csv, const QString& expected)
{
    if (csv.sha256Hex() != expected) {
        return Error(ErrorCode::Rule,
                     Tr::tr("%1 changed while it was being imported; nothing was stored").arg(csv.path()));
    }
    return {};
}
/// Pass 1: each feature's type, and the texts of the categorical ones in the order first met; screens every text.
Status readTypes(const QString& file, const QString& fileSha256, std::vector<Column>& columns)
{
    auto opened = openWith(file, columns);
    if (!opened) {
        return opened.error();
    }
    CsvReader& csv = *opened.value();
    auto read = csv.forEachRow([&](qint64 row) -> std::optional<Error> {
        for (Column& c : columns) {
            const std::string_view field = csv.field(c.index);
            const F::Number number = F::parseNumber(field);
            if (number.problem == F::Number::Problem::Missing) {
                continue;
            }
            if (!number) {
                c.numeric = false;
                if (!F::isText(field)) {
                    return F::fieldError(file, row, csv.lineNumber(), c.name, Tr::tr("the value is not UTF-8 text"));
                }
                if (const auto rule = IdentifierScreen::valueRule(field)) {
                    return F::fieldError(file, row, csv.lineNumber(), c.name,
                                         Tr::tr("the value looks like %1, a direct identifier; refused").arg(*rule),
                                         ErrorCode::Rule);
                }
            }
            if (!c.tooMany && !c.codes.contains(std::string(field))) {
                if (qsizetype(c.order.size()) == FeatureImport::kMaxCategories) {
                    c.tooMany = true;
                    c.codes.clear();
                    c.order.clear();
                    continue;
                }
                c.codes.emplace(std::string(field), qsizetype(c.order.size()));
                c.order.emplace_back(field);
            }
        }
        return std::nullopt;
    });
    if (!read) {
        return read;
    }
    if (auto s = sameFile(csv, fileSha256); !s) {
        return s;
    }
    return {};
}
} // namespace

Result<QList<DatasetFeature>> FeatureImport::run(Database& db, const WriteAccess& write) const
{
    std::vector<Column> columns;
    QSet<QString> seen;
    for (const QString& name : features) {
        if (seen.contains(name)) {
            return Error(ErrorCode::InvalidArgument, Tr::tr("%1: feature %2 is named twice").arg(file, name));
        }
        seen.insert(name);
        if (reserved.contains(name)) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("%1: column %2 is the sample ID, the label or a score, not a feature").arg(file, name));
        }
        if (const auto rule = IdentifierScreen::columnRule(name)) {
            return Error(ErrorCode::Rule,
                         Tr::tr("%1: column \"%2\" looks like it holds %3, a direct identifier; "
                                "it cannot be a feature")
                             .arg(file, name, *rule));
        }
        Column c;
        c.name = name;
        columns.push_back(std::move(c));
    }

    // Pass 1: each feature's type, and the texts of the categorical ones in the order first met.
    if (auto s1 = readTypes(file, fileSha256, columns); !s1) {
        return s1.error();
    }
    for (const Column& c : columns) {
        if (!c.numeric && c.tooMany) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("%1: feature %2 is not numeric and has more than %3 distinct values; a categorical "
                                "feature takes at most %3")
                             .arg(file, c.name)
                             .arg(kMaxCategories));
        }
    }

    DatasetTable datasets(db);
    auto nextId = datasets.nextId(QStringLiteral("dataset_feature"));
    if (!nextId) {
        return nextId.error();
    }
    std::vector<qint64> ids;
    std::vector<ValueChunks::Set> sets;
    for (size_t k = 0; k < columns.size(); ++k) {
        ids.push_back(nextId.value() + qint64(k));
        sets.push_back({ids.back(), true});
    }
    auto chunks = ValueChunks::open(db, write, ValueChunks::Table::Features, sets);
    if (!chunks) {
        return chunks.error();
    }

    // Pass 2: the values, in file order.
    qint64 stored = 0;
    {
        auto opened = openWith(file, columns);
        if (!opened) {
            return opened.error();
        }
        CsvReader& csv = *opened.value();
        std::vector<double> row(columns.size());
        constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
        auto read = csv.forEachRow([&](qint64) -> std::optional<Error> {
            for (size_t k = 0; k < columns.size(); ++k) {
                const Column& c = columns[k];
                const std::string_view field = csv.field(c.index);
                const F::Number number = F::parseNumber(field);
                if (number.problem == F::Number::Problem::Missing) {
                    row[k] = kMissing;
                } else if (c.numeric) {
                    row[k] = number.value;
                } else {
                    const auto hit = c.codes.find(std::string(field));
                    row[k] = hit == c.codes.end() ? kMissing : double(hit->second);
                }
            }
            ++stored;
            if (auto s = chunks.value()->put(row.data()); !s) {
                return s.error();
            }
            return std::nullopt;
        });
        if (!read) {
            return read.error();
        }
        if (auto s = sameFile(csv, fileSha256); !s) {
            return s.error();
        }
    }
    if (stored != rows) {
        return Error(ErrorCode::Rule, Tr::tr("%1 changed while it was being imported; nothing was stored").arg(file));
    }
    if (auto s = chunks.value()->flush(); !s) {
        return s.error();
    }

    FeatureTable table(db);
    QList<DatasetFeature> out;
    for (size_t k = 0; k < columns.size(); ++k) {
        const Column& c = columns[k];
        DatasetFeature f;
        f.id = ids[k];
        f.datasetId = datasetId;
        f.fileId = fileId;
        f.ord = int(k);
        f.name = c.name;
        f.numeric = c.numeric;
        if (!c.numeric) {
            for (const std::string& text : c.order) {
                f.categories.append(QString::fromStdString(text));
            }
        }
        f.missing = stored - chunks.value()->present(k);
        auto digest = chunks.value()->digest(k);
        if (!digest) {
            return digest.error();
        }
        f.contentSha256 = digest.value();
        if (auto s = table.insert(write, f); !s) {
            return s.error();
        }
        out.append(f);
    }
    return out;
}

} // namespace cs
