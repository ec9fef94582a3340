#pragma once

#include "identity/Authority.h"
#include "records/ChangeRequest.h"
#include "records/Meaning.h"
#include "records/User.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cs {

/// A signable record by its type and id, as SignatureQuery::record() and SignRecordCommand take them.
struct SignableRef
{
    QString type;
    QString id;
};

/// Who may take an action, relative to the request's author.
enum class AuthorRule
{
    Anyone,
    AuthorOnly, ///< edit, submit, withdraw: the author's own work
    NotAuthor, ///< approve, reject, return, implement: never the author (separation of duties)
    Countersign, ///< close and rolled back: taken by core when another request is implemented, never by a person
};

/// One legal move of a change request: where it leads, the authority-matrix action it needs, who relative to the
/// author may take it, the signature it is (if any) and whether a reason is required.
struct ChangeRequestStep
{
    ChangeRequestState to;
    std::optional<Action> authority; ///< empty for Countersign's own moves
    AuthorRule author = AuthorRule::Anyone;
    std::optional<Meaning> signature;
    bool reasonRequired = false;
};

/// What the flow needs to know about a request besides its state.
struct ChangeRequestFacts
{
    ChangeRequestState state = ChangeRequestState::Draft;
    QString author;
    QString emergencyBy; ///< who rolled it back in an emergency (empty if nobody did)
    bool reviewed = false; ///< the retrospective review of that emergency rollback is signed
    /// From the evidence frozen for the current revision: the blocking PCCP rules it does not meet (their ids), and
    /// whether blocking rules that could not be evaluated still wait for a QA officer's signed justification
    /// (ChangeRequestQuery fills them in; the approval and justification commands check the same evidence).
    QStringList pccpBlockers;
    bool awaitingJustification = false;
};

/// The change-request state machine (docs/change-requests.md): draft -> submitted -> evaluated -> approved |
/// rejected | returned; approved -> implemented -> closed | rolled back; returned -> draft (the next revision); draft
/// or submitted -> withdrawn. Core enforces it for the window and the command line alike.
namespace ChangeRequestFlow {
/// The move `action` makes from `state`, or a Rule error naming the state, the action and what can be done instead.
Result<ChangeRequestStep> step(ChangeRequestState state, ChangeRequestAction action);
/// Checks that `who` may take `action` on a request with `facts`: the move is legal, one of their roles allows its
/// authority action, and separation of duties holds (the author never approves, rejects, returns or releases their
/// own request; the review of an emergency rollback is by someone other than who made it). Each refusal says which
/// rule refused.
Result<ChangeRequestStep> check(const ChangeRequestFacts& facts, ChangeRequestAction action, const User& who);
/// The actions `who` may take now, in the enum's order (for the window's buttons and `cr show`).
QList<ChangeRequestAction> available(const ChangeRequestFacts& facts, const User& who);
/// The facts of a request in `state` by `author` whose moves (oldest first) are `moves`.
ChangeRequestFacts facts(ChangeRequestState state, const QString& author, const QList<ChangeRequestMove>& moves);
/// The record a person signs when taking `action` on revision `revision` of request `id`: the revision itself when
/// it is submitted ("change-request", ID@REV), its frozen evidence when it is approved, rejected or implemented
/// ("change-request-evidence", ID@REV), and the request when it is rolled back in an emergency or that rollback is
/// reviewed ("change-request-rollback", ID). Empty for actions that are not signed.
std::optional<SignableRef> signedRecord(const QString& id, int revision, ChangeRequestAction action);
/// True for states from which nothing more happens.
bool isFinal(ChangeRequestState state);
/// What a request with `facts` waits for, and from whom, as the list of requests shows it ("approve or reject" /
/// "a QA officer other than dokafor"); both empty when it waits for nothing.
struct NextStep
{
    QString what;
    QString who;
};
NextStep nextStep(const ChangeRequestFacts& facts);
} // namespace ChangeRequestFlow

} // namespace cs
