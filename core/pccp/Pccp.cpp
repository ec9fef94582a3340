#include "Pccp.h"

#include "json/YamlJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::Pccp)
};

/// The text fields of a modification by their key, in the order they are written.
struct TextField
{
    const char* key;
    QString PccpModification::*member;
    bool required;
};
constexpr TextField kModificationText[] = {
    {"title", &PccpModification::title, true},
    {"frequency", &PccpModification::frequency, false},
    {"rationale", &PccpModification::rationale, true},
    {"labelling", &PccpModification::labelling, false},
};
constexpr TextField kProtocolText[] = {
    {"data_management", &PccpModification::dataManagement, true},
    {"retraining", &PccpModification::retraining, true},
    {"performance_evaluation", &PccpModification::performanceEvaluation, true},
    {"update_procedures", &PccpModification::updateProcedures, true},
};
constexpr TextField kImpactText[] = {
    {"benefits", &PccpModification::benefits, true},
    {"risks", &PccpModification::risks, true},
    {"mitigations", &PccpModification::mitigations, true},
    {"interactions", &PccpModification::interactions, false},
    {"cumulative", &PccpModification::cumulativeImpact, false},
};

/// Reads the fields of `json` named in `fields` into `m`; a required one must be non-empty text.
template<size_t N>
void readText(const QJsonObject& json, const TextField (&fields)[N], PccpModification& m, const QString& where,
              QStringList* errors)
{
    for (const TextField& f : fields) {
        const QJsonValue v = json.value(QLatin1String(f.key));
        if (v.isString() && !v.toString().trimmed().isEmpty()) {
            m.*f.member = v.toString().trimmed();
        } else if (f.required || !(v.isUndefined() || v.isNull())) {
            errors->append(QStringLiteral("%1.%2: %3").arg(where, QLatin1String(f.key), Tr::tr("expected a text")));
        }
    }
}

/// Unknown keys of `json` (a typing mistake would otherwise drop a field silently).
void refuseUnknown(const QJsonObject& json, const QStringList& known, const QString& where, QStringList* errors)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            errors->append(QStringLiteral("%1%2: %3")
                               .arg(where.isEmpty() ? QString() : where + u'.', it.key(), Tr::tr("unknown field")));
        }
    }
}

QStringList keysOf(std::initializer_list<const char*> fixed)
{
    QStringList keys;
    for (const char* k : fixed) {
        keys << QLatin1String(k);
    }
    return keys;
}

template<size_t N>
QJsonObject writeText(const PccpModification& m, const TextField (&fields)[N])
{
    QJsonObject o;
    for (const TextField& f : fields) {
        if (!(m.*f.member).isEmpty()) {
            o.insert(QLatin1String(f.key), m.*f.member);
        }
    }
    return o;
}

QList<PccpRule> readRules(const QJsonValue& value, const QString& where, QSet<QString>& ids, QStringList* errors)
{
    QList<PccpRule> rules;
    if (value.isUndefined() || value.isNull()) {
        return rules;
    }
    if (!value.isArray()) {
        errors->append(QStringLiteral("%1: %2").arg(where, Tr::tr("expected a list of rules")));
        return rules;
    }
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        if (!list.at(i).isObject()) {
            errors->append(QStringLiteral("%1: %2").arg(at, Tr::tr("expected a rule (a mapping)")));
            continue;
        }
        PccpRule r = PccpRule::fromJson(list.at(i).toObject(), at, errors);
        if (!r.id.isEmpty() && ids.contains(r.id)) {
            errors->append(QStringLiteral("%1.id: %2").arg(at, Tr::tr("rule %1 is named twice").arg(r.id)));
        }
        ids.insert(r.id);
        rules.append(r);
    }
    return rules;
}
} // namespace

QJsonArray Pccp::traceabilityJson() const
{
    QJsonArray trace;
    for (const Trace& t : traceability()) {
        trace.append(QJsonObject {{QStringLiteral("modification"), t.modification},
                                  {QStringLiteral("part"), t.part},
                                  {QStringLiteral("described"), t.described},
                                  {QStringLiteral("rules"), QJsonArray::fromStringList(t.rules)}});
    }
    return trace;
}

