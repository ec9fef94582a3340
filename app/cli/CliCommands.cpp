#include "CliCommands.h"

#include "CliSupport.h"
#include "audit/AuditEventJson.h"
#include "audit/VerificationReport.h"
#include "commands/RecordAuditReviewCommand.h"
#include "demo/DemoWorkspace.h"
#include "identity/UserRules.h"
#include "queries/AuditQuery.h"
#include "queries/SignatureQuery.h"
#include "signing/SignatureVerifier.h"
#include "util/AtomicFile.h"
#include "util/DisplayText.h"
#include "util/UtcTime.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceLocation.h"
#include "workspace/WorkspaceMigration.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace cs::cli {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::cli::CliCommands)
};
} // namespace

QString usage()
{
    return Tr::tr(
        "Usage: countersign-cli COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  init WORKSPACE --admin USER --full-name NAME --email EMAIL [--name NAME]\n"
        "                                    create a workspace (and its key WORKSPACE.key) and its administrator\n"
        "  init --server URI --admin USER ... [--grant ROLE]\n"
        "                                    create a team workspace in an empty PostgreSQL database\n"
        "  demo WORKSPACE [--folder DIR]     create the demo workspace at WORKSPACE\n"
        "  migrate WORKSPACE --to WORKSPACE  copy a workspace between a file and a server, verifying both\n"
        "  log WORKSPACE [--json] [--from SEQ] [--limit N]\n"
        "                                    print the audit trail\n"
        "  checkpoint WORKSPACE --out FILE --user USER\n"
        "                                    sign a checkpoint of the audit trail and write it to FILE\n"
        "  verify WORKSPACE [--checkpoint FILE]... [--json]\n"
        "                                    verify the audit trail and every signature\n"
        "  review WORKSPACE --note TEXT --user USER [--from SEQ] [--to SEQ]\n"
        "                                    record a review of the audit trail\n"
        "\n"
        "  user add|list|update|lock|unlock|disable|passwd WORKSPACE ...\n"
        "                                    manage accounts (user COMMAND --help for each)\n"
        "  cert enroll WORKSPACE --user USER (--pkcs12 FILE | --cert PEM --key PEM)\n"
        "                                    enroll your signing certificate\n"
        "  trust add|list|crl WORKSPACE ...  manage the trusted CAs and revocation lists\n"
        "  sign WORKSPACE --record TYPE:ID --meaning M --user USER --pkcs12 FILE [--reason TEXT]\n"
        "                                    sign a record with your certificate\n"
        "  signatures WORKSPACE [--json]     list and verify the signatures\n"
        "  import mlflow WORKSPACE (--store MLRUNS_DIR | --db MLFLOW_DB) --model NAME (--version N | --all)\n"
        "         --user USER\n"
        "                                    import registered versions with their evidence\n"
        "  import dvc WORKSPACE --version MODEL:LABEL --lock dvc.lock --user USER\n"
        "                                    attach a DVC pipeline's data lineage to a version\n"
        "  import git WORKSPACE --version MODEL:LABEL --repo DIR [--commit REV] [--config PATH]... --user USER\n"
        "                                    attach the training code's commit and configuration files\n"
        "  import predictions WORKSPACE --dataset NAME --file F.csv --id COL [--label COL]\n"
        "         --score LABEL=COL... [--group COL]... [--feature COL]... [--role ROLE] --user USER\n"
        "                                    import per-sample predictions of versions on a dataset\n"
        "  import expectations WORKSPACE --dataset NAME --file RESULT.json --user USER\n"
        "                                    attach a Great Expectations validation result to a dataset\n"
        "  models WORKSPACE [--json]         list the models\n"
        "  datasets WORKSPACE [--json]       list the datasets, their files and prediction sets\n"
        "  model describe WORKSPACE MODEL [--intended-use T] [--device-class C] [--risk-class C] [--owner U]\n"
        "         --reason TEXT --user USER  record what a model is for and who answers for it\n"
        "  versions WORKSPACE MODEL [--json] list a model's versions (with --json, their evidence)\n"
        "  diff WORKSPACE MODEL V1 V2 [--repo DIR] [--json]\n"
        "                                    what differs between two versions\n"
        "  stats compare FILE.csv --label COL --reference COL --candidate COL [--threshold T] [--alpha A]\n"
        "         [--margin M] [--group COL] --json\n"
        "                                    compare two models' scores on one validation set\n"
        "  stats drift --reference REF.csv --current CUR.csv [--columns a,b,c] [--bins N] --json\n"
        "                                    drift of each column between two windows\n"
        "  pccp check FILE.yaml [--json]     read a PCCP file: its rules in words and traceability table, or\n"
        "                                    every problem with its line and field\n"
        "  pccp import WORKSPACE FILE.yaml --user USER\n"
        "                                    save a PCCP as the next version of its model's PCCP\n"
        "  pccp list WORKSPACE [--json]      every PCCP version with its status and signatures\n"
        "  pccp show WORKSPACE MODEL [--version N] [--json]\n"
        "                                    the PCCP in force (or a version), its rules and traceability\n"
        "  pccp sign WORKSPACE MODEL --version N --meaning authored|approved --pkcs12 FILE --user USER\n"
        "                                    sign a PCCP version (its author, then a QA officer)\n"
        "  pccp export WORKSPACE MODEL [--version N] --out FILE.pdf --pkcs12 FILE --user USER\n"
        "                                    the PCCP as a signed PDF document in the guidance's structure\n"
        "  drift run WORKSPACE MODEL --window DATASET --reference DATASET [--version V] [--bins N]\n"
        "         [--drift-share X] [--json] --user USER\n"
        "                                    compare a production window with a reference; may raise an alert\n"
        "  drift list WORKSPACE [--model M] [--json]\n"
        "                                    every drift run with its drifted features and alert\n"
        "  drift show WORKSPACE DR-N [--json]\n"
        "                                    one run: each feature's test, score, threshold and PSI\n"
        "  alert list WORKSPACE [--open] [--json]\n"
        "                                    the drift alerts and what was decided on each\n"
        "  alert ack WORKSPACE DA-N --reason TEXT --user USER\n"
        "                                    acknowledge an alert that needs no change (QA)\n"
        "                                    (to act on one: cr create ... --trigger drift-alert --trigger-ref DA-N)\n"
        "  transition WORKSPACE MODEL VERSION --to STATE --reason TEXT --user USER\n"
        "                                    move a version through its lifecycle\n"
        "  cr create WORKSPACE --model M --candidate V --title T [content options] --user USER\n"
        "                                    open a change request (the baseline is the version in production)\n"
        "  cr edit WORKSPACE ID [content options] --reason TEXT --user USER\n"
        "                                    change a draft, or revise a returned request\n"
        "  cr submit WORKSPACE ID --pkcs12 FILE [--reason TEXT] --user USER\n"
        "                                    lock the plan and sign the request as its author\n"
        "  cr evaluate WORKSPACE ID --user USER\n"
        "                                    compute and freeze a submitted request's validation evidence\n"
        "  cr justify WORKSPACE ID --reason TEXT --pkcs12 FILE --user USER\n"
        "                                    justify deciding although blocking PCCP rules were not evaluable\n"
        "  cr approve|reject WORKSPACE ID --reason TEXT --pkcs12 FILE --user USER\n"
        "                                    decide on an evaluated request, signing its evidence (QA)\n"
        "  cr implement WORKSPACE ID --pkcs12 FILE [--reason TEXT] --user USER\n"
        "                                    release an approved request into production (QA)\n"
        "  cr rollback|review WORKSPACE ID --reason TEXT --pkcs12 FILE --user USER\n"
        "                                    emergency rollback of an implemented request, and its review (QA)\n"
        "  cr withdraw|return WORKSPACE ID --reason TEXT --user USER\n"
        "                                    withdraw your request, or return one to its author (QA)\n"
        "  cr list WORKSPACE [--json]        list the change requests\n"
        "  cr show WORKSPACE ID [--json]     a request's content, plan, evidence verdicts and history\n"
        "  gate WORKSPACE MODEL [--version V] [--artifact-sha256 HEX] [--json]\n"
        "                                    the deployment gate: exit 0 only for a signed, verified release\n"
        "  package export WORKSPACE ID --out FILE.pdf [--paper a4|letter] --pkcs12 FILE --user USER\n"
        "                                    the change-control package as a signed PDF/A-1b file\n"
        "  report audit WORKSPACE [--from DATE] [--to DATE] --out FILE.pdf --pkcs12 FILE --user USER\n"
        "                                    the inspector's signed audit report of the trail\n"
        "  package verify FILE.pdf [--workspace W] [--ca CA.pem] [--json]\n"
        "                                    check a package's signature, chain, manifest and, with the\n"
        "                                    workspace, its recorded export and digests\n"
        "  signature export WORKSPACE ID --out DIR\n"
        "                                    write manifest.json, signature.p7s and signer.pem for OpenSSL\n"
        "\n"
        "Passwords and passphrases are read from the terminal without echo, or from --password-fd N,\n"
        "--new-password-fd N and --passphrase-fd N (one line each) for automation.\n"
        "\n"
        "  --version                         print the version\n"
        "  COMMAND --help                    help for one command\n"
        "\n"
        "WORKSPACE is a file, or a team workspace's URI: postgresql://USER@HOST/DATABASE?sslmode=verify-full\n"
        "(the password from ~/.pgpass, a service file or PGPASSWORD; never stored by Countersign).\n"
        "\n"
        "Exit status: 0 success, 1 an integrity check failed, 2 usage error or unusable workspace,\n"
        "3 refused (sign-in failed, not allowed, or a rule or certificate check refused),\n"
        "130 interrupted (Ctrl-C during an evaluation or an export: nothing was stored or written).\n");
}

