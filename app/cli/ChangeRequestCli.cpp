// countersign-cli cr: change requests (docs/change-requests.md). Every verb runs one core command; what the window
// does with a request, these do too.
#include "CliSupport.h"
#include "commands/ChangeRequestCommands.h"
#include "queries/ChangeRequestQuery.h"
#include "util/UtcTime.h"
#include "workspace/SigningCeremony.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cs::cli {

namespace {

struct TextField
{
    const char* option;
    const char* help;
    QString ChangeRequestContent::*field;
};

/// The free-text fields, each given inline (--description TEXT) or from a file (--description-file F).
const TextField kTextFields[] = {
    {"title", "One line saying what the change is.", &ChangeRequestContent::title},
    {"trigger-ref", "What triggered it: the alert, report or plan it answers.",
     &ChangeRequestContent::triggerReference},
    {"description", "What changes.", &ChangeRequestContent::description},
    {"rationale", "Why.", &ChangeRequestContent::rationale},
    {"class-reason", "Why the change is minor or major.", &ChangeRequestContent::classificationReason},
    {"benefits", "Expected benefits.", &ChangeRequestContent::benefits},
    {"risks", "Risks considered, including bias across patient subgroups.", &ChangeRequestContent::risks},
    {"mitigations", "Mitigations.", &ChangeRequestContent::mitigations},
    {"residual-risk", "The residual-risk judgement.", &ChangeRequestContent::residualRisk},
    {"rollback-version", "The version to return to (default: the baseline).", &ChangeRequestContent::rollbackVersion},
    {"rollback-criteria", "What would trigger a rollback.", &ChangeRequestContent::rollbackCriteria},
};

void addContentOptions(QCommandLineParser& parser)
{
    for (const TextField& f : kTextFields) {
        parser.addOption({QLatin1String(f.option), QLatin1String(f.help), QStringLiteral("TEXT")});
        parser.addOption({QLatin1String(f.option) + QStringLiteral("-file"),
                          QStringLiteral("Read --%1 from a UTF-8 file.").arg(QLatin1String(f.option)),
                          QStringLiteral("FILE")});
    }
    parser.addOption({QStringLiteral("trigger"),
                      QStringLiteral("drift-alert, performance-review, scheduled-retraining, problem-report, "
                                     "new-data or other."),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("class"), QStringLiteral("minor or major."), QStringLiteral("CLASS")});
    parser.addOption(
        {QStringLiteral("validation"), QStringLiteral("The locked validation set."), QStringLiteral("DATASET")});
    parser.addOption(
        {QStringLiteral("challenge"), QStringLiteral("A challenge set (repeatable)."), QStringLiteral("DATASET")});
    parser.addOption({QStringLiteral("threshold"), QStringLiteral("The operating threshold of both versions."),
                      QStringLiteral("T")});
    parser.addOption(
        {QStringLiteral("candidate-threshold"), QStringLiteral("The candidate's threshold."), QStringLiteral("T")});
    parser.addOption(
        {QStringLiteral("baseline-threshold"), QStringLiteral("The baseline's threshold."), QStringLiteral("T")});
    parser.addOption(
        {QStringLiteral("alpha"), QStringLiteral("Significance level (default 0.05)."), QStringLiteral("A")});
    for (const char* margin : {"sensitivity", "specificity", "accuracy", "auc"}) {
        parser.addOption({QStringLiteral("margin-") + QLatin1String(margin),
                          QStringLiteral("Non-inferiority margin for %1.").arg(QLatin1String(margin)),
                          QStringLiteral("M")});
    }
    parser.addOption(
        {QStringLiteral("subgroup"), QStringLiteral("A subgroup column (repeatable)."), QStringLiteral("COLUMN")});
    parser.addOption({QStringLiteral("min-positives"),
                      QStringLiteral("Fewest positives for a subgroup verdict (default 10)."), QStringLiteral("N")});
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
                     QStringLiteral("--%1: \"%2\" is not a number").arg(option, parser.value(option)));
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
                return Error(
                    ErrorCode::Io,
                    QStringLiteral("--%1-file: cannot read %2: %3").arg(option, file.fileName(), file.errorString()));
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
                QStringLiteral("--trigger: \"%1\" is not a trigger kind").arg(parser.value(QStringLiteral("trigger"))));
        }
        c.trigger = *kind;
    }
    if (parser.isSet(QStringLiteral("class"))) {
        const QString cls = parser.value(QStringLiteral("class"));
        if (cls != u"minor" && cls != u"major") {
            return Error(ErrorCode::InvalidArgument, QStringLiteral("--class: minor or major, not \"%1\"").arg(cls));
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
    parser.setApplicationDescription(QStringLiteral("Open a change request for a candidate version. The baseline is "
                                                    "the version in production now."));
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("model"), QStringLiteral("The model."), QStringLiteral("MODEL")});
    parser.addOption({QStringLiteral("candidate"), QStringLiteral("The candidate version."), QStringLiteral("V")});
    addContentOptions(parser);
    if (!parse(parser, QStringLiteral("cr create"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    ChangeRequestContent content;
    content.model = parser.value(QStringLiteral("model"));
    content.candidate = parser.value(QStringLiteral("candidate"));
    if (content.model.isEmpty() || content.candidate.isEmpty() || !parser.isSet(QStringLiteral("user"))) {
        return fail(QStringLiteral("cr create: --model MODEL, --candidate V and --user USER are required"));
    }
    if (auto r = applyOptions(parser, content); !r) {
        return fail(r.error());
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    CreateChangeRequestCommand command(content);
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    out() << "Opened " << command.id() << " (draft): version " << content.candidate << " of " << content.model << '\n';
    return Success;
}

int crEdit(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Change a draft, or start the next revision of a returned "
                                                    "request. Only what is given changes."));
    addSignInOptions(parser);
    parser.addOption(
        {QStringLiteral("reason"), QStringLiteral("What changed, for the audit trail."), QStringLiteral("TEXT")});
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
        return fail(Error(ErrorCode::NotFound, QStringLiteral("there is no change request %1").arg(id)));
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
    out() << "Edited " << id << ", revision " << (now && now.value() ? now.value()->revision : 0) << '\n';
    return Success;
}

int crSubmit(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Submit a draft: its plan and text are locked and you sign it "
                                                    "as authored (your user ID and password, then your key file's "
                                                    "passphrase)."));
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("reason"), QStringLiteral("A note with your signature."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("pkcs12"), QStringLiteral("Your PKCS#12 file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("passphrase-fd"),
                      QStringLiteral("Read the PKCS#12 passphrase from this file descriptor."), QStringLiteral("N")});
    if (!parse(parser, QStringLiteral("cr submit"), args, {QStringLiteral("WORKSPACE"), QStringLiteral("ID")})) {
        return exitAfterParse(args);
    }
    if (!parser.isSet(QStringLiteral("pkcs12")) || !parser.isSet(QStringLiteral("user"))) {
        return fail(QStringLiteral("cr submit: --user USER and --pkcs12 FILE are required"));
    }
    SecretBytes password;
    auto ws = openSignedIn(parser, parser.positionalArguments().first(), false, &password);
    if (!ws) {
        return fail(ws.error());
    }
    SignRequest request;
    request.username = parser.value(QStringLiteral("user"));
    request.password = copyOf(password);
    request.pkcs12Path = parser.value(QStringLiteral("pkcs12"));
    request.reason = parser.value(QStringLiteral("reason"));
    auto passphrase =
        readSecret(parser, QStringLiteral("passphrase-fd"), QStringLiteral("passphrase of %1").arg(request.pkcs12Path));
    if (!passphrase) {
        return fail(passphrase.error());
    }
    request.passphrase = std::move(passphrase.value());
    auto credentials = Signing::open(*ws.value(), request);
    if (!credentials) {
        return fail(credentials.error());
    }
    const QString id = parser.positionalArguments().at(1);
    SubmitChangeRequestCommand command(id, request.reason, std::move(credentials.value()));
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    out() << "Submitted " << id << "; signature " << command.signatureId() << " (authored) by " << request.username
          << ". The plan is locked.\n";
    return Success;
}

