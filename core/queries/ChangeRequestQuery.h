#pragma once

#include "records/ChangeRequest.h"
#include "registry/ChangeRequestFlow.h"
#include "util/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace cs {

class Database;
class Workspace;

/// Reads change requests for the window and the command line. Read-only; needs no account except available().
class ChangeRequestQuery
{
public:
    explicit ChangeRequestQuery(Workspace& workspace);

    /// Every request with its latest revision and state, newest first.
    Result<QList<ChangeRequestRecord>> all();
    Result<std::optional<ChangeRequestRecord>> find(const QString& id);
    Result<std::optional<ChangeRequestRecord>> revision(const QString& id, int revision);
    /// The request's moves, oldest first.
    Result<QList<ChangeRequestMove>> moves(const QString& id);
    /// What the signed-in person may do with the request now (none when nobody is signed in).
    Result<QList<ChangeRequestAction>> available(const QString& id);
    /// What the request waits for and from whom (ChangeRequestFlow::nextStep); needs no account.
    Result<ChangeRequestFlow::NextStep> nextStep(const ChangeRequestRecord& request);
    /// The frozen validation evidence of a revision (empty when it was not evaluated).
    Result<QJsonObject> evidence(const QString& id, int revision);
    /// A new request for version `candidate` of `model` filled in from what the workspace holds
    /// (docs/change-requests.md): the baseline is the version in production and the rollback version with it; the plan
    /// takes the locked validation sets and the challenge sets on which both versions have predictions, the subgroup
    /// columns they all have, and the thresholds, alpha, margins and minimum positives of the request that put the
    /// baseline into production (the protocol carries over; the demo's sepsis thresholds are those of the versions).
    /// The originally cleared version is the one the model's first release put into production (at the threshold it
    /// was released with), unless it is the baseline or the candidate; its predictions are then needed on each
    /// dataset too. The author writes the rest.
    Result<ChangeRequestContent> draft(const QString& model, const QString& candidate);
    /// What the plan of `content` can show before it is locked (ChangeRequestEvidence::planPower).
    Result<QJsonObject> planPower(const ChangeRequestContent& content);
    /// What the current revision's plan can show (ChangeRequestEvidence::planPower): counts per dataset and the power
    /// at each margin, with the margins it would fail more often than not with two equal versions.
    Result<QJsonObject> planPower(const QString& id);
    /// Every revision of request `id` up to `latest`, oldest first: its number, content and plan hashes, whether it
    /// is locked, its evidence hash once evaluated, and what changed from the revision before (contentChanges).
    Result<QJsonArray> revisions(const QString& id, int latest);
    /// The fields that differ between two contents (ChangeRequestContent::toJson), by dotted path
    /// ("plan.min_positives"), each with its value before and after (lists as compact JSON), in path order.
    static QJsonArray contentChanges(const QJsonObject& before, const QJsonObject& after);
    /// The request as `cr show --json` prints it: id, author, revision, state, content, hashes, moves and, once
    /// evaluated, the evidence with its SHA-256; and every revision (revisions()).
    Result<QJsonObject> toJson(const QString& id);

private:
    /// The flow's facts of `request`, with what its frozen evidence says about the PCCP in force.
    Result<ChangeRequestFacts> factsOf(const ChangeRequestRecord& request, const QList<ChangeRequestMove>& moves);

    Workspace& m_workspace;
    Database& m_db;
};

} // namespace cs