Result<Pccp> Pccp::fromYamlFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io,
                     Tr::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return fromYaml(file.readAll(), QDir::toNativeSeparators(path));
}

const PccpModification* Pccp::modification(QStringView id) const
{
    for (const PccpModification& m : modifications) {
        if (m.id == id) {
            return &m;
        }
    }
    return nullptr;
}

QList<Pccp::Trace> Pccp::traceability() const
{
    QList<Trace> table;
    for (const PccpModification& m : modifications) {
        for (const TextField& f : kProtocolText) {
            Trace t;
            t.modification = m.id;
            t.part = QString::fromLatin1(f.key).replace(u'_', u'-');
            t.described = !(m.*f.member).isEmpty();
            if (f.member == &PccpModification::performanceEvaluation) {
                for (const PccpRule& r : m.rules) {
                    t.rules << r.id;
                }
            }
            table.append(t);
        }
    }
    return table;
}

QJsonObject Pccp::toJson() const
{
    QJsonArray list;
    for (const PccpModification& m : modifications) {
        QJsonObject o = writeText(m, kModificationText);
        o.insert(QStringLiteral("id"), m.id);
        o.insert(QStringLiteral("type"), nameOf(m.type));
        o.insert(QStringLiteral("automatic"), m.automatic);
        o.insert(QStringLiteral("scope"), m.global ? QStringLiteral("global") : QStringLiteral("local"));
        QJsonObject protocol = writeText(m, kProtocolText);
        QJsonArray rules;
        for (const PccpRule& r : m.rules) {
            rules.append(r.toJson());
        }
        protocol.insert(QStringLiteral("rules"), rules);
        o.insert(QStringLiteral("protocol"), protocol);
        o.insert(QStringLiteral("impact"), writeText(m, kImpactText));
        list.append(o);
    }
    QJsonArray monitoringRules;
    for (const PccpRule& r : monitoring) {
        monitoringRules.append(r.toJson());
    }
    QJsonObject out {{QStringLiteral("model"), model},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("modifications"), list},
                     {QStringLiteral("monitoring"), monitoringRules}};
    if (!summary.isEmpty()) {
        out.insert(QStringLiteral("summary"), summary);
    }
    return out;
}

