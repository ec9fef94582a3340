#include "AuditReport.h"
#include "CliCommands.h"
#include "CliSupport.h"
#include "ExportPackage.h"
#include "PackageVerifier.h"
#include "PccpDocument.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTimeZone>

namespace cs::cli {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::cli::PackageCli)
};
} // namespace

namespace {
/// The options of every signed-document export: sign-in, signing, --out and --paper.
void addExportOptions(QCommandLineParser& parser)
{
    addSignInOptions(parser);
    addSigningOptions(parser);
    parser.addOption({QStringLiteral("out"), Tr::tr("The PDF file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("paper"), Tr::tr("a4 (the default) or letter."), QStringLiteral("SIZE")});
}

/// What writing a signed document needs: the workspace signed in, the signer's credentials, the file and the paper.
struct SignedExport
{
    std::unique_ptr<Workspace> workspace;
    SigningCredentials credentials;
    QString outPath;
    QPageSize::PageSizeId paper = QPageSize::A4;
};

/// Checks the export options of `command`, signs in and opens the credentials.
Result<SignedExport> openSignedExport(const QCommandLineParser& parser, const QString& command)
{
    if (!parser.isSet(QStringLiteral("out")) || !parser.isSet(QStringLiteral("pkcs12")) ||
        !parser.isSet(QStringLiteral("user"))) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("%1: --out FILE, --user USER and --pkcs12 FILE are required").arg(command));
    }
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (!paper.isEmpty() && paper != u"a4" && paper != u"letter") {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("%1: --paper must be a4 or letter, not \"%2\"").arg(command, paper));
    }
    SecretBytes password;
    auto ws = openSignedIn(parser, parser.positionalArguments().first(), false, &password);
    if (!ws) {
        return ws.error();
    }
    auto credentials = openCredentials(parser, *ws.value(), password);
    if (!credentials) {
        return credentials.error();
    }
    return SignedExport {std::move(ws.value()), std::move(credentials.value()), parser.value(QStringLiteral("out")),
                         paper == u"letter" ? QPageSize::Letter : QPageSize::A4};
}

void printExported(const QString& what, const reports::ExportedFile& exported)
{
    out() << say(Tr::tr("Exported %1 to %2 (%3 bytes, SHA-256 %4), signed by you"), what,
                 QDir::toNativeSeparators(exported.path), exported.bytes, exported.sha256)
          << '\n';
}

int packageExport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Export a change request's change-control package as a PDF/A-1b file signed with your "
               "certificate (PAdES). You give your user ID and password, then your key file's passphrase."));
    addExportOptions(parser);
    if (!parse(parser, QStringLiteral("package export"), args, {QStringLiteral("WORKSPACE"), QStringLiteral("ID")})) {
        return exitAfterParse(args);
    }
    const Progress progress =
        interruptible(Tr::tr("Exporting the package of %1").arg(parser.positionalArguments().at(1)));
    auto signing = openSignedExport(parser, QStringLiteral("package export"));
    if (!signing) {
        return fail(signing.error());
    }
    reports::ExportPackageRequest request;
    request.requestId = parser.positionalArguments().at(1);
    request.outPath = signing->outPath;
    request.paper = signing->paper;
    request.credentials = std::move(signing->credentials);
    request.progress = progress;
    auto exported = reports::exportPackage(*signing->workspace, request);
    if (!exported) {
        return fail(exported.error());
    }
    printExported(Tr::tr("the change-control package of %1").arg(request.requestId), exported.value());
    return Success;
}
int packageVerify(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Verify a signed change-control package: the PDF signature over its byte range, that nothing "
               "was appended after signing, the signer's certificate chain to a CA you trust (--ca, or the "
               "workspace's trust store), and with --workspace that the export is recorded and every digest "
               "in the package matches the records. Exit 0 valid, 1 invalid (the finding is printed), 2 "
               "unreadable."));
    parser.addOption({QStringLiteral("workspace"), Tr::tr("The workspace the package comes from (opened read-only)."),
                      QStringLiteral("WORKSPACE")});
    parser.addOption({QStringLiteral("ca"), Tr::tr("A CA certificate (PEM or DER) to trust; may be repeated."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print the result as JSON.")});
    if (!parse(parser, QStringLiteral("package verify"), args, {QStringLiteral("FILE.pdf")})) {
        return exitAfterParse(args);
    }
    const QString path = parser.positionalArguments().first();
    reports::PackageVerifyOptions options;
    for (const QString& ca : parser.values(QStringLiteral("ca"))) {
        auto certificate = Certificate::fromFile(ca);
        if (!certificate) {
            return fail(certificate.error());
        }
        options.trustAnchors.append(certificate.value());
    }
    if (options.trustAnchors.isEmpty() && !parser.isSet(QStringLiteral("workspace"))) {
        return fail(Tr::tr("package verify: give the CA to trust (--ca FILE) or the workspace (--workspace W)"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Tr::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QByteArray pdf = file.readAll();
    std::unique_ptr<Workspace> workspace;
    if (parser.isSet(QStringLiteral("workspace"))) {
        auto ws = Workspace::open(parser.value(QStringLiteral("workspace")), OpenMode::ReadOnly);
        if (!ws) {
            return fail(ws.error());
        }
        workspace = std::move(ws.value());
        options.workspace = workspace.get();
    }
    auto result = reports::verifyPackage(pdf, options);
    if (!result) {
        return fail(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), result.error().message));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = result->toJson();
        json.insert(QStringLiteral("file"), path);
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        out() << say(Tr::tr("%1 (%2 bytes, SHA-256 %3)"), QDir::toNativeSeparators(path), result->fileBytes,
                     result->fileSha256)
              << '\n';
        for (const reports::PackageCheck& c : result->checks) {
            out() << (c.passed ? "  ok    " : "  FAIL  ") << c.name << ": " << c.detail << '\n';
        }
        out() << result->conclusion() << '\n';
    }
    return result->valid() ? Success : IntegrityFailure;
}
/// A date (2026-10-18, the start of that day in UTC) or a time (2026-10-18T09:00:00Z) in UTC milliseconds; with
/// `endOfDay`, a bare date means the end of that day (the start of the next).
std::optional<qint64> parseWhen(const QString& text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid()) {
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        return std::nullopt;
    }
    if (at.timeSpec() == Qt::LocalTime) {
        at.setTimeZone(QTimeZone::utc());
    }
    return at.toMSecsSinceEpoch();
}

int reportAudit(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Export the inspector's audit report as a PDF/A-1b file signed with your certificate: the "
               "workspace's identity and verifier key, the verification of the trail, checkpoints, reviews, "
               "signatures, account and settings changes, and every event of the range with its hashes. "
               "Dates are UTC: --from 2026-10-01 --to 2026-10-31 lists the whole of October."));
    addExportOptions(parser);
    parser.addOption({QStringLiteral("from"), Tr::tr("The first day (or time) to list, UTC."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), Tr::tr("The last day to list (or the time to stop before), UTC."),
                      QStringLiteral("DATE")});
    if (!parse(parser, QStringLiteral("report audit"), args, {QStringLiteral("WORKSPACE")})) {
        return exitAfterParse(args);
    }
    reports::AuditReportRequest request;
    for (const auto& [option, endOfDay] : {std::pair {QStringLiteral("from"), false}, {QStringLiteral("to"), true}}) {
        if (!parser.isSet(option)) {
            continue;
        }
        const auto when = parseWhen(parser.value(option), endOfDay);
        if (!when) {
            return fail(Tr::tr("report audit: --%1 \"%2\" is not a date (2026-10-18) or a UTC time "
                               "(2026-10-18T09:00:00Z)")
                            .arg(option, parser.value(option)));
        }
        (endOfDay ? request.toMs : request.fromMs) = *when;
    }
    if (request.fromMs && request.toMs && *request.toMs <= *request.fromMs) {
        return fail(Tr::tr("report audit: --to must come after --from"));
    }
    const Progress progress = interruptible(Tr::tr("Exporting the audit report"));
    auto signing = openSignedExport(parser, QStringLiteral("report audit"));
    if (!signing) {
        return fail(signing.error());
    }
    request.outPath = signing->outPath;
    request.paper = signing->paper;
    request.credentials = std::move(signing->credentials);
    request.progress = progress;
    auto exported = reports::exportAuditReport(*signing->workspace, request);
    if (!exported) {
        return fail(exported.error());
    }
    printExported(Tr::tr("the audit report"), exported.value());
    return Success;
}
int pccpExport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Export a model's PCCP as a PDF/A-1b document signed with your certificate, in the structure of FDA's PCCP "
        "guidance: modifications, modification protocols with their acceptance criteria, impact assessment, "
        "traceability table and real-world monitoring rules, with the version's status and signatures."));
    addExportOptions(parser);
    parser.addOption({QStringLiteral("version"),
                      Tr::tr("The PCCP version (default: the one in force, else the newest)."), QStringLiteral("N")});
    if (!parse(parser, QStringLiteral("pccp export"), args, {QStringLiteral("WORKSPACE"), QStringLiteral("MODEL")})) {
        return exitAfterParse(args);
    }
    auto version = positiveNumber(parser, QStringLiteral("version"), 0);
    if (!version) {
        return fail(version.error());
    }
    const Progress progress = interruptible(Tr::tr("Exporting the PCCP"));
    auto signing = openSignedExport(parser, QStringLiteral("pccp export"));
    if (!signing) {
        return fail(signing.error());
    }
    reports::PccpExportRequest request;
    request.model = parser.positionalArguments().at(1);
    request.version = int(version.value());
    request.outPath = signing->outPath;
    request.paper = signing->paper;
    request.credentials = std::move(signing->credentials);
    request.progress = progress;
    auto exported = reports::exportPccp(*signing->workspace, request);
    if (!exported) {
        return fail(exported.error());
    }
    printExported(Tr::tr("the PCCP of %1").arg(request.model), exported.value());
    return Success;
}
} // namespace

int pccpDocument(const QStringList& args)
{
    return dispatch(QStringLiteral("pccp"), args, {{QStringLiteral("export"), pccpExport}});
}

int report(const QStringList& args)
{
    return dispatch(QStringLiteral("report"), args, {{QStringLiteral("audit"), reportAudit}});
}

int package(const QStringList& args)
{
    return dispatch(QStringLiteral("package"), args,
                    {{QStringLiteral("export"), packageExport}, {QStringLiteral("verify"), packageVerify}});
}

} // namespace cs::cli
