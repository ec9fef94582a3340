#include "DvcLock.h"

#include "importers/YamlJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <yaml-cpp/yaml.h>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::DvcLock)
};

QString scalar(const YAML::Node& node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

/// A path inside the repository: relative, without "..", no NUL.
bool safePath(const QString& path)
{
    return !path.isEmpty() && !path.startsWith(u'/') && !path.contains(QChar(0)) &&
        !path.split(u'/').contains(QStringLiteral("..")) && !(path.size() > 1 && path.at(1) == u':');
}

Result<QList<DvcFile>> files(const YAML::Node& list, const QString& where)
{
    QList<DvcFile> result;
    if (!list) {
        return result;
    }
    if (!list.IsSequence()) {
        return Error(ErrorCode::Corrupt, Tr::tr("%1 is not a list").arg(where));
    }
    int index = 0;
    for (const YAML::Node& item : list) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(index++);
        if (!item.IsMap()) {
            return Error(ErrorCode::Corrupt, Tr::tr("%1 is not a mapping").arg(at));
        }
        DvcFile f;
        f.path = scalar(item["path"]);
        if (f.path.isEmpty()) {
            return Error(ErrorCode::Corrupt, Tr::tr("%1 has no path").arg(at));
        }
        if (!safePath(f.path)) {
            return Error(
                ErrorCode::Corrupt,
                Tr::tr("%1: the path \"%2\" leaves the repository (absolute or with \"..\"); refused").arg(at, f.path));
        }
        f.hashName = scalar(item["hash"]);
        for (const char* name : {"md5", "etag", "checksum"}) {
            if (item[name]) {
                f.hash = scalar(item[name]);
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
        if (item["size"]) {
            f.size = scalar(item["size"]).toLongLong(&ok);
        }
        if (ok && item["nfiles"]) {
            f.nfiles = scalar(item["nfiles"]).toLongLong(&ok);
        }
        if (!ok) {
            return Error(ErrorCode::Corrupt, Tr::tr("%1 (%2): size and nfiles must be whole numbers").arg(at, f.path));
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
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception& e) {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("%1 line %2: not valid YAML (%3)")
                         .arg(source)
                         .arg(e.mark.line + 1)
                         .arg(QString::fromStdString(e.msg)));
    }
    if (!root.IsMap()) {
        return Error(ErrorCode::Corrupt, Tr::tr("%1: expected a mapping with schema and stages").arg(source));
    }
    DvcLock lock;
    lock.schema = scalar(root["schema"]);
    if (lock.schema != u"2.0") {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("%1: unknown dvc.lock schema \"%2\"; Countersign reads schema 2.0 (DVC 2 and "
                            "3)")
                         .arg(source, lock.schema.isEmpty() ? Tr::tr("(none)") : lock.schema));
    }
    const YAML::Node stages = root["stages"];
    if (!stages || !stages.IsMap()) {
        return Error(ErrorCode::Corrupt, Tr::tr("%1: has no stages mapping").arg(source));
    }
    try {
        for (const auto& entry : stages) {
            DvcStage stage;
            stage.name = QString::fromStdString(entry.first.as<std::string>());
            const YAML::Node& node = entry.second;
            const QString where = QStringLiteral("%1: stage %2").arg(source, stage.name);
            if (!node.IsMap()) {
                return Error(ErrorCode::Corrupt, Tr::tr("%1 is not a mapping").arg(where));
            }
            if (node["cmd"] && node["cmd"].IsSequence()) {
                QStringList parts;
                for (const YAML::Node& part : node["cmd"]) {
                    parts.append(scalar(part));
                }
                stage.cmd = parts.join(QStringLiteral(" && "));
            } else {
                stage.cmd = scalar(node["cmd"]);
            }
            if (stage.cmd.isEmpty()) {
                return Error(ErrorCode::Corrupt, Tr::tr("%1 has no cmd").arg(where));
            }
            auto deps = files(node["deps"], where + QStringLiteral(" deps"));
            auto outs = files(node["outs"], where + QStringLiteral(" outs"));
            if (!deps || !outs) {
                return deps ? outs.error() : deps.error();
            }
            stage.deps = deps.value();
            stage.outs = outs.value();
            if (node["params"]) {
                stage.params = YamlJson::fromNode(node["params"]).toObject();
            }
            lock.stages.append(stage);
        }
    } catch (const YAML::Exception& e) {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("%1 line %2: %3").arg(source).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg)));
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
