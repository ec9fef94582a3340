#pragma once

#include "pccp/Pccp.h"
#include "util/EnumNames.h"

#include <QList>
#include <QString>

namespace cs {

/// One stored version of a model's PCCP (docs/pccp.md): the content as written, its canonical SHA-256, where it came
/// from and who saved it. Versions are numbered per model from 1; a stored version never changes.
struct PccpRecord
{
    qint64 id = 0;
    QString model;
    int version = 0;
    Pccp content;
    QString contentSha256;
    QString source; ///< the YAML file it was imported from (its name), or "form" when written in the window
    QString author;
    qint64 createdAtMs = 0;

    /// "sepsis-risk@2", as a signature names it.
    QString reference() const { return model + u'@' + QString::number(version); }
};

/// Where a PCCP version stands. Only an approved version can be in force: the newest approved one is.
enum class PccpStatus
{
    InForce, ///< the newest version that regulatory affairs authored and a QA officer approved
    Pending, ///< newer than the one in force (or there is none), still waiting for a signature
    Superseded, ///< approved, and a newer approved version replaced it
    Lapsed, ///< never approved, and a newer version was approved since
};

template<>
struct EnumNames<PccpStatus>
{
    static constexpr const char* context = "cs::PccpStatus";
    static constexpr EnumName<PccpStatus> table[] = {
        {PccpStatus::InForce, "in-force", QT_TRANSLATE_NOOP("cs::PccpStatus", "in force")},
        {PccpStatus::Pending, "pending", QT_TRANSLATE_NOOP("cs::PccpStatus", "awaiting signatures")},
        {PccpStatus::Superseded, "superseded", QT_TRANSLATE_NOOP("cs::PccpStatus", "superseded")},
        {PccpStatus::Lapsed, "lapsed", QT_TRANSLATE_NOOP("cs::PccpStatus", "never approved")},
    };
};

/// A stored version with its signatures and status.
struct PccpStanding
{
    struct Signed
    {
        qint64 signatureId = 0;
        QString meaning; ///< authored, approved
        QString signer;
        qint64 atMs = 0;
    };
    PccpRecord pccp;
    PccpStatus status = PccpStatus::Pending;
    QList<Signed> signatures;
    QStringList missing; ///< the meanings still needed before it can be in force ("authored", "approved")
};

} // namespace cs
