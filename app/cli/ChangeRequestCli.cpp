// countersign-cli cr: change requests (docs/change-requests.md). Every verb runs one core command; what the window
// does with a request, these do too.
#include "CliSupport.h"
#include "commands/ChangeRequestCommands.h"
#include "queries/ChangeRequestQuery.h"
#include "queries/DeploymentGate.h"
#include "registry/ChangeRequestEvidence.h"
#include "registry/EvidenceTables.h"
#include "registry/PccpGate.h"
#include "util/UtcTime.h"
#include "workspace/SigningCeremony.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cs::cli {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::cli::ChangeRequestCli)
};
} // namespace

namespace {

struct TextField
{
    const char* option;
    const char* help;
    QString ChangeRequestContent::*field;
};

/// The free-text fields, each given inline (--description TEXT) or from a file (--description-file F).
const TextField kTextFields[] = {
    {"title", QT_TRANSLATE_NOOP("cs::cli::ChangeRequestCli", "One line saying what the change is."),
     &ChangeRequestContent::title},
    {"trigger-ref",
     QT_TRANSLATE_NOOP("cs::cli::ChangeRequestCli", "What triggered it: the alert, report or plan it answers."),
     &ChangeRequestContent::triggerReference},
    {"description", QT_TRANSLATE_NOOP("cs::cli::ChangeRequestCli", "What changes."),
     &ChangeRequestContent::description},
    {"rationale", QT_TRANSLATE_NOOP("cs::cli::ChangeRequestCli", "Why."), &ChangeRequestContent::rationale},
    {"class-reason", QT_TRANSLATE_NOOP("cs::cli::ChangeRequestCli", "Why the change is minor or major."),
     &ChangeRequestContent::classificationReason},
    {"benefits", QT_TRANSLATE_NOOP("cs::cli::ChangeRequestCli", "Expected benefits."), &ChangeRequestContent::benefits},
    {"risks",
     QT_TRANSLATE_NOOP("cs::cli::ChangeRequestCli", "Risks considered, including bias across patient subgroups."),
     &ChangeRequestContent::risks},
    {"mitigations", QT_TRANSLATE_NOOP("cs::cli::ChangeRequestCli", "Mitigations."), &ChangeRequestContent::mitigations},
    {"residual-risk", QT_TRANSLATE_NOOP("cs::cli::ChangeRequestCli", "The residual-risk judgement."),
     &ChangeRequestContent::residualRisk},
    {"rollback-version",
     QT_TRANSLATE_NOOP("cs::cli::ChangeRequestCli", "The version to return to (default: the baseline)."),
     &ChangeRequestContent::rollbackVersion},
    {"rollback-criteria", QT_TRANSLATE_NOOP("cs::cli::ChangeRequestCli", "What would trigger a rollback."),
     &ChangeRequestContent::rollbackCriteria},
};

void addContentOptions(QCommandLineParser& parser)
{
    for (const TextField& f : kTextFields) {
        parser.addOption({QLatin1String(f.option), Tr::tr(f.help), QStringLiteral("TEXT")});
        parser.addOption({QLatin1String(f.option) + QStringLiteral("-file"),
                          Tr::tr("Read --%1 from a UTF-8 file.").arg(QLatin1String(f.option)), QStringLiteral("FILE")});
    }
    parser.addOption({QStringLiteral("trigger"),
                      Tr::tr("drift-alert, performance-review, scheduled-retraining, problem-report, "
                             "new-data or other."),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("class"), Tr::tr("minor or major."), QStringLiteral("CLASS")});
    parser.addOption({QStringLiteral("pccp-modification"),
                      Tr::tr("The modification of the PCCP in force this change falls under (its id), or "
                             "\"outside\" (it then needs a new regulatory submission)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("validation"), Tr::tr("The locked validation set."), QStringLiteral("DATASET")});
    parser.addOption({QStringLiteral("challenge"), Tr::tr("A challenge set (repeatable)."), QStringLiteral("DATASET")});
    parser.addOption(
        {QStringLiteral("threshold"), Tr::tr("The operating threshold of both versions."), QStringLiteral("T")});
    parser.addOption(
        {QStringLiteral("candidate-threshold"), Tr::tr("The candidate's threshold."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("baseline-threshold"), Tr::tr("The baseline's threshold."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("cleared"),
                      Tr::tr("The originally cleared version, a second comparator (\"none\" for none; default: "
                             "the version of the model's first release, unless it is the baseline)."),
                      QStringLiteral("V")});
    parser.addOption({QStringLiteral("cleared-threshold"),
                      Tr::tr("The originally cleared version's threshold (default: the one it was released "
                             "with, else the baseline's)."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("alpha"), Tr::tr("Significance level (default 0.05)."), QStringLiteral("A")});
    for (const char* margin : {"sensitivity", "specificity", "accuracy", "auc"}) {
        parser.addOption({QStringLiteral("margin-") + QLatin1String(margin),
                          Tr::tr("Non-inferiority margin for %1.").arg(QLatin1String(margin)), QStringLiteral("M")});
    }
    parser.addOption({QStringLiteral("subgroup"), Tr::tr("A subgroup column (repeatable)."), QStringLiteral("COLUMN")});
    parser.addOption({QStringLiteral("min-positives"), Tr::tr("Fewest positives for a subgroup verdict (default 10)."),
                      QStringLiteral("N")});
}

Result<double> numberOption(const QCommandLineParser& parser, const QString& option, double fallback)
{
    if (!parser.isSet(option)) {
        return fallback;
    }
    bool ok = false;
    const double v = parser.value(option).toDouble(&ok);
    if (!ok) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("--%1: \"%2\" is not a number").arg(option, parser.value(option)));
    }
    return v;
}

/// Applies the options given to `c` (what is not given stays).
Status applyOptions(const QCommandLineParser& parser, ChangeRequestContent& c)
{
    for (const TextField& f : kTextFields) {
        const QString option = QLatin1String(f.option);
        if (parser.isSet(option + QStringLiteral("-file"))) {
            QFile file(parser.value(option + QStringLiteral("-file")));
            if (!file.open(QIODevice::ReadOnly)) {
                return Error(ErrorCode::Io,
                             Tr::tr("--%1-file: cannot read %2: %3").arg(option, file.fileName(), file.errorString()));
            }
            c.*f.field = QString::fromUtf8(file.readAll()).trimmed();
        } else if (parser.isSet(option)) {
            c.*f.field = parser.value(option);
        }
    }
    if (parser.isSet(QStringLiteral("trigger"))) {
        const auto kind = enumFromName<ChangeTrigger>(parser.value(QStringLiteral("trigger")));
        if (!kind) {
            return Error(
                ErrorCode::InvalidArgument,
                Tr::tr("--trigger: \"%1\" is not a trigger kind").arg(parser.value(QStringLiteral("trigger"))));
        }
        c.trigger = *kind;
    }
    if (parser.isSet(QStringLiteral("pccp-modification"))) {
        c.pccpModification = parser.value(QStringLiteral("pccp-modification")).trimmed();
    }
    if (parser.isSet(QStringLiteral("class"))) {
        const QString cls = parser.value(QStringLiteral("class"));
        if (cls != u"minor" && cls != u"major") {
            return Error(ErrorCode::InvalidArgument, Tr::tr("--class: minor or major, not \"%1\"").arg(cls));
        }
        c.major = cls == u"major";
    }
    ValidationPlan& p = c.plan;
    if (parser.isSet(QStringLiteral("validation")) || parser.isSet(QStringLiteral("challenge"))) {
        p.datasets.clear();
        if (parser.isSet(QStringLiteral("validation"))) {
            p.datasets.append({parser.value(QStringLiteral("validation")), false});
        }
        for (const QString& name : parser.values(QStringLiteral("challenge"))) {
            p.datasets.append({name, true});
        }
    }
    if (parser.isSet(QStringLiteral("subgroup"))) {
        p.subgroupColumns = parser.values(QStringLiteral("subgroup"));
    }
    auto threshold = numberOption(parser, QStringLiteral("threshold"), p.candidateThreshold);
    if (!threshold) {
        return threshold.error();
    }
    if (parser.isSet(QStringLiteral("threshold"))) {
        p.candidateThreshold = p.baselineThreshold = threshold.value();
    }
    for (const auto& [option, target] : {std::pair {QStringLiteral("candidate-threshold"), &p.candidateThreshold},
                                         std::pair {QStringLiteral("baseline-threshold"), &p.baselineThreshold},
                                         std::pair {QStringLiteral("alpha"), &p.alpha},
                                         std::pair {QStringLiteral("margin-sensitivity"), &p.sensitivityMargin},
                                         std::pair {QStringLiteral("margin-specificity"), &p.specificityMargin},
                                         std::pair {QStringLiteral("margin-accuracy"), &p.accuracyMargin},
                                         std::pair {QStringLiteral("margin-auc"), &p.aucMargin}}) {
        auto v = numberOption(parser, option, *target);
        if (!v) {
            return v.error();
        }
        *target = v.value();
    }
    if (parser.isSet(QStringLiteral("cleared"))) {
        const QString cleared = parser.value(QStringLiteral("cleared"));
        c.cleared = cleared == u"none" ? QString() : cleared;
        if (c.cleared.isEmpty()) {
            p.clearedThreshold.reset();
        } else if (!p.clearedThreshold) {
            p.clearedThreshold = p.baselineThreshold;
        }
    }
    if (parser.isSet(QStringLiteral("cleared-threshold"))) {
        auto v = numberOption(parser, QStringLiteral("cleared-threshold"), 0);
        if (!v) {
            return v.error();
        }
        if (c.cleared.isEmpty()) {
            return Error(ErrorCode::InvalidArgument,
                         Tr::tr("--cleared-threshold: the request names no originally cleared version; give "
                                "--cleared V as well"));
        }
        p.clearedThreshold = v.value();
    }
    auto positives = positiveNumber(parser, QStringLiteral("min-positives"), p.minimumPositives);
    if (!positives) {
        return positives.error();
    }
    p.minimumPositives = int(positives.value());
    return {};
}

int crCreate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Open a change request for a candidate version. The baseline is "
                                            "the version in production now. The plan starts from what the "
                                            "workspace holds (the datasets with both versions' predictions, "
                                            "their common subgroup columns, and the thresholds and margins "
                                            "of the request that put the baseline into production); the "
                                            "options given change it."));
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("model"), Tr::tr("The model."), QStringLiteral("MODEL")});
    parser.addOption({QStringLiteral("candidate"), Tr::tr("The candidate version."), QStringLiteral("V")});
    parser.addOption({QStringLiteral("rollback-of"),
                      Tr::tr("Open a rollback request: the implemented request whose change it undoes (the "
                             "candidate is then the version to return to)."),
                      QStringLiteral("ID")});
    addContentOptions(parser);
    if (!parse(parser, QStringLiteral("cr create"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    const QString model = parser.value(QStringLiteral("model"));
    const QString candidate = parser.value(QStringLiteral("candidate"));
    if (model.isEmpty() || candidate.isEmpty() || !parser.isSet(QStringLiteral("user"))) {
        return fail(Tr::tr("cr create: --model MODEL, --candidate V and --user USER are required"));
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    auto draft = ChangeRequestQuery(*ws.value()).draft(model, candidate);
    if (!draft) {
        return fail(draft.error());
    }
    ChangeRequestContent content = draft.value();
    content.rollbackOf = parser.value(QStringLiteral("rollback-of"));
    if (auto r = applyOptions(parser, content); !r) {
        return fail(r.error());
    }
    CreateChangeRequestCommand command(content);
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    out() << say(Tr::tr("Opened %1 (draft): version %2 of %3"), command.id(), content.candidate, content.model) << '\n';
    return Success;
}

int crEdit(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Change a draft, or start the next revision of a returned "
                                            "request. Only what is given changes."));
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("reason"), Tr::tr("What changed, for the audit trail."), QStringLiteral("TEXT")});
    addContentOptions(parser);
    if (!parse(parser, QStringLiteral("cr edit"), args, {QStringLiteral("WORKSPACE"), QStringLiteral("ID")})) {
        return exitAfterParse(args);
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    const QString id = parser.positionalArguments().at(1);
    auto request = ChangeRequestQuery(*ws.value()).find(id);
    if (!request) {
        return fail(request.error());
    }
    if (!request.value()) {
        return fail(Error(ErrorCode::NotFound, Tr::tr("there is no change request %1").arg(id)));
    }
    ChangeRequestContent content = request.value()->content;
    if (auto r = applyOptions(parser, content); !r) {
        return fail(r.error());
    }
    EditChangeRequestCommand command(id, content, parser.value(QStringLiteral("reason")));
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    auto now = ChangeRequestQuery(*ws.value()).find(id);
    out() << say(Tr::tr("Edited %1, revision %2"), id, (now && now.value() ? now.value()->revision : 0)) << '\n';
    return Success;
}

/// The verbs that sign: submit (authored), approve, reject, implement (released), rollback (an emergency rollback,
/// released) and review (of an emergency rollback, reviewed).
struct SignedVerb
{
    const char* name;
    const char* description;
    bool reasonRequired;
};

const SignedVerb kSignedVerbs[] = {
    {"submit",
     QT_TRANSLATE_NOOP("cs::cli::ChangeRequestCli",
                       "Submit a draft: its plan and text are locked and you sign it as authored."),
     false},
    {"approve",
     QT_TRANSLATE_NOOP("cs::cli::ChangeRequestCli",
                       "Approve an evaluated request (QA officer, not its author): you sign its evidence as approved."),
     true},
    {"reject",
     QT_TRANSLATE_NOOP("cs::cli::ChangeRequestCli",
                       "Reject an evaluated request (QA officer, not its author): you sign its evidence as rejected."),
     true},
    {"implement",
     QT_TRANSLATE_NOOP("cs::cli::ChangeRequestCli",
                       "Implement an approved request (QA officer, not its author): you sign it as released, the "
                       "candidate goes into production and the baseline is superseded."),
     false},
    {"rollback",
     QT_TRANSLATE_NOOP(
         "cs::cli::ChangeRequestCli",
         "Roll an implemented request back at once (QA officer): you sign as released; its rollback version "
         "goes back into production and the rollback waits for a review."),
     true},
    {"review",
     QT_TRANSLATE_NOOP("cs::cli::ChangeRequestCli",
                       "Review an emergency rollback (a QA officer other than who made it): you sign it as reviewed."),
     true},
    {"justify",
     QT_TRANSLATE_NOOP(
         "cs::cli::ChangeRequestCli",
         "Justify deciding on an evaluated request whose blocking PCCP rules could not be evaluated (QA officer, not "
         "its author): you sign its evidence as reviewed, with the justification as the reason."),
     true},
};

/// Runs the core command of a signing verb with the credentials just opened; returns the line to print.
Result<QString> runSigned(Workspace& ws, const QString& verb, const QString& id, const QString& reason,
                          LowPower lowPower, SigningCredentials credentials)
{
    const auto done = [&](Command& command, const QString& line) -> Result<QString> {
        if (auto r = ws.execute(command); !r) {
            return r.error();
        }
        return line;
    };
    if (verb == u"submit") {
        SubmitChangeRequestCommand c(id, reason, lowPower, std::move(credentials));
        return done(c, Tr::tr("Submitted %1 and signed it as authored. The plan is locked.").arg(id));
    }
    if (verb == u"approve" || verb == u"reject") {
        const bool approve = verb == u"approve";
        DecideChangeRequestCommand c(id, approve ? ChangeRequestAction::Approve : ChangeRequestAction::Reject, reason,
                                     std::move(credentials));
        return done(c, approve ? Tr::tr("Approved %1 (signed).").arg(id) : Tr::tr("Rejected %1 (signed).").arg(id));
    }
    if (verb == u"implement") {
        ImplementChangeRequestCommand c(id, reason, std::move(credentials));
        return done(c, Tr::tr("Implemented %1 (signed as released): its candidate is in production.").arg(id));
    }
    if (verb == u"rollback") {
        EmergencyRollbackCommand c(id, reason, std::move(credentials));
        return done(c, Tr::tr("Rolled %1 back (signed as released); a QA officer must review it.").arg(id));
    }
    if (verb == u"justify") {
        JustifyChangeRequestCommand c(id, reason, std::move(credentials));
        return done(c, Tr::tr("Signed a justification on %1's evidence (reviewed); it can now be decided.").arg(id));
    }
    ReviewRollbackCommand c(id, reason, std::move(credentials));
    return done(c, Tr::tr("Reviewed the emergency rollback of %1 (signed).").arg(id));
}

/// Before a plan is locked: prints the counts and the power of each dataset of request `id`'s plan (the submit
/// command itself refuses a plan whose power is below one half somewhere, unless told to accept it).
Status printPower(Workspace& ws, const QString& id)
{
    auto power = ChangeRequestQuery(ws).planPower(id);
    if (!power) {
        return power.error();
    }
    const auto percent = [](const QJsonValue& v) {
        return Tr::tr("%1% (margin %2)").arg(v[u"power"].toDouble() * 100.0, 0, 'f', 0).arg(v[u"margin"].toDouble());
    };
    for (const QJsonValue& d : power.value()[u"datasets"].toArray()) {
        out() << say(Tr::tr("  %1 %2: n %3, %4 positives, %5 negatives"), d[u"role"].toString(), d[u"name"].toString(),
                     d[u"n"].toInteger(), d[u"positives"].toInteger(), d[u"negatives"].toInteger())
              << '\n';
        const QJsonObject p = d[u"power"].toObject();
        if (!p.isEmpty()) {
            out() << say(Tr::tr("    power if the versions were equal (blinded estimate): sensitivity %1, specificity "
                                "%2, accuracy %3, AUC %4"),
                         percent(p[u"sensitivity"]), percent(p[u"specificity"]), percent(p[u"accuracy"]),
                         percent(p[u"auc"]))
                  << '\n';
        }
    }
    return {};
}

int crSigned(const QStringList& args, const SignedVerb& verb)
{
    const QString name = QStringLiteral("cr ") + QLatin1String(verb.name);
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(verb.description) +
                                     Tr::tr(" You give your user ID and password, then your key file's "
                                            "passphrase."));
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("reason"),
                      verb.reasonRequired ? Tr::tr("Why (required; it is part of what you sign).")
                                          : Tr::tr("A note with your signature."),
                      QStringLiteral("TEXT")});
    addSigningOptions(parser);
    const bool submit = qstrcmp(verb.name, "submit") == 0;
    if (submit) {
        parser.addOption({QStringLiteral("accept-low-power"),
                          Tr::tr("Submit a plan whose power at some margin is below 50% (the words go into "
                                 "your signature's reason).")});
    }
    if (!parse(parser, name, args, {QStringLiteral("WORKSPACE"), QStringLiteral("ID")})) {
        return exitAfterParse(args);
    }
    if (!parser.isSet(QStringLiteral("pkcs12")) || !parser.isSet(QStringLiteral("user"))) {
        return fail(name + Tr::tr(": --user USER and --pkcs12 FILE are required"));
    }
    if (verb.reasonRequired && parser.value(QStringLiteral("reason")).trimmed().isEmpty()) {
        return fail(name + Tr::tr(": --reason TEXT is required"));
    }
    SecretBytes password;
    auto ws = openSignedIn(parser, parser.positionalArguments().first(), false, &password);
    if (!ws) {
        return fail(ws.error());
    }
    const QString reason = parser.value(QStringLiteral("reason"));
    if (submit) {
        if (auto shown = printPower(*ws.value(), parser.positionalArguments().at(1)); !shown) {
            return fail(shown.error());
        }
    }
    auto credentials = openCredentials(parser, *ws.value(), password);
    if (!credentials) {
        return fail(credentials.error());
    }
    const LowPower lowPower =
        submit && parser.isSet(QStringLiteral("accept-low-power")) ? LowPower::Accept : LowPower::Refuse;
    auto line = runSigned(*ws.value(), QLatin1String(verb.name), parser.positionalArguments().at(1), reason, lowPower,
                          std::move(credentials.value()));
    if (!line) {
        // Refused for low power (the plan's own figures say so, in whatever language the refusal is worded).
        const auto power = submit && lowPower == LowPower::Refuse && line.error().code == ErrorCode::Rule
            ? ChangeRequestQuery(*ws.value()).planPower(parser.positionalArguments().at(1))
            : Result<QJsonObject>(Error(ErrorCode::NotFound, QString()));
        if (power && !power.value()[u"underpowered"].toArray().isEmpty()) {
            err() << Tr::tr("cr submit: to submit this plan as it is, add --accept-low-power") << '\n';
        }
        return fail(line.error());
    }
    out() << line.value() << '\n';
    return Success;
}