int crEvaluate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Compute and freeze a submitted request's validation evidence "
                                                    "from the stored predictions."));
    addSignInOptions(parser);
    if (!parse(parser, QStringLiteral("cr evaluate"), args, {QStringLiteral("WORKSPACE"), QStringLiteral("ID")})) {
        return exitAfterParse(args);
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    const QString id = parser.positionalArguments().at(1);
    EvaluateChangeRequestCommand command(id);
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    out() << "Evaluated " << id << "; evidence SHA-256 " << command.evidenceSha256() << '\n';
    return Success;
}

int crMove(const QStringList& args, ChangeRequestAction action)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(action == ChangeRequestAction::Withdraw
                                         ? QStringLiteral("Withdraw your draft or submitted request.")
                                         : QStringLiteral("Return a submitted or evaluated request to its author for "
                                                          "a new revision (QA officer)."));
    addSignInOptions(parser);
    parser.addOption({QStringLiteral("reason"), QStringLiteral("Why (required)."), QStringLiteral("TEXT")});
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
    out() << id << " is now " << (now && now.value() ? nameOf(now.value()->state) : QString()) << '\n';
    return Success;
}

int crList(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the change requests, newest first."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (!parse(parser, QStringLiteral("cr list"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
    if (!ws) {
        return fail(ws.error());
    }
    auto all = ChangeRequestQuery(*ws.value()).all();
    if (!all) {
        return fail(all.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ChangeRequestRecord& r : all.value()) {
            auto json = ChangeRequestQuery(*ws.value()).toJson(r.id);
            if (!json) {
                return fail(json.error());
            }
            list.append(json.value());
        }
        out() << QJsonDocument(list).toJson();
        return Success;
    }
    for (const ChangeRequestRecord& r : all.value()) {
        out() << pad(r.id, 14) << pad(nameOf(r.state), 12)
              << pad(r.content.model + u' ' + r.content.candidate + QStringLiteral(" vs ") +
                         (r.content.baseline.isEmpty() ? QStringLiteral("none") : r.content.baseline),
                     24)
              << pad(r.author, 12) << r.content.title << '\n';
    }
    return Success;
}

