#pragma once

#include "records/ChangeRequest.h"
#include "signing/SignatureVerifier.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cs::ui {

/// A change request's Summary tab as HTML: what it changes and why, the verdicts of its frozen evidence in words,
/// the locked plan, the risk-benefit analysis and rollback plan, the history of its moves, and each signature's
/// manifestation (printed name, local and UTC time, meaning, whether it verifies now).
namespace ChangeRequestSummary {
/// `shown` is the request as ChangeRequestQuery::toJson gives it; `signatures` the checks of the signatures its
/// moves are, oldest first.
QString html(const ChangeRequestRecord& r, const QJsonObject& shown, const QList<SignatureCheck>& signatures);
} // namespace ChangeRequestSummary

} // namespace cs::ui
