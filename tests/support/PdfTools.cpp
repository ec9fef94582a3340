#include "PdfTools.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace cs::test {

ToolRun runTool(const QString& program, const QStringList& args, const QByteArray& input)
{
    QProcess p;
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString nssTrusting(const QString& nssDir, const QString& caPem)
{
    if (!QDir().mkpath(nssDir)) {
        return QStringLiteral("cannot make %1").arg(nssDir);
    }
    const QString db = QStringLiteral("sql:") + nssDir;
    ToolRun r = runTool(QStringLiteral("certutil"),
                        {QStringLiteral("-N"), QStringLiteral("-d"), db, QStringLiteral("--empty-password")});
    if (r.exitCode != 0) {
        return QString::fromUtf8(r.err);
    }
    r = runTool(QStringLiteral("certutil"),
                {QStringLiteral("-A"), QStringLiteral("-d"), db, QStringLiteral("-n"),
                 QStringLiteral("Countersign demo CA"), QStringLiteral("-t"), QStringLiteral("CT,C,C"),
                 QStringLiteral("-a"), QStringLiteral("-i"), caPem});
    return r.exitCode == 0 ? QString() : QString::fromUtf8(r.err);
}

QString copyWithOneByteChanged(const QString& source, const QString& target)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        return QStringLiteral("cannot read %1: %2").arg(source, in.errorString());
    }
    QByteArray bytes = in.readAll();
    const qsizetype at = bytes.indexOf("stream") + 64;
    if (at < 64 || at >= bytes.size()) {
        return QStringLiteral("%1 has no stream to change").arg(source);
    }
    bytes[at] = char(bytes[at] ^ 0x20);
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
        return QStringLiteral("cannot write %1: %2").arg(target, out.errorString());
    }
    return {};
}

} // namespace cs::test
