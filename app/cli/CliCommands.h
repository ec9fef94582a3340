#pragma once

#include <QStringList>

/// The countersign-cli subcommands. Each takes the arguments after its name, prints results on stdout and errors as
/// one line on stderr, and returns the exit status: 0 success, 1 an integrity check failed, 2 usage error or a
/// workspace that cannot be read or changed, 3 refused.
namespace cs::cli {

enum ExitCode
{
    Success = 0,
    IntegrityFailure = 1,
    Failure = 2,
    Refused = 3,
    Interrupted = 130, ///< Ctrl-C or SIGTERM stopped long work; nothing was stored (the shell's 128 + SIGINT)
};

int init(const QStringList& args);
int demo(const QStringList& args);
int migrate(const QStringList& args);
int log(const QStringList& args);
int checkpoint(const QStringList& args);
int verify(const QStringList& args);
int review(const QStringList& args);
int user(const QStringList& args);
int cert(const QStringList& args);
int trust(const QStringList& args);
int sign(const QStringList& args);
int signatures(const QStringList& args);
int signature(const QStringList& args);
int import(const QStringList& args);
int models(const QStringList& args);
int datasets(const QStringList& args);
int model(const QStringList& args);
int stats(const QStringList& args);
int versions(const QStringList& args);
int transition(const QStringList& args);
int diff(const QStringList& args);
int cr(const QStringList& args);
/// cr show: one change request as text or JSON (ChangeRequestShow.cpp).
int crShow(const QStringList& args);
int gate(const QStringList& args);
/// pccp check: a PCCP file read and shown as Countersign reads it.
int pccp(const QStringList& args);
/// drift run|list|show: drift monitoring of production windows.
int drift(const QStringList& args);
/// alert list|ack: the drift alerts and their review queue.
int alert(const QStringList& args);
/// package export: the signed change-control package. Lives in the documents program (countersign-documents), which
/// links reports/ and runs under a QApplication; countersign-cli hands the command to it (see documentsProgram()).
int package(const QStringList& args);
/// pccp export: a model's PCCP as a signed PDF document. Lives in the documents program too.
int pccpDocument(const QStringList& args);
/// report audit: the inspector's signed audit report. Lives in the documents program too.
int report(const QStringList& args);

/// Usage text for the whole program.
QString usage();

} // namespace cs::cli
