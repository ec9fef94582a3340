#include "GreatExpectations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::GreatExpectations)
};

constexpr qint64 kMaxBytes = 64 << 20;
} // namespace

Result<QJsonObject> GreatExpectationsResult::read(const QString& path)
{
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        return Error(ErrorCode::NotFound, Tr::tr("%1 does not exist").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, Tr::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    }
    if (file.size() > kMaxBytes) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("%1 is larger than %2 MiB; not a validation result").arg(path).arg(kMaxBytes >> 20));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(
            ErrorCode::InvalidArgument,
            Tr::tr("%1 is not JSON: %2 at byte %3").arg(path, parseError.errorString()).arg(parseError.offset));
    }
    if (!doc.isObject()) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("%1: a validation result is a JSON object").arg(path));
    }
    const QJsonObject root = doc.object();
    auto missing = [&](const QString& field, const QString& kind) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("%1: field \"%2\" is missing or not %3; is this a Great Expectations validation result?")
                         .arg(path, field, kind));
    };
    if (!root.value(QStringLiteral("success")).isBool()) {
        return missing(QStringLiteral("success"), Tr::tr("true or false"));
    }
    if (!root.value(QStringLiteral("results")).isArray()) {
        return missing(QStringLiteral("results"), Tr::tr("a list"));
    }
    if (!root.value(QStringLiteral("statistics")).isObject()) {
        return missing(QStringLiteral("statistics"), Tr::tr("an object"));
    }
    const QJsonObject meta = root.value(QStringLiteral("meta")).toObject();
    QString suite = root.value(QStringLiteral("suite_name")).toString();
    if (suite.isEmpty()) {
        suite = meta.value(QStringLiteral("expectation_suite_name")).toString();
    }
    const QJsonObject stats = root.value(QStringLiteral("statistics")).toObject();
    QJsonArray expectations;
    const QJsonArray results = root.value(QStringLiteral("results")).toArray();
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject r = results.at(i).toObject();
        const QString where = QStringLiteral("results[%1]").arg(i);
        if (!r.value(QStringLiteral("success")).isBool()) {
            return missing(where + QStringLiteral(".success"), Tr::tr("true or false"));
        }
        const QJsonObject config = r.value(QStringLiteral("expectation_config")).toObject();
        QString type = config.value(QStringLiteral("type")).toString();
        if (type.isEmpty()) {
            type = config.value(QStringLiteral("expectation_type")).toString();
        }
        if (type.isEmpty()) {
            return missing(where + QStringLiteral(".expectation_config.type"), Tr::tr("a name"));
        }
        const QJsonObject kwargs = config.value(QStringLiteral("kwargs")).toObject();
        QJsonObject e {{QStringLiteral("type"), type},
                       {QStringLiteral("success"), r.value(QStringLiteral("success")).toBool()},
                       {QStringLiteral("kwargs"), kwargs}};
        if (kwargs.contains(QStringLiteral("column"))) {
            e.insert(QStringLiteral("column"), kwargs.value(QStringLiteral("column")));
        }
        const QJsonObject result = r.value(QStringLiteral("result")).toObject();
        for (const char* key : {"unexpected_count", "unexpected_percent", "element_count", "observed_value"}) {
            if (result.contains(QLatin1String(key))) {
                e.insert(QLatin1String(key), result.value(QLatin1String(key)));
            }
        }
        expectations.append(e);
    }
    const qint64 evaluated = stats.value(QStringLiteral("evaluated_expectations")).toInteger(results.size());
    const qint64 successful = stats.value(QStringLiteral("successful_expectations")).toInteger(-1);
    QJsonObject summary {
        {QStringLiteral("suite"), suite},
        {QStringLiteral("success"), root.value(QStringLiteral("success")).toBool()},
        {QStringLiteral("evaluated"), evaluated},
        {QStringLiteral("successful"), successful},
        {QStringLiteral("gx_version"), meta.value(QStringLiteral("great_expectations_version")).toString()},
    };
    return QJsonObject {
        {QStringLiteral("format"), QStringLiteral("great-expectations-validation-result")},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("run_id"), meta.value(QStringLiteral("run_id"))},
        {QStringLiteral("expectations"), expectations},
    };
}

} // namespace cs
