#pragma once

#include "commands/Command.h"
#include "importers/MlflowSource.h"
#include "records/ModelRecords.h"

namespace cs {

class Database;

/// One model version ready to be stored: the version record (evidence and its digest) and its metric history.
struct VersionImport
{
    ModelVersion version;
    QList<MetricPoint> metrics;
};

/// Stores imported model versions, creating the model on first import, in one transaction: all or nothing.
/// A version already imported with the same evidence is skipped; one imported with different evidence is refused
/// (evidence is frozen), which refuses the whole import.
class ImportModelVersionsCommand final : public Command
{
public:
    ImportModelVersionsCommand(QString modelName, QList<VersionImport> versions);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::ImportModelVersion; }
    Status apply(CommandContext& ctx) override;
    /// Labels stored by this import, and labels skipped because they were already there unchanged.
    const QStringList& imported() const { return m_imported; }
    const QStringList& unchanged() const { return m_unchanged; }

    /// Turns MLflow evidence into a version import (evidence JSON, digest, code commit, metrics).
    static Result<VersionImport> fromMlflow(const MlflowVersionEvidence& evidence, const QString& storeLocation);
    /// Reads `labels` of `model` from an MLflow store as version imports; a bad file anywhere fails the whole read.
    /// `notes` receives what could not be read ("version 3: not read: s3://... (why)").
    static Result<QList<VersionImport>> readMlflow(MlflowSource& source, const QString& model,
                                                   const QStringList& labels, QStringList* notes = nullptr,
                                                   const std::function<bool()>& cancelled = {});
    /// The labels of `versions` that are not yet in the workspace with this evidence (for a no-op re-import).
    static Result<QStringList> pending(Database& db, const QString& modelName, const QList<VersionImport>& versions);

private:
    QString m_modelName;
    QList<VersionImport> m_versions;
    QStringList m_imported;
    QStringList m_unchanged;
};

/// Attaches evidence read later (dvc.lock lineage, ...) to an imported version. The same content attached twice is
/// refused as already there; different content adds a new attachment (the earlier one stays).
class AttachEvidenceCommand final : public Command
{
public:
    AttachEvidenceCommand(QString modelName, QString label, QString kind, QString source, QJsonObject content);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::ImportModelVersion; }
    Status apply(CommandContext& ctx) override;

private:
    QString m_modelName;
    QString m_label;
    QString m_kind;
    QString m_source;
    QJsonObject m_content;
};

/// Records what a model is for and who answers for it: intended use, device class, risk class, owner. Each change is
/// an audit event with the values before and after and a reason. Fields left empty keep their value.
class DescribeModelCommand final : public Command
{
public:
    DescribeModelCommand(Model description, QString reason);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::ImportModelVersion; }
    Status apply(CommandContext& ctx) override;

private:
    Model m_description;
    QString m_reason;
};

/// Moves a version through its lifecycle with a reason. Core refuses an illegal transition; approving a version,
/// superseding and retiring it need the QA officer role. Production is refused: a version goes into production only
/// by implementing an approved change request (ImplementChangeRequestCommand).
class TransitionVersionCommand final : public Command
{
public:
    TransitionVersionCommand(QString modelName, QString label, LifecycleState to, QString reason);
    QString description() const override;
    std::optional<Action> requiredAction() const override { return Action::TransitionLifecycle; }
    Status apply(CommandContext& ctx) override;

private:
    QString m_modelName;
    QString m_label;
    LifecycleState m_to;
    QString m_reason;
};

} // namespace cs
