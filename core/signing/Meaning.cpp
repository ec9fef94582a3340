#include "Meaning.h"

#include <QCoreApplication>

namespace cs {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cs::Meaning", text);
}

constexpr Meaning kAll[] = {Meaning::Authored, Meaning::Reviewed, Meaning::Approved, Meaning::Rejected,
                            Meaning::Released};
} // namespace

QString meaningName(Meaning meaning)
{
    switch (meaning) {
    case Meaning::Authored:
        return QStringLiteral("authored");
    case Meaning::Reviewed:
        return QStringLiteral("reviewed");
    case Meaning::Approved:
        return QStringLiteral("approved");
    case Meaning::Rejected:
        return QStringLiteral("rejected");
    case Meaning::Released:
        return QStringLiteral("released");
    }
    return {};
}

QString meaningDisplayName(Meaning meaning)
{
    switch (meaning) {
    case Meaning::Authored:
        return tr("Authored");
    case Meaning::Reviewed:
        return tr("Reviewed");
    case Meaning::Approved:
        return tr("Approved");
    case Meaning::Rejected:
        return tr("Rejected");
    case Meaning::Released:
        return tr("Released");
    }
    return {};
}

std::optional<Meaning> meaningFromName(QStringView name)
{
    for (Meaning m : kAll) {
        if (meaningName(m) == name) {
            return m;
        }
    }
    return std::nullopt;
}

QString meaningStatement(Meaning meaning, const QString& fullName)
{
    // The statement is part of the signed manifest, so it is always English, whatever the interface language.
    QString what;
    switch (meaning) {
    case Meaning::Authored:
        what = QStringLiteral("am the author of this record and attest that it is accurate and complete");
        break;
    case Meaning::Reviewed:
        what = QStringLiteral("have reviewed this record and attest that my review is complete and its findings are "
                              "recorded");
        break;
    case Meaning::Approved:
        what = QStringLiteral("approve this record");
        break;
    case Meaning::Rejected:
        what = QStringLiteral("reject this record for the reason given");
        break;
    case Meaning::Released:
        what = QStringLiteral("release this record for use");
        break;
    }
    return QStringLiteral("I, %1, %2. This electronic signature is the legally binding equivalent of my handwritten "
                          "signature.")
        .arg(fullName, what);
}

} // namespace cs
