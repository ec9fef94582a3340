#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// The independent tools the PDF tests read documents back with (poppler-utils, libnss3-tools, qpdf, OpenSSL).
namespace cs::test {

struct ToolRun
{
    int exitCode = -1; ///< -1: the program crashed or could not start
    QByteArray out;
    QByteArray err;
};

/// Runs `program` with `args`, `input` on its standard input, and waits (five minutes at most).
ToolRun runTool(const QString& program, const QStringList& args, const QByteArray& input = {});

/// Makes `nssDir` an NSS database (certutil) that trusts the CA in `caPem` and nothing else, for pdfsig -nssdir
/// sql:`nssDir`. Returns what went wrong, or an empty string.
QString nssTrusting(const QString& nssDir, const QString& caPem);

/// Writes `target` as `source` with one byte changed inside the signed range (64 bytes into the first stream, a
/// letter's case flipped). Returns what went wrong, or an empty string.
QString copyWithOneByteChanged(const QString& source, const QString& target);

} // namespace cs::test
