#include "DeploymentGate.h"

#include "audit/VerificationReport.h"
#include "signing/SignatureVerifier.h"
#include "store/ChangeRequestTables.h"
#include "store/IdentityTables.h"
#include "store/RegistryTables.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceAccess.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::DeploymentGate)
};

/// The request's own signatures: the revision's (authored) and its evidence's (approved, released).
bool belongsTo(const StoredSignature& s, const ChangeRequestRecord& r)
{
    const QString revision = QStringLiteral("%1@%2").arg(r.id).arg(r.revision);
    return ((s.recordType == u"change-request" || s.recordType == u"change-request-evidence") &&
            s.recordId == revision) ||
        (s.recordType == u"change-request-rollback" && s.recordId == r.id);
}

GateDecision refuse(GateDecision d, const QString& reason)
{
    d.pass = false;
    d.reason = reason;
    return d;
}
} // namespace

QJsonObject GateDecision::toJson() const
{
    return {{QStringLiteral("pass"), pass},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("model"), model},
            {QStringLiteral("version"), version},
            {QStringLiteral("change_request"), request},
            {QStringLiteral("signatures"), QJsonArray::fromStringList(signatures)},
            {QStringLiteral("artifact"), artifact}};
}

namespace DeploymentGate {

Result<GateDecision> decide(Workspace& workspace, const QString& model, const QString& version,
                            const QString& artifactSha256)
{
    GateDecision d;
    d.model = model;
    d.version = version;
    auto report = workspace.verify();
    if (!report) {
        return report.error();
    }
    if (!report->intact()) {
        return refuse(d, Tr::tr("the audit trail does not verify: %1").arg(report->summary()));
    }
    Database& db = WorkspaceAccess::database(workspace);
    auto versions = RegistryTable(db).versions(model);
    if (!versions) {
        return versions.error();
    }
    if (versions->isEmpty()) {
        return refuse(d, Tr::tr("there is no model %1 in this workspace").arg(model));
    }
    const ModelVersion* production = nullptr;
    for (const ModelVersion& v : versions.value()) {
        if (v.state == LifecycleState::Production) {
            production = &v;
        }
    }
    if (!production) {
        return refuse(d, Tr::tr("no version of %1 is in production").arg(model));
    }
    if (!version.isEmpty() && version != production->label) {
        return refuse(
            d, Tr::tr("version %1 of %2 is not in production (version %3 is)").arg(version, model, production->label));
    }
    d.version = production->label;
    auto requests = ChangeRequestTable(db).all();
    if (!requests) {
        return requests.error();
    }
    const ChangeRequestRecord* through = nullptr;
    for (const ChangeRequestRecord& r : requests.value()) {
        if (r.content.model == model && r.content.candidate == d.version &&
            r.state == ChangeRequestState::Implemented) {
            through = &r;
        }
    }
    if (!through) {
        return refuse(d,
                      Tr::tr("version %1 of %2 is in production, but not through an implemented change request")
                          .arg(d.version, model));
    }
    d.request = through->id;
    auto signatures = SignatureTable(db).all();
    if (!signatures) {
        return signatures.error();
    }
    QStringList meanings;
    for (const StoredSignature& s : signatures.value()) {
        if (!belongsTo(s, *through)) {
            continue;
        }
        const SignatureCheck check = SignatureVerifier::verify(db, workspace.id(), s);
        if (!check.valid) {
            return refuse(d,
                          Tr::tr("signature %1 (%2 by %3) of %4 does not verify: %5")
                              .arg(s.id)
                              .arg(s.meaning, s.signer, through->id, check.problem));
        }
        meanings.append(s.meaning);
        d.signatures.append(Tr::tr("%1 by %2 (signature %3)").arg(s.meaning, s.signer).arg(s.id));
    }
    for (const char* needed : {"authored", "approved", "released"}) {
        if (!meanings.contains(QLatin1String(needed))) {
            return refuse(d, Tr::tr("%1 has no %2 signature").arg(through->id, QLatin1String(needed)));
        }
    }
    if (!artifactSha256.isEmpty()) {
        const QString wanted = artifactSha256.toLower();
        for (const QJsonValue& f : production->evidence[u"artifacts"][u"files"].toArray()) {
            if (f[u"sha256"].toString() == wanted) {
                d.artifact = f[u"path"].toString();
            }
        }
        if (d.artifact.isEmpty()) {
            return refuse(
                d,
                Tr::tr("the file with SHA-256 %1 is not one of version %2's frozen artifacts").arg(wanted, d.version));
        }
    }
    d.pass = true;
    d.reason = d.artifact.isEmpty()
        ? Tr::tr("version %1 of %2 is in production through %3, signed and verified").arg(d.version, model, through->id)
        : Tr::tr("version %1 of %2 is in production through %3, signed and verified; the file is its artifact %4")
              .arg(d.version, model, through->id, d.artifact);
    return d;
}

} // namespace DeploymentGate
} // namespace cs
