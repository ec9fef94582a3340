#include "PlanPowerHtml.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cs::ui {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::ui::PlanPower)
};
} // namespace

QString planPowerHtml(const QJsonObject& power)
{
    QString html = Tr::tr("<p><b>What the plan can show</b> (power if the two versions were equally good; blinded "
                          "estimate)<br>");
    for (const QJsonValue& d : power[u"datasets"].toArray()) {
        html += Tr::tr("%1 (%2): n %3, %4 positives, %5 negatives")
                    .arg(d[u"name"].toString().toHtmlEscaped(), d[u"role"].toString())
                    .arg(d[u"n"].toInteger())
                    .arg(d[u"positives"].toInteger())
                    .arg(d[u"negatives"].toInteger());
        const QJsonObject p = d[u"power"].toObject();
        QStringList parts;
        for (const char* metric : {"sensitivity", "specificity", "accuracy", "auc"}) {
            const double value = p[QLatin1String(metric)][u"power"].toDouble();
            const QString name = qstrcmp(metric, "auc") == 0 ? QStringLiteral("AUC") : QLatin1String(metric);
            const QString text = Tr::tr("%1 %2%").arg(name).arg(value * 100.0, 0, 'f', 0);
            parts.append(value >= 0.5 ? text
                                      : QStringLiteral("<span style='color:#a40000'><b>%1 (!)</b></span>").arg(text));
        }
        html += p.isEmpty() ? QStringLiteral("<br>")
                            : QStringLiteral("; ") + parts.join(QStringLiteral(", ")) + QStringLiteral("<br>");
    }
    return html + QStringLiteral("</p>");
}

QStringList underpowered(const QJsonObject& power)
{
    QStringList low;
    for (const QJsonValue& v : power[u"underpowered"].toArray()) {
        low.append(v.toString());
    }
    return low;
}

} // namespace cs::ui
