#include "VersionDiff.h"

#include "importers/GitRepository.h"
#include "json/CanonicalJson.h"
#include "json/YamlJson.h"
#include "store/RegistryTables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <functional>

namespace cs {

namespace {
/// A parameter stored as text whose content is a JSON object or array is compared structurally.
QJsonValue structured(const QJsonValue& value)
{
    if (!value.isString()) {
        return value;
    }
    const QString text = value.toString().trimmed();
    if (!(text.startsWith(u'{') || text.startsWith(u'['))) {
        return value;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        return value;
    }
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

QString join(const QString& prefix, const QString& key)
{
    return prefix.isEmpty() ? key : prefix + u'.' + key;
}

/// Calls visit(name, before's value, after's value) for every member name of either object, in RFC 8785 order; a
/// member one object lacks is Undefined there.
void forEachMember(const QJsonObject& before, const QJsonObject& after,
                   const std::function<void(const QString&, QJsonValue, QJsonValue)>& visit)
{
    const CanonicalJson::Members a = CanonicalJson::members(before);
    const CanonicalJson::Members b = CanonicalJson::members(after);
    auto i = a.begin();
    auto j = b.begin();
    const CanonicalJson::Utf16Less less;
    while (i != a.end() || j != b.end()) {
        if (j == b.end() || (i != a.end() && less(i->first, j->first))) {
            visit(i->first, i->second, QJsonValue(QJsonValue::Undefined));
            ++i;
        } else if (i == a.end() || less(j->first, i->first)) {
            visit(j->first, QJsonValue(QJsonValue::Undefined), j->second);
            ++j;
        } else {
            visit(i->first, i->second, j->second);
            ++i;
            ++j;
        }
    }
}

QList<DiffEntry> compareMaps(const QString& section, const QJsonObject& before, const QJsonObject& after,
                             bool structuredValues)
{
    QList<DiffEntry> entries;
    forEachMember(before, after, [&](const QString& key, QJsonValue a, QJsonValue b) {
        if (structuredValues) {
            a = structured(a);
            b = structured(b);
        }
        entries += VersionDiff::compareValues(section, key, a, b);
    });
    return entries;
}

/// "key [dataset digest]" for a value computed on a dataset (MLflow 3), the key alone otherwise.
QString metricName(const QString& key, const QJsonValue& group)
{
    const QJsonObject dataset = group[u"dataset"].toObject();
    return dataset.isEmpty()
        ? key
        : QStringLiteral("%1 [%2 %3]").arg(key, dataset[u"name"].toString(), dataset[u"digest"].toString());
}

/// A run's latest metrics by key, and by key and dataset where values are linked to datasets.
QJsonObject latestMetrics(const QJsonObject& metrics)
{
    QJsonObject values;
    for (auto it = metrics.constBegin(); it != metrics.constEnd(); ++it) {
        values.insert(it.key(), it.value().toObject().value(QStringLiteral("latest")));
        for (const QJsonValue& group : it.value()[u"datasets"].toArray()) {
            values.insert(metricName(it.key(), group), group[u"latest"]);
        }
    }
    return values;
}

/// A logged model's latest metrics by key and dataset.
QJsonObject latestModelMetrics(const QJsonObject& metrics)
{
    QJsonObject values;
    for (auto it = metrics.constBegin(); it != metrics.constEnd(); ++it) {
        for (const QJsonValue& group : it.value().toArray()) {
            values.insert(metricName(it.key(), group), group[u"latest"]);
        }
    }
    return values;
}

/// Artifact files or dataset inputs as a map from their name to their digest.
QJsonObject indexBy(const QJsonArray& list, const QString& key, const QString& value)
{
    QJsonObject map;
    for (const QJsonValue& item : list) {
        map.insert(item[key].toString(), item[value]);
    }
    return map;
}
} // namespace

QList<DiffEntry> VersionDiff::compareValues(const QString& section, const QString& prefix, const QJsonValue& before,
                                            const QJsonValue& after)
{
    if (before == after) {
        return {};
    }
    if (before.isUndefined()) {
        return {{section, prefix, DiffEntry::Kind::Added, QJsonValue(), after, QString()}};
    }
    if (after.isUndefined()) {
        return {{section, prefix, DiffEntry::Kind::Removed, before, QJsonValue(), QString()}};
    }
    if (before.isObject() && after.isObject()) {
        QList<DiffEntry> entries;
        forEachMember(before.toObject(), after.toObject(), [&](const QString& key, QJsonValue a, QJsonValue b) {
            entries += compareValues(section, join(prefix, key), a, b);
        });
        return entries;
    }
    if (before.isArray() && after.isArray()) {
        QList<DiffEntry> entries;
        const QJsonArray a = before.toArray();
        const QJsonArray b = after.toArray();
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            entries += compareValues(section, prefix + QStringLiteral("[%1]").arg(i),
                                     i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Undefined),
                                     i < b.size() ? b.at(i) : QJsonValue(QJsonValue::Undefined));
        }
        return entries;
    }
    return {{section, prefix, DiffEntry::Kind::Changed, before, after, QString()}};
}

