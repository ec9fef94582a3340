#include "DvcLock.h"

#include "json/YamlJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::DvcLock)
};

QString scalar(const QJsonValue& value)
{
    return value.isString() ? value.toString() : QString();
}

/// A path inside the repository: relative (not "/x", "C:x", "~/x" or "file:///x"), without ".." in either slash
/// direction, no NUL.
bool safePath(const QString& path)
{
    const QStringList parts = QString(path).replace(u'\\', u'/').split(u'/');
    return !path.isEmpty() && !path.startsWith(u'/') && !path.startsWith(u'\\') && !path.startsWith(u'~') &&
        !path.contains(QChar(0)) && !path.contains(QStringLiteral("://")) && !parts.contains(QStringLiteral("..")) &&
        !(path.size() > 1 && path.at(1) == u':');
}

Result<QList<DvcFile>> files(const QJsonValue& list, const QString& where)
{
    QList<DvcFile> result;
    if (list.isUndefined() || list.isNull()) {
        return result;
    }
    if (!list.isArray()) {
        return Error(ErrorCode::Corrupt, Tr::tr("%1 is not a list").arg(where));
    }
    int index = 0;
    for (const QJsonValue& entry : list.toArray()) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(index++);
        if (!entry.isObject()) {
            return Error(ErrorCode::Corrupt, Tr::tr("%1 is not a mapping").arg(at));
        }
        const QJsonObject item = entry.toObject();
        DvcFile f;
        f.path = scalar(item[u"path"]);
        if (f.path.isEmpty()) {
            return Error(ErrorCode::Corrupt, Tr::tr("%1 has no path").arg(at));
        }
        if (!safePath(f.path)) {
            return Error(
                ErrorCode::Corrupt,
                Tr::tr("%1: the path \"%2\" leaves the repository (absolute, a URL, from ~ or with \"..\"); refused")
                    .arg(at, f.path));
        }
        f.hashName = scalar(item[u"hash"]);
        for (const char* name : {"md5", "etag", "checksum"}) {
            if (item.contains(QLatin1String(name))) {
                f.hash = scalar(item[QLatin1String(name)]);
                if (f.hashName.isEmpty()) {
                    f.hashName = QLatin1String(name);
                }
                break;
            }
        }
        if (f.hash.isEmpty()) {
            return Error(ErrorCode::Corrupt, Tr::tr("%1 (%2) has no md5 or other hash").arg(at, f.path));
        }
        bool ok = true;
        if (item.contains(u"size")) {
            f.size = scalar(item[u"size"]).toLongLong(&ok);
        }
        if (ok && item.contains(u"nfiles")) {
            f.nfiles = scalar(item[u"nfiles"]).toLongLong(&ok);
        }
        if (!ok || (item.contains(u"size") && f.size < 0) || (item.contains(u"nfiles") && f.nfiles < 0)) {
            return Error(ErrorCode::Corrupt,
                         Tr::tr("%1 (%2): size and nfiles must be whole numbers, 0 or more").arg(at, f.path));
        }
        result.append(f);
    }
    return result;
}

QJsonArray filesJson(const QList<DvcFile>& list)
{
    QJsonArray array;
    for (const DvcFile& f : list) {
        QJsonObject o {
            {QStringLiteral("path"), f.path}, {QStringLiteral("hash"), f.hashName}, {QStringLiteral("digest"), f.hash}};
        if (f.size >= 0) {
            o.insert(QStringLiteral("size"), f.size);
        }
        if (f.nfiles >= 0) {
            o.insert(QStringLiteral("nfiles"), f.nfiles);
        }
        array.append(o);
    }
    return array;
}
} // namespace

Result<DvcLock> DvcLock::read(const QString& path)
{
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        return Error(ErrorCode::NotFound, Tr::tr("%1 does not exist").arg(path));
    }
    if (file.size() > 5 * 1024 * 1024) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("%1 is larger than 5 MB; it is not a dvc.lock").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    return parse(file.readAll(), path);
}

Result<DvcLock> DvcLock::parse(const QByteArray& text, const QString& source)
{
    auto parsed = YamlJson::parse(text, source);
    if (!parsed) {
        return Error(ErrorCode::Corrupt, parsed.error().message);
    }
    if (!parsed->isObject()) {
        return Error(ErrorCode::Corrupt, Tr::tr("%1: expected a mapping with schema and stages").arg(source));
    }
    const QJsonObject root = parsed->toObject();
    DvcLock lock;
    lock.schema = scalar(root[u"schema"]);
    if (lock.schema != u"2.0") {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("%1: unknown dvc.lock schema \"%2\"; Countersign reads schema 2.0 (DVC 2 and "
                            "3)")
                         .arg(source, lock.schema.isEmpty() ? Tr::tr("(none)") : lock.schema));
    }
    if (!root[u"stages"].isObject()) {
        return Error(ErrorCode::Corrupt, Tr::tr("%1: has no stages mapping").arg(source));
    }
    const QJsonObject stages = root[u"stages"].toObject();
    for (auto entry = stages.begin(); entry != stages.end(); ++entry) {
        DvcStage stage;
        stage.name = entry.key();
        const QString where = QStringLiteral("%1: stage %2").arg(source, stage.name);
        if (!entry.value().isObject()) {
            return Error(ErrorCode::Corrupt, Tr::tr("%1 is not a mapping").arg(where));
        }
        const QJsonObject node = entry.value().toObject();
        if (node[u"cmd"].isArray()) {
            QStringList parts;
            for (const QJsonValue& part : node[u"cmd"].toArray()) {
                parts.append(scalar(part));
            }
            stage.cmd = parts.join(QStringLiteral(" && "));
        } else {
            stage.cmd = scalar(node[u"cmd"]);
        }
        if (stage.cmd.isEmpty()) {
            return Error(ErrorCode::Corrupt, Tr::tr("%1 has no cmd").arg(where));
        }
        auto deps = files(node[u"deps"], where + QStringLiteral(" deps"));
        auto outs = files(node[u"outs"], where + QStringLiteral(" outs"));
        if (!deps || !outs) {
            return deps ? outs.error() : deps.error();
        }
        stage.deps = deps.value();
        stage.outs = outs.value();
        stage.params = node[u"params"].toObject();
        lock.stages.append(stage);
    }
    return lock;
}

QJsonObject DvcLock::toJson() const
{
    QJsonObject stagesJson;
    for (const DvcStage& s : stages) {
        stagesJson.insert(s.name,
                          QJsonObject {{QStringLiteral("cmd"), s.cmd},
                                       {QStringLiteral("deps"), filesJson(s.deps)},
                                       {QStringLiteral("outs"), filesJson(s.outs)},
                                       {QStringLiteral("params"), s.params}});
    }
    return QJsonObject {{QStringLiteral("schema"), schema}, {QStringLiteral("stages"), stagesJson}};
}

} // namespace cs