Pccp Pccp::fromJson(const QJsonObject& json, QStringList* errors)
{
    Pccp p;
    refuseUnknown(json, keysOf({"model", "title", "summary", "modifications", "monitoring"}), QString(), errors);
    const auto text = [&](const char* key, bool required) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isString() && !v.toString().trimmed().isEmpty()) {
            return v.toString().trimmed();
        }
        if (required || !(v.isUndefined() || v.isNull())) {
            errors->append(QStringLiteral("%1: %2").arg(QLatin1String(key), Tr::tr("expected a text")));
        }
        return QString();
    };
    p.model = text("model", true);
    p.title = text("title", true);
    p.summary = text("summary", false);
    QSet<QString> ruleIds;
    QSet<QString> modificationIds;
    const QJsonValue modifications = json.value(QStringLiteral("modifications"));
    if (!modifications.isArray() || modifications.toArray().isEmpty()) {
        errors->append(QStringLiteral("modifications: %1").arg(Tr::tr("expected a list of at least one modification")));
    }
    const QJsonArray list = modifications.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("modifications[%1]").arg(i);
        if (!list.at(i).isObject()) {
            errors->append(QStringLiteral("%1: %2").arg(where, Tr::tr("expected a modification (a mapping)")));
            continue;
        }
        const QJsonObject o = list.at(i).toObject();
        refuseUnknown(o,
                      keysOf({"id", "title", "type", "automatic", "scope", "frequency", "rationale", "labelling",
                              "protocol", "impact"}),
                      where, errors);
        PccpModification m;
        const QJsonValue id = o.value(QStringLiteral("id"));
        if (!id.isString() || id.toString().trimmed().isEmpty()) {
            errors->append(QStringLiteral("%1.id: %2").arg(where, Tr::tr("expected a text")));
        } else if (id.toString().trimmed() == Pccp::kOutside) {
            errors->append(
                QStringLiteral("%1.id: %2")
                    .arg(where, Tr::tr("\"%1\" is reserved for changes outside the PCCP").arg(Pccp::kOutside)));
        } else if (modificationIds.contains(id.toString().trimmed())) {
            errors->append(
                QStringLiteral("%1.id: %2").arg(where, Tr::tr("modification %1 is named twice").arg(id.toString())));
        }
        m.id = id.toString().trimmed();
        modificationIds.insert(m.id);
        readText(o, kModificationText, m, where, errors);
        if (const auto type = enumFromName<PccpModification::Type>(o.value(QStringLiteral("type")).toString())) {
            m.type = *type;
        } else {
            errors->append(QStringLiteral("%1.type: %2")
                               .arg(where,
                                    Tr::tr("expected one of %1")
                                        .arg(enumNames<PccpModification::Type>().join(QStringLiteral(", ")))));
        }
        const QJsonValue automatic = o.value(QStringLiteral("automatic"));
        if (!automatic.isBool() && !automatic.isUndefined()) {
            errors->append(QStringLiteral("%1.automatic: %2").arg(where, Tr::tr("expected true or false")));
        }
        m.automatic = automatic.toBool(false);
        const QString scope = o.value(QStringLiteral("scope")).toString(QStringLiteral("global"));
        if (scope != u"global" && scope != u"local") {
            errors->append(QStringLiteral("%1.scope: %2").arg(where, Tr::tr("expected global or local")));
        }
        m.global = scope != u"local";
        const QJsonValue protocol = o.value(QStringLiteral("protocol"));
        if (!protocol.isObject()) {
            errors->append(QStringLiteral("%1.protocol: %2").arg(where, Tr::tr("expected the modification protocol")));
        } else {
            const QJsonObject po = protocol.toObject();
            refuseUnknown(
                po, keysOf({"data_management", "retraining", "performance_evaluation", "update_procedures", "rules"}),
                where + QStringLiteral(".protocol"), errors);
            readText(po, kProtocolText, m, where + QStringLiteral(".protocol"), errors);
            m.rules = readRules(po.value(QStringLiteral("rules")), where + QStringLiteral(".protocol.rules"), ruleIds,
                                errors);
            if (m.rules.isEmpty()) {
                errors->append(QStringLiteral("%1.protocol.rules: %2")
                                   .arg(where, Tr::tr("expected at least one acceptance rule")));
            }
        }
        const QJsonValue impact = o.value(QStringLiteral("impact"));
        if (!impact.isObject()) {
            errors->append(QStringLiteral("%1.impact: %2").arg(where, Tr::tr("expected the impact assessment")));
        } else {
            refuseUnknown(impact.toObject(), keysOf({"benefits", "risks", "mitigations", "interactions", "cumulative"}),
                          where + QStringLiteral(".impact"), errors);
            readText(impact.toObject(), kImpactText, m, where + QStringLiteral(".impact"), errors);
        }
        p.modifications.append(m);
    }
    p.monitoring = readRules(json.value(QStringLiteral("monitoring")), QStringLiteral("monitoring"), ruleIds, errors);
    for (PccpRule& r : p.monitoring) {
        r.onWindows = true;
    }
    return p;
}

Result<Pccp> Pccp::fromYaml(const QByteArray& text, const QString& fileName)
{
    QHash<QString, int> lines;
    YamlJson::Options options;
    options.typedScalars = true;
    options.lines = &lines;
    auto parsed = YamlJson::parse(text, fileName, {}, options);
    if (!parsed) {
        return parsed.error();
    }
    if (!parsed->isObject()) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("%1: expected a PCCP (a mapping with model, title and modifications)").arg(fileName));
    }
    QStringList errors;
    Pccp p = fromJson(parsed->toObject(), &errors);
    if (errors.isEmpty()) {
        return p;
    }
    QStringList located;
    for (const QString& e : errors) {
        const QString path = e.section(QStringLiteral(": "), 0, 0);
        const int line = YamlJson::lineOf(lines, path);
        located << (line > 0 ? Tr::tr("%1, line %2: %3").arg(fileName).arg(line).arg(e)
                             : QStringLiteral("%1: %2").arg(fileName, e));
    }
    return Error(ErrorCode::InvalidArgument, located.join(u'\n'));
}

} // namespace cs