VersionDiff VersionDiff::between(const ModelVersion& from, const ModelVersion& to)
{
    VersionDiff d;
    d.model = from.modelName;
    d.from = from.label;
    d.to = to.label;
    const QJsonObject& a = from.evidence;
    const QJsonObject& b = to.evidence;
    d.entries += compareMaps(QStringLiteral("params"), a[u"params"].toObject(), b[u"params"].toObject(), true);
    d.entries += compareMaps(QStringLiteral("metrics"), latestMetrics(a[u"metrics"].toObject()),
                             latestMetrics(b[u"metrics"].toObject()), false);
    d.entries += compareMaps(QStringLiteral("tags"), a[u"tags"].toObject(), b[u"tags"].toObject(), false);
    d.entries += compareValues(QStringLiteral("registry"), QStringLiteral("stage"), a[u"registry"][u"stage"],
                               b[u"registry"][u"stage"]);
    d.entries += compareValues(QStringLiteral("registry"), QStringLiteral("aliases"), a[u"registry"][u"aliases"],
                               b[u"registry"][u"aliases"]);
    d.entries += compareValues(QStringLiteral("code"), QStringLiteral("commit"), QJsonValue(from.codeCommit),
                               QJsonValue(to.codeCommit));
    d.entries += compareMaps(
        QStringLiteral("artifacts"),
        indexBy(a[u"artifacts"][u"files"].toArray(), QStringLiteral("path"), QStringLiteral("sha256")),
        indexBy(b[u"artifacts"][u"files"].toArray(), QStringLiteral("path"), QStringLiteral("sha256")), false);
    d.entries += compareMaps(QStringLiteral("inputs"),
                             indexBy(a[u"inputs"].toArray(), QStringLiteral("name"), QStringLiteral("digest")),
                             indexBy(b[u"inputs"].toArray(), QStringLiteral("name"), QStringLiteral("digest")), false);
    // MLflow 3: the logged model each version is.
    const QJsonObject modelA = a[u"logged_model"].toObject();
    const QJsonObject modelB = b[u"logged_model"].toObject();
    if (!modelA.isEmpty() || !modelB.isEmpty()) {
        QJsonObject infoA;
        QJsonObject infoB;
        for (const char* field : {"id", "name", "type", "status", "source_run_id"}) {
            const QLatin1String key(field);
            if (modelA.contains(key)) {
                infoA.insert(key, modelA.value(key));
            }
            if (modelB.contains(key)) {
                infoB.insert(key, modelB.value(key));
            }
        }
        d.entries += compareMaps(QStringLiteral("logged model"), infoA, infoB, false);
        d.entries += compareMaps(QStringLiteral("model params"), modelA[u"params"].toObject(),
                                 modelB[u"params"].toObject(), true);
        d.entries += compareMaps(QStringLiteral("model metrics"), latestModelMetrics(modelA[u"metrics"].toObject()),
                                 latestModelMetrics(modelB[u"metrics"].toObject()), false);
        d.entries +=
            compareMaps(QStringLiteral("model tags"), modelA[u"tags"].toObject(), modelB[u"tags"].toObject(), false);
    }
    return d;
}

QJsonObject VersionDiff::latestAttachment(const QList<EvidenceAttachment>& list, const QString& kind)
{
    QJsonObject content;
    for (const EvidenceAttachment& a : list) {
        if (a.kind == kind) {
            content = a.content; // the latest attachment wins
        }
    }
    return content;
}

QJsonObject VersionDiff::lineageDigests(const QJsonObject& dvcLock)
{
    QJsonObject digests;
    const QJsonObject stages = dvcLock[u"stages"].toObject();
    for (auto stage = stages.begin(); stage != stages.end(); ++stage) {
        for (const char* list : {"deps", "outs"}) {
            for (const QJsonValue& file : stage.value()[QLatin1String(list)].toArray()) {
                const QString digest = file[u"digest"].toString();
                if (!file[u"path"].toString().isEmpty() && !digest.isEmpty()) {
                    const QString hash = file[u"hash"].toString();
                    digests.insert(file[u"path"].toString(), hash.isEmpty() ? digest : hash + u':' + digest);
                }
            }
        }
    }
    return digests;
}

