#include "YamlJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace cs::YamlJson {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::YamlJson)
};

/// Converts yaml-cpp's node graph, in which an alias is the very node its anchor names (so a graph may share nodes
/// and even contain itself), into a JSON tree, counting what the expansion produces.
class Converter
{
public:
    Converter(const QString& name, const Limits& limits, const Options& options)
        : m_name(name)
        , m_limits(limits)
        , m_options(options)
    { }

    Result<QJsonValue> convert(const YAML::Node& node)
    {
        if (auto e = count(node)) {
            return *e;
        }
        if (m_options.lines && node) {
            m_options.lines->insert(m_where, node.Mark().line + 1);
        }
        if (!node || node.IsNull()) {
            return QJsonValue();
        }
        if (node.IsScalar()) {
            if (auto e = addBytes(node, node.Scalar().size())) {
                return *e;
            }
            return m_options.typedScalars && node.Tag() == "?" ? typed(node.Scalar())
                                                               : QJsonValue(QString::fromStdString(node.Scalar()));
        }
        if (int(m_path.size()) >= m_limits.maxDepth) {
            return refuse(node, Tr::tr("nested more than %1 levels deep").arg(m_limits.maxDepth));
        }
        for (const YAML::Node& outer : m_path) {
            if (outer.is(node)) {
                return refuse(node,
                              Tr::tr("an alias refers to a node that contains it (the document would be "
                                     "endless)"));
            }
        }
        m_path.push_back(node);
        Result<QJsonValue> out = node.IsSequence() ? sequence(node) : mapping(node);
        m_path.pop_back();
        return out;
    }

private:
    Result<QJsonValue> sequence(const YAML::Node& node)
    {
        QJsonArray list;
        const QString where = m_where;
        for (const YAML::Node& item : node) {
            m_where = where + QStringLiteral("[%1]").arg(list.size());
            auto v = convert(item);
            m_where = where;
            if (!v) {
                return v.error();
            }
            list.append(v.value());
        }
        return QJsonValue(list);
    }

    Result<QJsonValue> mapping(const YAML::Node& node)
    {
        QJsonObject map;
        for (const auto& entry : node) {
            if (!entry.first.IsScalar()) {
                return refuse(entry.first, Tr::tr("a key is not plain text"));
            }
            if (auto e = addBytes(entry.first, entry.first.Scalar().size())) {
                return *e;
            }
            const QString key = QString::fromStdString(entry.first.Scalar());
            const QString where = m_where;
            m_where = where.isEmpty() ? key : where + u'.' + key;
            auto v = convert(entry.second);
            if (v && m_options.lines) {
                m_options.lines->insert(m_where, entry.first.Mark().line + 1); // a value is named at its key
            }
            m_where = where;
            if (!v) {
                return v.error();
            }
            map.insert(key, v.value());
        }
        return QJsonValue(map);
    }

    std::optional<Error> count(const YAML::Node& node)
    {
        if (++m_values > m_limits.maxValues) {
            return refuse(node, Tr::tr("its aliases expand to more than %1 values").arg(m_limits.maxValues)).error();
        }
        return std::nullopt;
    }

    std::optional<Error> addBytes(const YAML::Node& node, size_t bytes)
    {
        m_bytes += qint64(bytes);
        if (m_bytes > m_limits.maxBytes) {
            return refuse(
                       node,
                       Tr::tr("its aliases expand to more than %1 MiB of text").arg(m_limits.maxBytes / (1024 * 1024)))
                .error();
        }
        return std::nullopt;
    }

    Result<QJsonValue> refuse(const YAML::Node& node, const QString& why) const
    {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("%1, line %2: %3; refused").arg(m_name).arg(node.Mark().line + 1).arg(why));
    }

    /// A plain scalar under YAML 1.2's core schema.
    static QJsonValue typed(const std::string& scalar)
    {
        static const QRegularExpression number(
            QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
        const QString text = QString::fromStdString(scalar);
        if (text == u"true" || text == u"True" || text == u"TRUE") {
            return true;
        }
        if (text == u"false" || text == u"False" || text == u"FALSE") {
            return false;
        }
        if (text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL") {
            return QJsonValue();
        }
        if (number.match(text).hasMatch()) {
            bool ok = false;
            const double value = text.toDouble(&ok);
            if (ok && std::isfinite(value)) {
                return value;
            }
        }
        return text;
    }

    const QString& m_name;
    const Limits& m_limits;
    const Options& m_options;
    QString m_where; ///< the path of the value being converted
    std::vector<YAML::Node> m_path; ///< the mappings and sequences being converted, outermost first
    qint64 m_values = 0;
    qint64 m_bytes = 0;
};
} // namespace

int lineOf(const QHash<QString, int>& lines, QString path)
{
    while (true) {
        if (const auto it = lines.constFind(path); it != lines.constEnd()) {
            return it.value();
        }
        if (path.isEmpty()) {
            return 0;
        }
        const qsizetype cut = std::max(path.lastIndexOf(u'.'), path.lastIndexOf(u'['));
        path.truncate(std::max<qsizetype>(cut, 0));
    }
}

Result<QJsonValue> parse(const QByteArray& text, const QString& name, const Limits& limits, const Options& options)
{
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        return Converter(name, limits, options).convert(root);
    } catch (const YAML::Exception& e) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("%1, line %2, column %3: not valid YAML (%4)")
                         .arg(name)
                         .arg(e.mark.line + 1)
                         .arg(e.mark.column + 1)
                         .arg(QString::fromStdString(e.msg)));
    }
}

} // namespace cs::YamlJson