int crEvaluate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Compute and freeze a submitted request's validation evidence "
                                            "from the stored predictions."));
    addSignInOptions(parser);
    if (!parse(parser, QStringLiteral("cr evaluate"), args, {QStringLiteral("WORKSPACE"), QStringLiteral("ID")})) {
        return exitAfterParse(args);
    }
    const QString id = parser.positionalArguments().at(1);
    const Progress progress = interruptible(Tr::tr("Evaluating %1").arg(id));
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    EvaluateChangeRequestCommand command(id);
    if (auto r = ws.value()->execute(command, progress); !r) {
        return fail(r.error());
    }
    out() << say(Tr::tr("Evaluated %1; evidence SHA-256 %2"), id, command.evidenceSha256()) << '\n';
    return Success;
}

int crMove(const QStringList& args, ChangeRequestAction action)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(action == ChangeRequestAction::Withdraw
                                         ? Tr::tr("Withdraw your draft or submitted request.")
                                         : Tr::tr("Return a submitted or evaluated request to its author for "
                                                  "a new revision (QA officer)."));
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("reason"), Tr::tr("Why (required)."), QStringLiteral("TEXT")});
    const QString name = QStringLiteral("cr ") + nameOf(action);
    if (!parse(parser, name, args, {QStringLiteral("WORKSPACE"), QStringLiteral("ID")})) {
        return exitAfterParse(args);
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    const QString id = parser.positionalArguments().at(1);
    MoveChangeRequestCommand command(id, action, parser.value(QStringLiteral("reason")));
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    auto now = ChangeRequestQuery(*ws.value()).find(id);
    out() << say(Tr::tr("%1 is now %2"), id, (now && now.value() ? nameOf(now.value()->state) : QString())) << '\n';
    return Success;
}

