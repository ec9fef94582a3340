#pragma once

#include "identity/Authority.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace cs::DemoWorkspace {

/// One person of the demo cast, with the password and PKCS#12 passphrase the README lists. Demo credentials are
/// public by design: the demo workspace is labelled as such everywhere and must never hold real data.
struct DemoPerson
{
    QString username;
    QString fullName;
    QString email;
    Role role;
    QString password;
    bool hasCertificate;
};

const QList<DemoPerson>& cast();
/// The passphrase of every demo PKCS#12 file.
QString pkcs12Passphrase();

/// Creates the demo workspace at `path`: a plausible few weeks of history (creation, people added, settings chosen
/// with reasons, a demo CA trusted, certificates enrolled, audit-trail reviews signed, checkpoints) made through
/// the same commands a person's actions go through, never by writing rows directly. The history is dated in the
/// past relative to `nowMs`, and the workspace is marked as a demo. The demo CA certificate and each person's
/// PKCS#12 file are written to credentialsDir(path). On failure nothing is left behind.
/// A demo in a team workspace: `path` is the server URI of an empty database, and the folders go beside `besidePath`
/// (a path in a local folder) instead of beside the workspace.
Status create(const QString& path, qint64 nowMs, const QString& besidePath = {});

/// The folder beside a demo workspace that holds ca.pem and USERNAME.p12 for each person.
QString credentialsDir(const QString& path);

/// The folder beside a demo workspace that holds what the demo imported: an MLflow store, the training code's git
/// repository with its dvc.lock, prediction files and a data-contract result.
QString sourcesDir(const QString& path);

/// Removes a demo workspace and the folders beside it (credentials, sources). Used for the demo Countersign keeps
/// in its own data folder when that was partly deleted, so it can be made again.
void discard(const QString& path);

/// Where `countersign --demo` keeps its demo workspace (in the user's data folder).
QString defaultPath();

} // namespace cs::DemoWorkspace
