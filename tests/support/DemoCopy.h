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
/// The demo story told once into `dir` (demo.countersign and its folders), for tests that give each case a copy
/// (copyWhole); later calls return the same path.
QString toldOnce(const QTemporaryDir& dir);
/// Copies a folder tree (files only, hidden ones too, links not followed), creating folders as needed; false when a
/// file cannot be copied.
bool copyTree(const QString& from, const QString& to);
/// Copies the demo at `demoPath` with its key, credentials and sources folders to `to` (whose folders take its name,
/// as the demo command names them): a demo for one test without telling the story again. False on any failure.
bool copyWhole(const QString& demoPath, const QString& to);
/// The demo's sepsis PCCP (resources/demo/sepsis-risk-pccp.yaml), in force in every demo workspace as version 1.
Pccp sepsisPccp();
/// The path of that file in the source tree.
QString sepsisPccpFile();
/// Puts in force a version of the demo's PCCP whose specificity floor (R3) is 0.70 instead of 0.80, as therrera and
/// mlindqvist; returns the version. Version 4 at its threshold meets that floor.
int relaxSpecificityFloor(Workspace& ws, const QString& demoPath);
/// The demo's waiting request, CR-2026-0004, fails the PCCP's specificity floor (R3) and cannot be approved. For tests
/// of what follows an approval: relaxSpecificityFloor(), then has mlindqvist return the request
/// and dokafor revise, submit and evaluate it again (revision 2), through the core's commands. Returns its id.
QString approvableRequest(Workspace& ws, const QString& demoPath);
/// A new request for version 4 as the workspace drafts it (both locked sets, against version 3 and the originally
/// cleared version 1), titled `title`, opened and submitted by dokafor, waiting for its evidence. Returns its id.
QString submittedRequest(Workspace& ws, const QString& demoPath, const QString& title);
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