int crShow(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show a change request: its content, plan and history."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (!parse(parser, QStringLiteral("cr show"), args, {QStringLiteral("WORKSPACE"), QStringLiteral("ID")})) {
        return exitAfterParse(args);
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
    if (!ws) {
        return fail(ws.error());
    }
    auto json = ChangeRequestQuery(*ws.value()).toJson(parser.positionalArguments().at(1));
    if (!json) {
        return fail(json.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(json.value()).toJson();
        return Success;
    }
    const QJsonObject j = json.value();
    const QJsonObject c = j[u"content"].toObject();
    out() << j[u"id"].toString() << ": " << c[u"title"].toString() << "\n  " << j[u"state"].toString() << ", revision "
          << j[u"revision"].toInt() << (j[u"locked"].toBool() ? " (locked)" : "") << ", by " << j[u"author"].toString()
          << " on " << j[u"created"].toString() << "\n  " << c[u"model"].toString() << " version "
          << c[u"candidate"].toString() << " against "
          << (c[u"baseline"].toString().isEmpty() ? QStringLiteral("no baseline (first release)")
                                                  : QStringLiteral("version ") + c[u"baseline"].toString())
          << "\n  trigger " << c[u"trigger"][u"kind"].toString() << ": " << c[u"trigger"][u"reference"].toString()
          << "\n  content SHA-256 " << j[u"content_sha256"].toString() << "\n  plan SHA-256 "
          << j[u"plan_sha256"].toString() << '\n';
    for (const QJsonValue& m : j[u"moves"].toArray()) {
        out() << "  " << m[u"at"].toString() << ' ' << m[u"action"].toString() << " by " << m[u"by"].toString() << ": "
              << m[u"from"].toString() << " -> " << m[u"to"].toString();
        if (m[u"signature"].toInteger() > 0) {
            out() << " (signature " << m[u"signature"].toInteger() << ')';
        }
        if (!m[u"reason"].toString().isEmpty()) {
            out() << " \"" << m[u"reason"].toString() << '"';
        }
        out() << '\n';
    }
    return Success;
}

} // namespace

int cr(const QStringList& args)
{
    return dispatch(QStringLiteral("cr"), args,
                    {{QStringLiteral("create"), crCreate},
                     {QStringLiteral("edit"), crEdit},
                     {QStringLiteral("submit"), crSubmit},
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
