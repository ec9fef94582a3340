#include "Meaning.h"

#include <QCoreApplication>

namespace cs {

QString meaningStatement(Meaning meaning, const QString& fullName)
{
    // The statement is part of the signed manifest. It is written in the signer's language (the one the window shows
    // them, through the translator installed now) and stored as signed: a signature keeps its words whatever
    // language anyone reads it in later, and verifying it never rebuilds them.
    switch (meaning) {
    case Meaning::Authored:
        return QCoreApplication::translate("cs::Meaning",
                                           "I, %1, am the author of this record and attest that it is accurate and "
                                           "complete. This electronic signature is the legally binding equivalent of "
                                           "my handwritten signature.")
            .arg(fullName);
    case Meaning::Reviewed:
        return QCoreApplication::translate("cs::Meaning",
                                           "I, %1, have reviewed this record and attest that my review is complete "
                                           "and its findings are recorded. This electronic signature is the legally "
                                           "binding equivalent of my handwritten signature.")
            .arg(fullName);
    case Meaning::Approved:
        return QCoreApplication::translate("cs::Meaning",
                                           "I, %1, approve this record. This electronic signature is the legally "
                                           "binding equivalent of my handwritten signature.")
            .arg(fullName);
    case Meaning::Rejected:
        return QCoreApplication::translate("cs::Meaning",
                                           "I, %1, reject this record for the reason given. This electronic signature "
                                           "is the legally binding equivalent of my handwritten signature.")
            .arg(fullName);
    case Meaning::Released:
        return QCoreApplication::translate("cs::Meaning",
                                           "I, %1, release this record for use. This electronic signature is the "
                                           "legally binding equivalent of my handwritten signature.")
            .arg(fullName);
    }
    return {};
}

} // namespace cs