void VersionDiff::addAttachments(const QList<EvidenceAttachment>& older, const QList<EvidenceAttachment>& newer)
{
    // The data each version was trained on, as its dvc.lock recorded it: every file a stage read or wrote, by path.
    const QJsonObject lineageA = latestAttachment(older, QStringLiteral("dvc-lock"));
    const QJsonObject lineageB = latestAttachment(newer, QStringLiteral("dvc-lock"));
    if (!lineageA.isEmpty() && !lineageB.isEmpty()) {
        entries += compareMaps(QStringLiteral("data"), lineageDigests(lineageA), lineageDigests(lineageB), false);
    }
    const QJsonObject a = latestAttachment(older, QStringLiteral("git-commit"));
    const QJsonObject b = latestAttachment(newer, QStringLiteral("git-commit"));
    if (a.isEmpty() || b.isEmpty()) {
        return;
    }
    for (const char* field : {"author", "time", "summary"}) {
        entries += compareValues(QStringLiteral("code"), QLatin1String(field), a[u"commit"][QLatin1String(field)],
                                 b[u"commit"][QLatin1String(field)]);
    }
    const QJsonObject configsA = a[u"configs"].toObject();
    const QJsonObject configsB = b[u"configs"].toObject();
    forEachMember(configsA, configsB, [&](const QString& path, const QJsonValue& fileA, const QJsonValue& fileB) {
        QList<DiffEntry> changed = compareValues(QStringLiteral("config"), path, fileA[u"sha256"], fileB[u"sha256"]);
        if (changed.isEmpty()) {
            return;
        }
        DiffEntry e = changed.first();
        const bool inBoth = fileA.isObject() && fileB.isObject();
        const QByteArray contentA = fileA[u"content"].toString().toUtf8();
        const QByteArray contentB = fileB[u"content"].toString().toUtf8();
        if (inBoth) {
            e.lineDiff = GitRepository::lineDiff(contentA, contentB, path).value_or({});
        }
        entries.append(e);
        // YAML and JSON configuration files also structurally: each added, removed or changed key.
        if (inBoth && (path.endsWith(u".yaml") || path.endsWith(u".yml") || path.endsWith(u".json"))) {
            auto parsedBefore = YamlJson::parse(contentA, path);
            auto parsedAfter = YamlJson::parse(contentB, path);
            if (parsedBefore && parsedAfter) {
                // Keys read "config/train.yaml: model.max_depth".
                for (DiffEntry k :
                     compareValues(QStringLiteral("config"), QString(), parsedBefore.value(), parsedAfter.value())) {
                    k.key = path + QStringLiteral(": ") + k.key;
                    entries.append(k);
                }
            }
        }
    });
}

Result<VersionDiff> VersionDiff::load(Database& db, const QString& model, const QString& from, const QString& to)
{
    RegistryTable table(db);
    std::optional<ModelVersion> versions[2];
    const QString labels[2] = {from, to};
    for (int i = 0; i < 2; ++i) {
        auto v = table.version(model, labels[i]);
        if (!v) {
            return v.error();
        }
        if (!v.value()) {
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate("cs::VersionDiff", "model %1 has no version %2 in this workspace")
                             .arg(model, labels[i]));
        }
        versions[i] = v.value();
    }
    VersionDiff d = between(*versions[0], *versions[1]);
    auto older = table.attachments(versions[0]->id);
    auto newer = table.attachments(versions[1]->id);
    if (!older || !newer) {
        return !older ? older.error() : newer.error();
    }
    d.addAttachments(older.value(), newer.value());
    return d;
}

QList<DiffEntry> VersionDiff::section(const QString& name) const
{
    QList<DiffEntry> list;
    for (const DiffEntry& e : entries) {
        if (e.section == name) {
            list.append(e);
        }
    }
    return list;
}

VersionDiff VersionDiff::fromJson(const QJsonObject& json)
{
    VersionDiff d;
    d.model = json[u"model"].toString();
    d.from = json[u"from"].toString();
    d.to = json[u"to"].toString();
    for (const QJsonValue& o : json[u"differences"].toArray()) {
        DiffEntry e;
        e.section = o[u"section"].toString();
        e.key = o[u"key"].toString();
        e.kind = enumFromName<DiffEntry::Kind>(o[u"change"].toString()).value_or(DiffEntry::Kind::Changed);
        e.before = o[u"before"];
        e.after = o[u"after"];
        e.lineDiff = o[u"line_diff"].toString();
        d.entries.append(e);
    }
    return d;
}

QJsonObject VersionDiff::toJson() const
{
    QJsonArray list;
    for (const DiffEntry& e : entries) {
        QJsonObject o {{QStringLiteral("section"), e.section},
                       {QStringLiteral("key"), e.key},
                       {QStringLiteral("change"), nameOf(e.kind)}};
        if (e.kind != DiffEntry::Kind::Added) {
            o.insert(QStringLiteral("before"), e.before);
        }
        if (e.kind != DiffEntry::Kind::Removed) {
            o.insert(QStringLiteral("after"), e.after);
        }
        if (!e.lineDiff.isEmpty()) {
            o.insert(QStringLiteral("line_diff"), e.lineDiff);
        }
        list.append(o);
    }
    return QJsonObject {{QStringLiteral("model"), model},
                        {QStringLiteral("from"), from},
                        {QStringLiteral("to"), to},
                        {QStringLiteral("differences"), list}};
}

} // namespace cs
