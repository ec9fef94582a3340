#include "CliCommands.h"
#include "CliSupport.h"
#include "ExportPackage.h"

#include <QDir>

namespace cs::cli {

namespace {
int packageExport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Export a change request's change-control package as a PDF/A-1b file signed with your "
                       "certificate (PAdES). You give your user ID and password, then your key file's passphrase."));
    addSignInOptions(parser);
    addSigningOptions(parser);
    parser.addOption({QStringLiteral("out"), QStringLiteral("The PDF file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("paper"), QStringLiteral("a4 (the default) or letter."), QStringLiteral("SIZE")});
    if (!parse(parser, QStringLiteral("package export"), args, {QStringLiteral("WORKSPACE"), QStringLiteral("ID")})) {
        return exitAfterParse(args);
    }
    if (!parser.isSet(QStringLiteral("out")) || !parser.isSet(QStringLiteral("pkcs12")) ||
        !parser.isSet(QStringLiteral("user"))) {
        return fail(QStringLiteral("package export: --out FILE, --user USER and --pkcs12 FILE are required"));
    }
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (!paper.isEmpty() && paper != u"a4" && paper != u"letter") {
        return fail(QStringLiteral("package export: --paper must be a4 or letter, not \"%1\"").arg(paper));
    }
    SecretBytes password;
    auto ws = openSignedIn(parser, parser.positionalArguments().first(), false, &password);
    if (!ws) {
        return fail(ws.error());
    }
    auto credentials = openCredentials(parser, *ws.value(), password);
    if (!credentials) {
        return fail(credentials.error());
    }
    reports::ExportPackageRequest request;
    request.requestId = parser.positionalArguments().at(1);
    request.outPath = parser.value(QStringLiteral("out"));
    request.paper = paper == u"letter" ? QPageSize::Letter : QPageSize::A4;
    request.credentials = std::move(credentials.value());
    auto exported = reports::exportPackage(*ws.value(), request);
    if (!exported) {
        return fail(exported.error());
    }
    out() << "Exported the change-control package of " << request.requestId << " to "
          << QDir::toNativeSeparators(exported->path) << " (" << exported->bytes << " bytes, SHA-256 "
          << exported->sha256 << "), signed by you\n";
    return Success;
}
} // namespace

int package(const QStringList& args)
{
    return dispatch(QStringLiteral("package"), args, {{QStringLiteral("export"), packageExport}});
}

} // namespace cs::cli