int crList(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the change requests, newest first, with what each waits "
                                            "for and from whom."));
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    parser.addOption({QStringLiteral("open"), Tr::tr("Only requests that are not finished.")});
    parser.addOption({QStringLiteral("finished"), Tr::tr("Only finished requests.")});
    if (!parse(parser, QStringLiteral("cr list"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
    if (!ws) {
        return fail(ws.error());
    }
    ChangeRequestQuery query(*ws.value());
    auto all = query.all();
    if (!all) {
        return fail(all.error());
    }
    const bool open = parser.isSet(QStringLiteral("open"));
    const bool finished = parser.isSet(QStringLiteral("finished"));
    if (open && finished) {
        return fail(Tr::tr("cr list: --open and --finished exclude each other"));
    }
    QList<ChangeRequestRecord> listed;
    for (const ChangeRequestRecord& r : all.value()) {
        const bool final = ChangeRequestFlow::isFinal(r.state);
        if ((!open || !final) && (!finished || final)) {
            listed.append(r);
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ChangeRequestRecord& r : listed) {
            auto json = ChangeRequestQuery(*ws.value()).toJson(r.id);
            if (!json) {
                return fail(json.error());
            }
            list.append(json.value());
        }
        out() << QJsonDocument(list).toJson();
        return Success;
    }
    for (const ChangeRequestRecord& r : listed) {
        out() << pad(r.id, 14) << pad(nameOf(r.state), 12)
              << pad(r.content.model + u' ' + r.content.candidate + Tr::tr(" vs ") +
                         (r.content.baseline.isEmpty() ? QStringLiteral("none") : r.content.baseline),
                     24)
              << pad(r.author, 12) << r.content.title << '\n';
        const auto next = query.nextStep(r);
        if (next && !next->what.isEmpty()) {
            out() << say(Tr::tr("              next: %1 (%2)"), next->what, next->who) << '\n';
        }
    }
    return Success;
}

} // namespace

int gate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The deployment gate for a CI/CD pipeline: exit 0 only if the audit trail verifies, the version "
               "is in production through an implemented change request whose signatures all verify, and the "
               "file about to be deployed (--artifact-sha256) is one of its frozen artifacts; otherwise exit "
               "1 with the reason. Needs no account."));
    parser.addOption({QStringLiteral("version"),
                      Tr::tr("The version to be deployed (default: the one in "
                             "production)."),
                      QStringLiteral("V")});
    parser.addOption({QStringLiteral("artifact-sha256"), Tr::tr("SHA-256 of the file about to be deployed."),
                      QStringLiteral("HEX")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    if (!parse(parser, QStringLiteral("gate"), args, {QStringLiteral("WORKSPACE"), QStringLiteral("MODEL")})) {
        return exitAfterParse(args);
    }
    const QString sha = parser.value(QStringLiteral("artifact-sha256"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!sha.isEmpty() && !hex.match(sha).hasMatch()) {
        return fail(Tr::tr("gate: --artifact-sha256 takes 64 hexadecimal digits, not \"%1\"").arg(sha));
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
    if (!ws) {
        return fail(ws.error());
    }
    auto decision = DeploymentGate::decide(*ws.value(), parser.positionalArguments().at(1),
                                           parser.value(QStringLiteral("version")), sha);
    if (!decision) {
        return fail(decision.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(decision->toJson()).toJson();
    } else {
        out() << (decision->pass ? "PASS: " : "FAIL: ") << decision->reason << '\n';
        for (const QString& s : decision->signatures) {
            out() << "  " << s << '\n';
        }
    }
    return decision->pass ? Success : IntegrityFailure;
}

int cr(const QStringList& args)
{
    return dispatch(QStringLiteral("cr"), args,
                    {{QStringLiteral("create"), crCreate},
                     {QStringLiteral("edit"), crEdit},
                     {QStringLiteral("submit"),
                      [](const QStringList& a) {
                          return crSigned(a, kSignedVerbs[0]);
                      }},
                     {QStringLiteral("approve"),
                      [](const QStringList& a) {
                          return crSigned(a, kSignedVerbs[1]);
                      }},
                     {QStringLiteral("reject"),
                      [](const QStringList& a) {
                          return crSigned(a, kSignedVerbs[2]);
                      }},
                     {QStringLiteral("implement"),
                      [](const QStringList& a) {
                          return crSigned(a, kSignedVerbs[3]);
                      }},
                     {QStringLiteral("rollback"),
                      [](const QStringList& a) {
                          return crSigned(a, kSignedVerbs[4]);
                      }},
                     {QStringLiteral("review"),
                      [](const QStringList& a) {
                          return crSigned(a, kSignedVerbs[5]);
                      }},
                     {QStringLiteral("justify"),
                      [](const QStringList& a) {
                          return crSigned(a, kSignedVerbs[6]);
                      }},
                     {QStringLiteral("evaluate"), crEvaluate},
                     {QStringLiteral("withdraw"),
                      [](const QStringList& a) {
                          return crMove(a, ChangeRequestAction::Withdraw);
                      }},
                     {QStringLiteral("return"),
                      [](const QStringList& a) {
                          return crMove(a, ChangeRequestAction::Return);
                      }},
                     {QStringLiteral("list"), crList},
                     {QStringLiteral("show"), crShow}});
}

} // namespace cs::cli
