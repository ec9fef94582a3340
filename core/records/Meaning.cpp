#include "Meaning.h"

namespace cs {

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
