#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QHash>
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

/// How a document is read beyond its values.
struct Options
{
    /// Plain (unquoted) scalars as YAML 1.2's core schema types them: true and false as booleans, null and ~ as
    /// null, numbers as numbers; quoted scalars stay text. Off: every scalar is text (what dvc.lock and MLflow
    /// files need, whose values are compared as written).
    bool typedScalars = false;
    /// When given, filled with the 1-based line of every value by its path ("modifications[0].rules[2].bound"; the
    /// root is ""), so that a reader checking the values can name the line of a bad one (lineOf).
    QHash<QString, int>* lines = nullptr;
};

/// The line `lines` holds for `path`, or for the nearest enclosing value that has one (a missing field is named at
/// its mapping); 0 when none does.
int lineOf(const QHash<QString, int>& lines, QString path);

/// The one YAML reader of the product (dvc.lock, MLflow meta.yaml, configuration files in git): a YAML (or JSON)
/// document as a JSON value, mappings as objects, sequences as arrays, scalars as strings, null as null. An alias
/// that refers to a node containing it, and a document that expands beyond `limits`, are refused. Errors name
/// `name` and the line.
Result<QJsonValue> parse(const QByteArray& text, const QString& name, const Limits& limits = {},
                         const Options& options = {});

} // namespace cs::YamlJson
