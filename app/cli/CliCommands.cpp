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

QString usage()
{
    return QStringLiteral(
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
    parser.setApplicationDescription(QStringLiteral("Create a new, empty workspace and its administrator."));
    parser.addOption({QStringLiteral("name"), QStringLiteral("Name shown for the workspace."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("admin"), QStringLiteral("Username of the administrator."), QStringLiteral("USER")});
    parser.addOption(
        {QStringLiteral("full-name"), QStringLiteral("The administrator's printed name."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("email"), QStringLiteral("The administrator's e-mail address."), QStringLiteral("EMAIL")});
    parser.addOption({QStringLiteral("password-fd"),
                      QStringLiteral("Read the administrator's password from this file descriptor."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("server"),
                      QStringLiteral("Create a team workspace in this empty PostgreSQL database "
                                     "(postgresql://USER@HOST/DATABASE?sslmode=verify-full) instead of a file."),
                      QStringLiteral("URI")});
    parser.addOption({QStringLiteral("grant"),
                      QStringLiteral("With --server: the role people connect as; it may read and add records but "
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
            return fail(QStringLiteral("init: --%1 is required (the workspace's first administrator)")
                            .arg(QLatin1String(required)));
        }
    }
    const QString path = server ? parser.value(QStringLiteral("server")) : parser.positionalArguments().first();
    if (server && !WorkspaceLocation::isServer(path)) {
        return fail(QStringLiteral("init: --server takes a postgresql:// URI"));
    }
    if (parser.isSet(QStringLiteral("grant")) && !server) {
        return fail(QStringLiteral("init: --grant applies to a team workspace (--server)"));
    }
    const NewAccount admin {parser.value(QStringLiteral("admin")),
                            parser.value(QStringLiteral("full-name")),
                            parser.value(QStringLiteral("email")),
                            {Role::Administrator}};
    if (auto r = UserRules::validate(admin); !r) {
        return fail(r.error());
    }
    auto password = readSecret(parser, QStringLiteral("password-fd"),
                               QStringLiteral("new password for %1").arg(admin.username), true);
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
    out() << "Created workspace " << ws.value()->path() << " (id " << ws.value()->id() << ")\n"
          << "Signing key: " << ws.value()->keyFilePath()
          << " (keep a backup: checkpoints cannot be signed without it)\n"
          << "Verifier key: " << verifier.value() << '\n';
    return Success;
}

int demo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Create the demo workspace."));
    parser.addOption({QStringLiteral("folder"),
                      QStringLiteral("For a demo in a team workspace (WORKSPACE is a postgresql:// URI): the folder "
                                     "that receives the demo's credentials and sources."),
                      QStringLiteral("DIR")});
    if (!parse(parser, QStringLiteral("demo"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    const QString path = parser.positionalArguments().first();
    QString beside;
    if (WorkspaceLocation::isServer(path)) {
        if (!parser.isSet(QStringLiteral("folder"))) {
            return fail(QStringLiteral("demo: a demo on a server needs --folder DIR for its credentials and sources"));
        }
        beside = QDir(parser.value(QStringLiteral("folder"))).filePath(QStringLiteral("demo"));
    }
    if (auto r = DemoWorkspace::create(path, QDateTime::currentMSecsSinceEpoch(), beside); !r) {
        return fail(r.error());
    }
    out() << "Created the demo workspace " << WorkspaceLocation::display(path) << '\n';
    return Success;
}

int migrate(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Copy a workspace from a file to a team server or back. The original is verified first and "
                       "only read; the copy is verified after and removed if it does not say the same."));
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("Where the copy goes: a new file, or a postgresql:// URI of an empty database."),
                      QStringLiteral("WORKSPACE")});
    if (!parse(parser, QStringLiteral("migrate"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    if (!parser.isSet(QStringLiteral("to"))) {
        return fail(QStringLiteral("migrate: --to is required (a new file or a postgresql:// URI)"));
    }
    const QString from = parser.positionalArguments().first();
    const QString to = parser.value(QStringLiteral("to"));
    if (WorkspaceLocation::isServer(from) == WorkspaceLocation::isServer(to)) {
        return fail(QStringLiteral("migrate: copies between a file and a server; to copy a file, copy the file"));
    }
    auto report = WorkspaceMigration::migrate(from, to, [](const QString& table) {
        err() << "copying " << table << '\n';
        err().flush();
    });
    if (!report) {
        return fail(report.error());
    }
    out() << "Copied " << report->from << " to " << report->to << ": " << report->events << " events in "
          << report->tables << " tables; both verify, chain head " << QString::fromLatin1(report->chainHead.toHex())
          << '\n'
          << report->keyNote << '\n';
    return Success;
}

int log(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print the audit trail."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array of events.")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("First sequence number."), QStringLiteral("SEQ")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("Print at most N events."), QStringLiteral("N")});
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
        out() << pad(QStringLiteral("SEQ"), 7) << pad(QStringLiteral("TIME (UTC)"), 25)
              << pad(QStringLiteral("ACTOR"), 14) << pad(QStringLiteral("ACTION"), 26)
              << pad(QStringLiteral("ENTITY"), 40) << "REASON\n";
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
    parser.setApplicationDescription(QStringLiteral("Sign a checkpoint of the audit trail and write it to a file."));
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("File to write the checkpoint to."), QStringLiteral("FILE")});
    addSignInOptions(parser);
    if (!parse(parser, QStringLiteral("checkpoint"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        return fail(QStringLiteral("checkpoint: --out FILE is required"));
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
    out() << "Checkpoint of " << cp->size << " events written to " << file << '\n'
          << "Root hash: " << cp->rootHash.toBase64() << '\n'
          << "Verifier key: " << verifier.value() << '\n';
    return Success;
}

int verify(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Verify the audit trail against its hashes and checkpoints."));
    parser.addOption({QStringLiteral("checkpoint"), QStringLiteral("Also check against this checkpoint file."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the report as JSON.")});
    if (!parse(parser, QStringLiteral("verify"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    QList<std::pair<QString, QByteArray>> files;
    for (const QString& name : parser.values(QStringLiteral("checkpoint"))) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(QStringLiteral("cannot read checkpoint file %1: %2").arg(name, file.errorString()));
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
            out() << "  " << (f.seq > 0 ? QStringLiteral("event %1: ").arg(f.seq) : QString()) << f.message << '\n';
        }
        for (const QString& w : report->warnings) {
            out() << "  warning: " << w << '\n';
        }
        if (badSignatures == 0) {
            out() << "Signatures: all " << signatures->size() << " verify.\n";
        } else {
            out() << "Signatures: " << badSignatures << " of " << signatures->size() << " FAIL verification.\n";
            for (const SignatureCheck& c : signatures.value()) {
                if (!c.valid) {
                    out() << "  signature " << c.stored.id << " (" << c.stored.recordType << ':' << c.stored.recordId
                          << "): " << c.problem << '\n';
                }
            }
        }
    }
    return report->intact() && badSignatures == 0 ? Success : IntegrityFailure;
}

int review(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Record a review of the audit trail (EU Annex 11 section 9)."));
    parser.addOption({QStringLiteral("note"), QStringLiteral("The finding: what was checked and what was found."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("First event reviewed (default: after the last review)."),
                      QStringLiteral("SEQ")});
    parser.addOption(
        {QStringLiteral("to"), QStringLiteral("Last event reviewed (default: the latest)."), QStringLiteral("SEQ")});
    addSignInOptions(parser);
    if (!parse(parser, QStringLiteral("review"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    if (parser.value(QStringLiteral("note")).trimmed().isEmpty()) {
        return fail(QStringLiteral("review: --note TEXT is required (the finding of the review)"));
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
    out() << "Recorded review " << command.review().id << " of events " << command.review().fromSeq << " to "
          << command.review().toSeq << " by " << command.review().reviewer << '\n';
    return Success;
}

} // namespace cs::cli