int init(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Create a new, empty workspace and its administrator."));
    parser.addOption({QStringLiteral("name"), Tr::tr("Name shown for the workspace."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("admin"), Tr::tr("Username of the administrator."), QStringLiteral("USER")});
    parser.addOption(
        {QStringLiteral("full-name"), Tr::tr("The administrator's printed name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("email"), Tr::tr("The administrator's e-mail address."), QStringLiteral("EMAIL")});
    parser.addOption({QStringLiteral("password-fd"),
                      Tr::tr("Read the administrator's password from this file descriptor."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("server"),
                      Tr::tr("Create a team workspace in this empty PostgreSQL database "
                             "(postgresql://USER@HOST/DATABASE?sslmode=verify-full) instead of a file."),
                      QStringLiteral("URI")});
    parser.addOption({QStringLiteral("grant"),
                      Tr::tr("With --server: the role people connect as; it may read and add records but "
                             "never change or delete the trail."),
                      QStringLiteral("ROLE")});
    const bool server = std::any_of(args.cbegin(), args.cend(), [](const QString& a) {
        return a == u"--server" || a.startsWith(QLatin1String("--server="));
    });
    if (!parse(parser, QStringLiteral("init"), args,
               server ? QStringList() : QStringList {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    for (const char* required : {"admin", "full-name", "email"}) {
        if (!parser.isSet(QLatin1String(required))) {
            return fail(
                Tr::tr("init: --%1 is required (the workspace's first administrator)").arg(QLatin1String(required)));
        }
    }
    const QString path = server ? parser.value(QStringLiteral("server")) : parser.positionalArguments().first();
    if (server && !WorkspaceLocation::isServer(path)) {
        return fail(Tr::tr("init: --server takes a postgresql:// URI"));
    }
    if (parser.isSet(QStringLiteral("grant")) && !server) {
        return fail(Tr::tr("init: --grant applies to a team workspace (--server)"));
    }
    const NewAccount admin {parser.value(QStringLiteral("admin")),
                            parser.value(QStringLiteral("full-name")),
                            parser.value(QStringLiteral("email")),
                            {Role::Administrator}};
    if (auto r = UserRules::validate(admin); !r) {
        return fail(r.error());
    }
    auto password =
        readSecret(parser, QStringLiteral("password-fd"), Tr::tr("new password for %1").arg(admin.username), true);
    if (!password) {
        return fail(password.error());
    }
    Workspace::Options options;
    options.serverWriterRole = parser.value(QStringLiteral("grant"));
    auto ws = Workspace::create(path, admin, password.value(), {parser.value(QStringLiteral("name")), false}, options);
    if (!ws) {
        return fail(ws.error());
    }
    auto verifier = ws.value()->verifierKey();
    if (!verifier) {
        return fail(verifier.error());
    }
    out() << say(Tr::tr("Created workspace %1 (id %2)\nSigning key: %3 (keep a backup: checkpoints cannot be signed "
                        "without it)\nVerifier key: %4"),
                 ws.value()->path(), ws.value()->id(), ws.value()->keyFilePath(), verifier.value())
          << '\n';
    return Success;
}

int demo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Create the demo workspace."));
    parser.addOption({QStringLiteral("folder"),
                      Tr::tr("For a demo in a team workspace (WORKSPACE is a postgresql:// URI): the folder "
                             "that receives the demo's credentials and sources."),
                      QStringLiteral("DIR")});
    if (!parse(parser, QStringLiteral("demo"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    const QString path = parser.positionalArguments().first();
    QString beside;
    if (WorkspaceLocation::isServer(path)) {
        if (!parser.isSet(QStringLiteral("folder"))) {
            return fail(Tr::tr("demo: a demo on a server needs --folder DIR for its credentials and sources"));
        }
        beside = QDir(parser.value(QStringLiteral("folder"))).filePath(QStringLiteral("demo"));
    }
    if (auto r = DemoWorkspace::create(path, QDateTime::currentMSecsSinceEpoch(), beside); !r) {
        return fail(r.error());
    }
    out() << say(Tr::tr("Created the demo workspace %1"), WorkspaceLocation::display(path)) << '\n';
    return Success;
}

int migrate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Copy a workspace from a file to a team server or back. The original is verified first and "
               "only read; the copy is verified after and removed if it does not say the same."));
    parser.addOption({QStringLiteral("to"),
                      Tr::tr("Where the copy goes: a new file, or a postgresql:// URI of an empty database."),
                      QStringLiteral("WORKSPACE")});
    if (!parse(parser, QStringLiteral("migrate"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    if (!parser.isSet(QStringLiteral("to"))) {
        return fail(Tr::tr("migrate: --to is required (a new file or a postgresql:// URI)"));
    }
    const QString from = parser.positionalArguments().first();
    const QString to = parser.value(QStringLiteral("to"));
    if (WorkspaceLocation::isServer(from) == WorkspaceLocation::isServer(to)) {
        return fail(Tr::tr("migrate: copies between a file and a server; to copy a file, copy the file"));
    }
    auto report = WorkspaceMigration::migrate(from, to, [](const QString& table) {
        err() << say(Tr::tr("copying %1"), table) << '\n';
        err().flush();
    });
    if (!report) {
        return fail(report.error());
    }
    out() << say(Tr::tr("Copied %1 to %2: %3 events in %4 tables; both verify, chain head %5\n%6"), report->from,
                 report->to, report->events, report->tables, QString::fromLatin1(report->chainHead.toHex()),
                 report->keyNote)
          << '\n';
    return Success;
}

int log(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Print the audit trail."));
    parser.addOption({QStringLiteral("json"), Tr::tr("Print a JSON array of events.")});
    parser.addOption({QStringLiteral("from"), Tr::tr("First sequence number."), QStringLiteral("SEQ")});
    parser.addOption({QStringLiteral("limit"), Tr::tr("Print at most N events."), QStringLiteral("N")});
    if (!parse(parser, QStringLiteral("log"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    auto from = positiveNumber(parser, QStringLiteral("from"), 1);
    auto limit = positiveNumber(parser, QStringLiteral("limit"), std::numeric_limits<qint64>::max());
    if (!from || !limit) {
        return fail(from ? limit.error() : from.error());
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
    if (!ws) {
        return fail(ws.error());
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    qint64 printed = 0;
    if (json) {
        out() << '[';
    } else {
        out() << pad(Tr::tr("SEQ"), 7) << pad(Tr::tr("TIME (UTC)"), 25) << pad(Tr::tr("ACTOR"), 14)
              << pad(Tr::tr("ACTION"), 26) << pad(Tr::tr("ENTITY"), 40) << Tr::tr("REASON") << '\n';
    }
    AuditQuery events(*ws.value());
    auto scanned = events.scan(from.value(), [&](const AuditEvent& e) {
        if (printed >= limit.value()) {
            return false;
        }
        if (json) {
            out() << (printed == 0 ? "\n" : ",\n")
                  << QJsonDocument(AuditEventJson::toJson(e, ws.value()->id())).toJson(QJsonDocument::Compact);
        } else {
            out() << pad(QString::number(e.seq), 7) << pad(UtcTime::formatMsString(e.timeMs), 25) << pad(e.actor, 14)
                  << pad(e.action, 26) << pad(e.entityType + u':' + e.entityId, 40) << DisplayText::escaped(e.reason)
                  << '\n';
        }
        ++printed;
        return true;
    });
    if (json) {
        out() << (printed == 0 ? "]\n" : "\n]\n");
    }
    return scanned ? Success : fail(scanned.error());
}

int checkpoint(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Sign a checkpoint of the audit trail and write it to a file."));
    parser.addOption({QStringLiteral("out"), Tr::tr("File to write the checkpoint to."), QStringLiteral("FILE")});
    addSignInOptions(parser);
    if (!parse(parser, QStringLiteral("checkpoint"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        return fail(Tr::tr("checkpoint: --out FILE is required"));
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    auto cp = ws.value()->writeCheckpoint();
    if (!cp) {
        return fail(cp.error());
    }
    const QString file = parser.value(QStringLiteral("out"));
    if (auto r = AtomicFile::write(file, cp->note, AtomicFile::ordinaryPermissions(), false); !r) {
        return fail(r.error());
    }
    auto verifier = ws.value()->verifierKey();
    if (!verifier) {
        return fail(verifier.error());
    }
    out() << say(Tr::tr("Checkpoint of %1 events written to %2\nRoot hash: %3\nVerifier key: %4"), cp->size, file,
                 cp->rootHash.toBase64(), verifier.value())
          << '\n';
    return Success;
}

int verify(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Verify the audit trail against its hashes and checkpoints."));
    parser.addOption(
        {QStringLiteral("checkpoint"), Tr::tr("Also check against this checkpoint file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print the report as JSON.")});
    if (!parse(parser, QStringLiteral("verify"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    QList<std::pair<QString, QByteArray>> files;
    for (const QString& name : parser.values(QStringLiteral("checkpoint"))) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(Tr::tr("cannot read checkpoint file %1: %2").arg(name, file.errorString()));
        }
        files.append({name, file.readAll()});
    }
    auto ws = Workspace::open(parser.positionalArguments().first(), OpenMode::ReadOnly);
    if (!ws) {
        return fail(ws.error());
    }
    auto report = ws.value()->verify(files);
    if (!report) {
        return fail(report.error());
    }
    auto signatures = SignatureQuery(*ws.value()).verifyAll();
    if (!signatures) {
        return fail(signatures.error());
    }
    qsizetype badSignatures = 0;
    for (const SignatureCheck& c : signatures.value()) {
        badSignatures += c.valid ? 0 : 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray findings;
        for (const Finding& f : report->findings) {
            findings.append(QJsonObject {{QStringLiteral("kind"), nameOf(f.kind)},
                                         {QStringLiteral("seq"), f.seq == 0 ? QJsonValue() : QJsonValue(f.seq)},
                                         {QStringLiteral("message"), f.message}});
        }
        const QJsonObject json {
            {QStringLiteral("intact"), report->intact()},
            {QStringLiteral("events"), report->eventCount},
            {QStringLiteral("chain_head"), QString::fromLatin1(report->chainHead.toHex())},
            {QStringLiteral("root_hash"), QString::fromLatin1(report->rootHash.toHex())},
            {QStringLiteral("checkpoints_checked"), report->checkpointsChecked},
            {QStringLiteral("checkpoint_files_checked"), report->checkpointFilesChecked},
            {QStringLiteral("first_bad_seq"),
             report->firstBadSeq() == 0 ? QJsonValue() : QJsonValue(report->firstBadSeq())},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(report->warnings)},
            {QStringLiteral("signatures"), signaturesJson(signatures.value())},
            {QStringLiteral("signatures_valid"), badSignatures == 0},
        };
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        out() << report->summary() << '\n';
        for (const Finding& f : report->findings) {
            out() << "  " << (f.seq > 0 ? Tr::tr("event %1: ").arg(f.seq) : QString()) << f.message << '\n';
        }
        for (const QString& w : report->warnings) {
            out() << say(Tr::tr("  warning: %1"), w) << '\n';
        }
        if (badSignatures == 0) {
            out() << say(Tr::tr("Signatures: all %1 verify."), signatures->size()) << '\n';
        } else {
            out() << say(Tr::tr("Signatures: %1 of %2 FAIL verification."), badSignatures, signatures->size()) << '\n';
            for (const SignatureCheck& c : signatures.value()) {
                if (!c.valid) {
                    out() << say(Tr::tr("  signature %1 (%2:%3): %4"), c.stored.id, c.stored.recordType,
                                 c.stored.recordId, c.problem)
                          << '\n';
                }
            }
        }
    }
    return report->intact() && badSignatures == 0 ? Success : IntegrityFailure;
}

int review(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Record a review of the audit trail (EU Annex 11 section 9)."));
    parser.addOption(
        {QStringLiteral("note"), Tr::tr("The finding: what was checked and what was found."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("from"), Tr::tr("First event reviewed (default: after the last review)."),
                      QStringLiteral("SEQ")});
    parser.addOption(
        {QStringLiteral("to"), Tr::tr("Last event reviewed (default: the latest)."), QStringLiteral("SEQ")});
    addSignInOptions(parser);
    if (!parse(parser, QStringLiteral("review"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    if (parser.value(QStringLiteral("note")).trimmed().isEmpty()) {
        return fail(Tr::tr("review: --note TEXT is required (the finding of the review)"));
    }
    auto ws = openSignedIn(parser, parser.positionalArguments().first());
    if (!ws) {
        return fail(ws.error());
    }
    const bool fromSet = parser.isSet(QStringLiteral("from"));
    const bool toSet = parser.isSet(QStringLiteral("to"));
    // Without a range the command takes the unreviewed events inside its own transaction (and says so when there
    // are none); a range given in part is completed from the trail as it stands.
    std::optional<std::pair<qint64, qint64>> range;
    if (fromSet || toSet) {
        auto unreviewed = AuditQuery(*ws.value()).unreviewed();
        if (!unreviewed) {
            return fail(unreviewed.error());
        }
        auto latest = ws.value()->eventCount();
        if (!latest) {
            return fail(latest.error());
        }
        auto from = positiveNumber(parser, QStringLiteral("from"), unreviewed.value() ? unreviewed.value()->first : 1);
        auto to = positiveNumber(parser, QStringLiteral("to"), latest.value());
        if (!from || !to) {
            return fail(from ? to.error() : from.error());
        }
        range = std::pair {from.value(), to.value()};
    }
    const QString note = parser.value(QStringLiteral("note"));
    RecordAuditReviewCommand command =
        range ? RecordAuditReviewCommand(range->first, range->second, note) : RecordAuditReviewCommand(note);
    if (auto r = ws.value()->execute(command); !r) {
        return fail(r.error());
    }
    out() << say(Tr::tr("Recorded review %1 of events %2 to %3 by %4"), command.review().id, command.review().fromSeq,
                 command.review().toSeq, command.review().reviewer)
          << '\n';
    return Success;
}

} // namespace cs::cli
