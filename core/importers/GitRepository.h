#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace cs {

/// A commit of the training code.
struct GitCommitInfo
{
    QString id; ///< full 40-character hex id
    QString authorName;
    QString authorEmail;
    qint64 timeMs = 0;
    int offsetMinutes = 0; ///< the author's UTC offset
    QString summary;
    QString message;
    QStringList parents;

    QJsonObject toJson() const;
};

/// A file changed between two commits.
struct GitFileChange
{
    QString status; ///< added, deleted, modified, renamed, copied, typechange
    QString oldPath;
    QString newPath;
};

/// A git repository read through libgit2, never written: commits, the files changed between two commits, a file's
/// content at a commit, and a line diff of two texts.
class GitRepository
{
public:
    static Result<std::unique_ptr<GitRepository>> open(const QString& path);
    ~GitRepository();
    GitRepository(const GitRepository&) = delete;
    GitRepository& operator=(const GitRepository&) = delete;

    const QString& path() const { return m_path; }
    /// A commit by id, short id, branch or tag.
    Result<GitCommitInfo> commit(const QString& revision) const;
    Result<QList<GitFileChange>> changes(const QString& fromRevision, const QString& toRevision) const;
    /// The content of `file` (a path inside the repository) at `revision`.
    Result<QByteArray> fileAt(const QString& revision, const QString& file) const;
    /// The evidence attached to a version ("git-commit"): the commit and each named configuration file at it
    /// (content, size, SHA-256).
    Result<QJsonObject> evidence(const QString& revision, const QStringList& configFiles) const;

    /// A unified line diff of two texts (libgit2's buffer diff), empty when they are equal.
    static Result<QString> lineDiff(const QByteArray& before, const QByteArray& after, const QString& path);

private:
    GitRepository() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_path;
};

} // namespace cs
