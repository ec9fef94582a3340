#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cs {

class Workspace;

/// The deployment gate of a CI/CD pipeline (`countersign-cli gate`): may this version of this model be deployed?
/// Needs no account. It passes only when the audit trail verifies intact, the version is in production through an
/// implemented change request whose signatures all verify, and (when given) the file about to be deployed is one of
/// the version's frozen artifacts.
struct GateDecision
{
    bool pass = false;
    QString reason; ///< why it passed or failed, in words
    QString model;
    QString version; ///< the version in production (or the one asked about)
    QString request; ///< the implemented change request that put it there
    QStringList signatures; ///< "meaning by signer (id N)" of each of its signatures
    QString artifact; ///< the matching artifact's path, when --artifact-sha256 was given and matched

    QJsonObject toJson() const;
};

namespace DeploymentGate {
/// Decides for `model`; `version` empty means the version in production now, and `artifactSha256` empty skips the
/// artifact check. An error only when the workspace cannot be read; every refusal is a decision with its reason.
Result<GateDecision> decide(Workspace& workspace, const QString& model, const QString& version,
                            const QString& artifactSha256);
} // namespace DeploymentGate

} // namespace cs
