#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace YAML {
class Node;
}

namespace cs::YamlJson {

/// A YAML (or JSON) document as a JSON value: mappings as objects, sequences as arrays, scalars as strings, null as
/// null. Errors name `name` and the line and column yaml-cpp reports.
Result<QJsonValue> parse(const QByteArray& text, const QString& name);

/// One parsed node as a JSON value (for readers built on yaml-cpp, such as the dvc.lock reader).
QJsonValue fromNode(const YAML::Node& node);

} // namespace cs::YamlJson
