#pragma once

#include "util/EnumNames.h"

namespace cs {

/// Every action the audit trail records: the one table that the commands writing events and the verifier reading
/// them share, so an action's name is typed once. The identifier is stored in each event ("user.signed_in") and
/// never changes once released; the display name is for people.
enum class AuditAction
{
    WorkspaceCreated,
    SchemaUpgraded,
    SettingChanged,
    AuditReviewed,
    CheckpointCreated,
    UserCreated,
    UserUpdated,
    UserDisabled,
    UserLocked,
    UserUnlocked,
    PasswordChanged,
    PasswordReset,
    SignedIn,
    Reauthenticated,
    SignInFailed,
    CertificateEnrolled,
    TrustAnchorAdded,
    CrlAdded,
    SignatureCreated,
    ModelRegistered,
    ModelDescribed,
    VersionImported,
    VersionTransitioned,
    VersionEvidenceAttached,
    DatasetCreated,
    DatasetFileImported,
    DatasetEvidenceAttached,
    PredictionSetImported,
    ChangeRequestCreated,
    ChangeRequestEdited,
    ChangeRequestMoved,
    DocumentExported,
    PccpSaved,
    DriftRunRecorded,
    DriftAlertRaised,
    DriftAlertDecided,
};

template<>
struct EnumNames<AuditAction>
{
    static constexpr const char* context = "cs::AuditAction";
    static constexpr EnumName<AuditAction> table[] = {
        {AuditAction::WorkspaceCreated, "workspace.created", QT_TRANSLATE_NOOP("cs::AuditAction", "Workspace created")},
        {AuditAction::SchemaUpgraded, "workspace.schema_upgraded",
         QT_TRANSLATE_NOOP("cs::AuditAction", "Schema upgraded")},
        {AuditAction::SettingChanged, "setting.changed", QT_TRANSLATE_NOOP("cs::AuditAction", "Setting changed")},
        {AuditAction::AuditReviewed, "audit.reviewed", QT_TRANSLATE_NOOP("cs::AuditAction", "Audit trail reviewed")},
        {AuditAction::CheckpointCreated, "audit.checkpoint_created",
         QT_TRANSLATE_NOOP("cs::AuditAction", "Checkpoint created")},
        {AuditAction::UserCreated, "user.created", QT_TRANSLATE_NOOP("cs::AuditAction", "Account created")},
        {AuditAction::UserUpdated, "user.updated", QT_TRANSLATE_NOOP("cs::AuditAction", "Account updated")},
        {AuditAction::UserDisabled, "user.disabled", QT_TRANSLATE_NOOP("cs::AuditAction", "Account disabled")},
        {AuditAction::UserLocked, "user.locked", QT_TRANSLATE_NOOP("cs::AuditAction", "Account locked")},
        {AuditAction::UserUnlocked, "user.unlocked", QT_TRANSLATE_NOOP("cs::AuditAction", "Account unlocked")},
        {AuditAction::PasswordChanged, "user.password_changed",
         QT_TRANSLATE_NOOP("cs::AuditAction", "Password changed")},
        {AuditAction::PasswordReset, "user.password_reset", QT_TRANSLATE_NOOP("cs::AuditAction", "Password reset")},
        {AuditAction::SignedIn, "user.signed_in", QT_TRANSLATE_NOOP("cs::AuditAction", "Signed in")},
        {AuditAction::Reauthenticated, "user.reauthenticated",
         QT_TRANSLATE_NOOP("cs::AuditAction", "Re-authenticated")},
        {AuditAction::SignInFailed, "user.sign_in_failed", QT_TRANSLATE_NOOP("cs::AuditAction", "Sign-in failed")},
        {AuditAction::CertificateEnrolled, "certificate.enrolled",
         QT_TRANSLATE_NOOP("cs::AuditAction", "Certificate enrolled")},
        {AuditAction::TrustAnchorAdded, "trust.ca_added", QT_TRANSLATE_NOOP("cs::AuditAction", "Trusted CA added")},
        {AuditAction::CrlAdded, "trust.crl_added", QT_TRANSLATE_NOOP("cs::AuditAction", "Revocation list added")},
        {AuditAction::SignatureCreated, "signature.created", QT_TRANSLATE_NOOP("cs::AuditAction", "Signed")},
        {AuditAction::ModelRegistered, "model.registered", QT_TRANSLATE_NOOP("cs::AuditAction", "Model registered")},
        {AuditAction::ModelDescribed, "model.described", QT_TRANSLATE_NOOP("cs::AuditAction", "Model described")},
        {AuditAction::VersionImported, "model_version.imported",
         QT_TRANSLATE_NOOP("cs::AuditAction", "Version imported")},
        {AuditAction::VersionTransitioned, "model_version.transitioned",
         QT_TRANSLATE_NOOP("cs::AuditAction", "Lifecycle move")},
        {AuditAction::VersionEvidenceAttached, "model_version.evidence_attached",
         QT_TRANSLATE_NOOP("cs::AuditAction", "Evidence attached to a version")},
        {AuditAction::DatasetCreated, "dataset.created", QT_TRANSLATE_NOOP("cs::AuditAction", "Dataset created")},
        {AuditAction::DatasetFileImported, "dataset.file_imported",
         QT_TRANSLATE_NOOP("cs::AuditAction", "Dataset file imported")},
        {AuditAction::DatasetEvidenceAttached, "dataset.evidence_attached",
         QT_TRANSLATE_NOOP("cs::AuditAction", "Evidence attached to a dataset")},
        {AuditAction::PredictionSetImported, "prediction_set.imported",
         QT_TRANSLATE_NOOP("cs::AuditAction", "Predictions imported")},
        {AuditAction::ChangeRequestCreated, "change_request.created",
         QT_TRANSLATE_NOOP("cs::AuditAction", "Change request opened")},
        {AuditAction::ChangeRequestEdited, "change_request.edited",
         QT_TRANSLATE_NOOP("cs::AuditAction", "Change request edited")},
        {AuditAction::ChangeRequestMoved, "change_request.moved",
         QT_TRANSLATE_NOOP("cs::AuditAction", "Change request moved")},
        {AuditAction::DocumentExported, "document.exported",
         QT_TRANSLATE_NOOP("cs::AuditAction", "Signed document exported")},
        {AuditAction::PccpSaved, "pccp.saved", QT_TRANSLATE_NOOP("cs::AuditAction", "PCCP version saved")},
        {AuditAction::DriftRunRecorded, "drift.run", QT_TRANSLATE_NOOP("cs::AuditAction", "Drift run recorded")},
        {AuditAction::DriftAlertRaised, "drift.alert-raised",
         QT_TRANSLATE_NOOP("cs::AuditAction", "Drift alert raised")},
        {AuditAction::DriftAlertDecided, "drift.alert-decided",
         QT_TRANSLATE_NOOP("cs::AuditAction", "Drift alert decided")},
    };
};

} // namespace cs
