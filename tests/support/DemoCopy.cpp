#include "DemoCopy.h"

#include "TestWorkspace.h"
#include "commands/ChangeRequestCommands.h"
#include "commands/PccpCommands.h"
#include "commands/SignRecordCommand.h"
#include "config-countersign-tests.h"
#include "demo/DemoWorkspace.h"
#include "queries/ChangeRequestQuery.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace cs::test {

QString Demo::passwordOf(const QString& username)
{
    for (const auto& p : DemoWorkspace::cast()) {
        if (p.username == username) {
            return p.password;
        }
    }
    return {};
}

bool Demo::signIn(Workspace& ws, const QString& username)
{
    const QString password = passwordOf(username);
    return !password.isEmpty() && ws.signIn(username, TestWorkspace::secret(password)).ok();
}

SigningCredentials Demo::credentials(const QString& demoPath, const QString& username)
{
    auto c = Pkcs12::read(DemoWorkspace::credentialsDir(demoPath) + u'/' + username + QStringLiteral(".p12"),
                          TestWorkspace::secret(DemoWorkspace::pkcs12Passphrase()));
    if (!c) {
        qFatal("%s", qPrintable(c.error().message));
    }
    return std::move(c.value());
}

int Demo::putPccpInForce(Workspace& ws, const QString& demoPath, const Pccp& p)
{
    const auto fatal = [](const Status& s) {
        if (!s) {
            qFatal("%s", qPrintable(s.error().message));
        }
    };
    if (!signIn(ws, QStringLiteral("therrera"))) {
        qFatal("therrera cannot sign in");
    }
    SavePccpCommand save(p, QStringLiteral("test.yaml"));
    fatal(ws.execute(save));
    const QString id = p.model + u'@' + QString::number(save.version());
    SignRecordCommand authored(QStringLiteral("pccp"), id, Meaning::Authored, QString(),
                               credentials(demoPath, QStringLiteral("therrera")));
    fatal(ws.execute(authored));
    if (!signIn(ws, QStringLiteral("mlindqvist"))) {
        qFatal("mlindqvist cannot sign in");
    }
    SignRecordCommand approved(QStringLiteral("pccp"), id, Meaning::Approved, QStringLiteral("approved for use"),
                               credentials(demoPath, QStringLiteral("mlindqvist")));
    fatal(ws.execute(approved));
    return save.version();
}

QString Demo::toldOnce(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.countersign"));
    if (!QFile::exists(path)) {
        const Status s = DemoWorkspace::create(path, QDateTime::currentMSecsSinceEpoch());
        if (!s) {
            qFatal("%s", qPrintable(s.error().message));
        }
    }
    return path;
}

bool Demo::copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}

bool Demo::copyWhole(const QString& demoPath, const QString& to)
{
    return QFile::copy(demoPath, to) && QFile::copy(demoPath + QStringLiteral(".key"), to + QStringLiteral(".key")) &&
        copyTree(DemoWorkspace::credentialsDir(demoPath), DemoWorkspace::credentialsDir(to)) &&
        copyTree(DemoWorkspace::sourcesDir(demoPath), DemoWorkspace::sourcesDir(to));
}

QString Demo::sepsisPccpFile()
{
    return QStringLiteral(COUNTERSIGN_SOURCE_DIR "/resources/demo/sepsis-risk-pccp.yaml");
}

Pccp Demo::sepsisPccp()
{
    auto p = Pccp::fromYamlFile(sepsisPccpFile());
    if (!p) {
        qFatal("%s", qPrintable(p.error().message));
    }
    return p.value();
}

int Demo::relaxSpecificityFloor(Workspace& ws, const QString& demoPath)
{
    Pccp relaxed = sepsisPccp();
    PccpRule& floor = relaxed.modifications[0].rules[2];
    if (floor.id != u"R3") {
        qFatal("the demo PCCP's third rule of M1 is not R3");
    }
    floor.bound = 0.70;
    return putPccpInForce(ws, demoPath, relaxed);
}

QString Demo::approvableRequest(Workspace& ws, const QString& demoPath)
{
    const auto fatal = [](const Status& s) {
        if (!s) {
            qFatal("%s", qPrintable(s.error().message));
        }
    };
    const QString id = QStringLiteral("CR-2026-0004");
    relaxSpecificityFloor(ws, demoPath);
    if (!signIn(ws, QStringLiteral("mlindqvist"))) {
        qFatal("mlindqvist cannot sign in");
    }
    MoveChangeRequestCommand back(id, ChangeRequestAction::Return,
                                  QStringLiteral("Re-evaluate under the PCCP version now in force"));
    fatal(ws.execute(back));
    if (!signIn(ws, QStringLiteral("dokafor"))) {
        qFatal("dokafor cannot sign in");
    }
    auto request = ChangeRequestQuery(ws).find(id);
    if (!request || !request.value()) {
        qFatal("the demo has no %s", qPrintable(id));
    }
    ChangeRequestContent content = request.value()->content;
    content.description += QStringLiteral(" Re-evaluated under the PCCP version now in force.");
    EditChangeRequestCommand edit(id, content, QStringLiteral("the PCCP's specificity floor was revised"));
    fatal(ws.execute(edit));
    SubmitChangeRequestCommand submit(id, QString(), LowPower::Refuse,
                                      credentials(demoPath, QStringLiteral("dokafor")));
    fatal(ws.execute(submit));
    EvaluateChangeRequestCommand evaluate(id);
    fatal(ws.execute(evaluate));
    return id;
}

QString Demo::submittedRequest(Workspace& ws, const QString& demoPath, const QString& title)
{
    if (!signIn(ws, QStringLiteral("dokafor"))) {
        qFatal("dokafor cannot sign in");
    }
    auto draft = ChangeRequestQuery(ws).draft(QStringLiteral("sepsis-risk"), QStringLiteral("4"));
    if (!draft) {
        qFatal("%s", qPrintable(draft.error().message));
    }
    ChangeRequestContent c = draft.value();
    c.trigger = ChangeTrigger::ScheduledRetraining;
    c.triggerReference = QStringLiteral("Quarterly re-training plan QRP-2026-Q3");
    c.title = title;
    for (QString* text : {&c.description, &c.rationale, &c.classificationReason, &c.benefits, &c.risks, &c.mitigations,
                          &c.residualRisk, &c.rollbackCriteria}) {
        *text = QStringLiteral("As in the waiting request.");
    }
    c.pccpModification = QStringLiteral("M1");
    CreateChangeRequestCommand create(c);
    if (auto r = ws.execute(create); !r) {
        qFatal("%s", qPrintable(r.error().message));
    }
    SubmitChangeRequestCommand submit(create.id(), QString(), LowPower::Refuse,
                                      credentials(demoPath, QStringLiteral("dokafor")));
    if (auto r = ws.execute(submit); !r) {
        qFatal("%s", qPrintable(r.error().message));
    }
    return create.id();
}

std::unique_ptr<DemoCopy> DemoCopy::of(const QString& demoPath)
{
    auto c = std::make_unique<DemoCopy>();
    c->path = c->dir.filePath(QStringLiteral("copy.countersign"));
    if (!QFile::copy(demoPath, c->path) ||
        !QFile::copy(demoPath + QStringLiteral(".key"), c->path + QStringLiteral(".key"))) {
        qFatal("cannot copy the demo workspace");
    }
    auto ws = Workspace::open(c->path, OpenMode::ReadWrite);
    if (!ws) {
        qFatal("%s", qPrintable(ws.error().message));
    }
    c->ws = std::move(ws.value());
    return c;
}

} // namespace cs::test
