#include "YamlJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

namespace cs::YamlJson {

QJsonValue fromNode(const YAML::Node& node)
{
    if (!node || node.IsNull()) {
        return QJsonValue();
    }
    if (node.IsScalar()) {
        return QString::fromStdString(node.Scalar());
    }
    if (node.IsSequence()) {
        QJsonArray list;
        for (const YAML::Node& item : node) {
            list.append(fromNode(item));
        }
        return list;
    }
    QJsonObject map;
    for (const auto& entry : node) {
        map.insert(QString::fromStdString(entry.first.as<std::string>()), fromNode(entry.second));
    }
    return map;
}

Result<QJsonValue> parse(const QByteArray& text, const QString& name)
{
    try {
        return fromNode(YAML::Load(text.toStdString()));
    } catch (const YAML::Exception& e) {
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("cs::YamlJson", "%1, line %2, column %3: %4")
                         .arg(name)
                         .arg(e.mark.line + 1)
                         .arg(e.mark.column + 1)
                         .arg(QString::fromStdString(e.msg)));
    }
}

} // namespace cs::YamlJson
