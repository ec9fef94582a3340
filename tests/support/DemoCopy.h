#pragma once

#include "pccp/Pccp.h"
#include "pki/Certificate.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace cs::test {

/// The demo's people, as tests need them: each one's password and signing credentials (demo-only secrets).
namespace Demo {
QString passwordOf(const QString& username);
/// Signs `username` in on `ws`; false when the demo has no such person or the sign-in fails.
bool signIn(Workspace& ws, const QString& username);
/// The person's signing credentials from the demo's credentials folder beside `demoPath`.
SigningCredentials credentials(const QString& demoPath, const QString& username);
/// Saves `p` as therrera, who signs it authored, and has mlindqvist approve it; returns the version now in force.
int putPccpInForce(Workspace& ws, const QString& demoPath, const Pccp& p);
/// The sepsis PCCP of tests/data/pccp/sepsis-risk.yaml.
Pccp sepsisPccp();
} // namespace Demo

/// A copy of a demo workspace (its key file too) in a directory of its own, opened read-write.
struct DemoCopy
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Workspace> ws;
    bool as(const QString& user) { return Demo::signIn(*ws, user); }
    static std::unique_ptr<DemoCopy> of(const QString& demoPath);
};

} // namespace cs::test
