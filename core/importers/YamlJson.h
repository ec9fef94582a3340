#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace cs::YamlJson {

/// What one YAML document may expand to. Aliases are expanded where they are used, so a small file can name an
/// enormous document ("billion laughs") or itself; both are refused.
struct Limits
{
    int maxDepth = 64; ///< nested mappings and sequences
    qint64 maxValues = 1000000; ///< scalars, mappings and sequences after expanding aliases
    qint64 maxBytes = 16 * 1024 * 1024; ///< text of every key and scalar after expanding aliases
};

/// The one YAML reader of the product (dvc.lock, MLflow meta.yaml, configuration files in git): a YAML (or JSON)
/// document as a JSON value, mappings as objects, sequences as arrays, scalars as strings, null as null. An alias
/// that refers to a node containing it, and a document that expands beyond `limits`, are refused. Errors name
/// `name` and the line.
Result<QJsonValue> parse(const QByteArray& text, const QString& name, const Limits& limits = {});

} // namespace cs::YamlJson
