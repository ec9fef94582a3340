#include "GitRepository.h"

#include "crypto/Sha256.h"
#include "json/YamlJson.h"
#include "util/UtcTime.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

#include <git2.h>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::GitRepository)
};

QString gitError()
{
    const git_error* e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message) : Tr::tr("unknown libgit2 error");
}

/// Keeps libgit2 initialised for as long as any repository is open.
struct Library
{
    Library() { git_libgit2_init(); }
    ~Library() { git_libgit2_shutdown(); }
};

template<typename T, void (*Free)(T*)>
struct Owned
{
    T* p = nullptr;
    ~Owned()
    {
        if (p) {
            Free(p);
        }
    }
};

bool safeRelativePath(const QString& path)
{
    return !path.isEmpty() && !path.startsWith(u'/') && !path.split(u'/').contains(QStringLiteral(".."));
}

QString statusName(git_delta_t status)
{
    switch (status) {
    case GIT_DELTA_ADDED:
        return QStringLiteral("added");
    case GIT_DELTA_DELETED:
        return QStringLiteral("deleted");
    case GIT_DELTA_RENAMED:
        return QStringLiteral("renamed");
    case GIT_DELTA_COPIED:
        return QStringLiteral("copied");
    case GIT_DELTA_TYPECHANGE:
        return QStringLiteral("typechange");
    default:
        return QStringLiteral("modified");
    }
}
} // namespace

struct GitRepository::Impl
{
    Library library;
    git_repository* repo = nullptr;
    ~Impl() { git_repository_free(repo); }

    Result<git_commit*> lookup(const QString& revision) const
    {
        if (revision.isEmpty() || revision.startsWith(u'-')) {
            return Error(ErrorCode::InvalidArgument, Tr::tr("\"%1\" is not a commit").arg(revision));
        }
        Owned<git_object, git_object_free> object;
        if (git_revparse_single(&object.p, repo, revision.toUtf8().constData()) != 0) {
            return Error(ErrorCode::NotFound,
                         Tr::tr("commit %1 is not in the repository (%2)").arg(revision, gitError()));
        }
        git_object* peeled = nullptr;
        if (git_object_peel(&peeled, object.p, GIT_OBJECT_COMMIT) != 0) {
            return Error(ErrorCode::InvalidArgument, Tr::tr("%1 does not name a commit").arg(revision));
        }
        return reinterpret_cast<git_commit*>(peeled);
    }
};

QJsonObject GitCommitInfo::toJson() const
{
    return QJsonObject {{QStringLiteral("id"), id},
                        {QStringLiteral("author"), authorName},
                        {QStringLiteral("email"), authorEmail},
                        {QStringLiteral("time"), UtcTime::formatMsString(timeMs)},
                        {QStringLiteral("utc_offset_minutes"), offsetMinutes},
                        {QStringLiteral("summary"), summary},
                        {QStringLiteral("message"), message},
                        {QStringLiteral("parents"), QJsonArray::fromStringList(parents)}};
}

GitRepository::~GitRepository() = default;

Result<std::unique_ptr<GitRepository>> GitRepository::open(const QString& path)
{
    if (!QFileInfo(path).isDir()) {
        return Error(ErrorCode::NotFound, Tr::tr("%1 is not a folder").arg(path));
    }
    std::unique_ptr<GitRepository> repository(new GitRepository);
    repository->d = std::make_unique<Impl>();
    repository->m_path = QFileInfo(path).canonicalFilePath();
    if (git_repository_open_ext(&repository->d->repo, repository->m_path.toUtf8().constData(),
                                GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("%1 is not a git repository (%2)").arg(path, gitError()));
    }
    return repository;
}

Result<GitCommitInfo> GitRepository::commit(const QString& revision) const
{
    auto found = d->lookup(revision);
    if (!found) {
        return found.error();
    }
    Owned<git_commit, git_commit_free> commit {found.value()};
    GitCommitInfo info;
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, git_commit_id(commit.p));
    info.id = QString::fromLatin1(hex);
    const git_signature* author = git_commit_author(commit.p);
    info.authorName = QString::fromUtf8(author->name);
    info.authorEmail = QString::fromUtf8(author->email);
    info.timeMs = static_cast<qint64>(author->when.time) * 1000;
    info.offsetMinutes = author->when.offset;
    info.summary = QString::fromUtf8(git_commit_summary(commit.p));
    info.message = QString::fromUtf8(git_commit_message(commit.p)).trimmed();
    for (unsigned i = 0; i < git_commit_parentcount(commit.p); ++i) {
        git_oid_tostr(hex, sizeof hex, git_commit_parent_id(commit.p, i));
        info.parents.append(QString::fromLatin1(hex));
    }
    return info;
}

Result<QList<GitFileChange>> GitRepository::changes(const QString& fromRevision, const QString& toRevision) const
{
    auto from = d->lookup(fromRevision);
    if (!from) {
        return from.error();
    }
    Owned<git_commit, git_commit_free> fromCommit {from.value()};
    auto to = d->lookup(toRevision);
    if (!to) {
        return to.error();
    }
    Owned<git_commit, git_commit_free> toCommit {to.value()};
    Owned<git_tree, git_tree_free> fromTree;
    Owned<git_tree, git_tree_free> toTree;
    Owned<git_diff, git_diff_free> diff;
    if (git_commit_tree(&fromTree.p, fromCommit.p) != 0 || git_commit_tree(&toTree.p, toCommit.p) != 0 ||
        git_diff_tree_to_tree(&diff.p, d->repo, fromTree.p, toTree.p, nullptr) != 0) {
        return Error(ErrorCode::Corrupt,
                     Tr::tr("cannot compare %1 with %2: %3").arg(fromRevision, toRevision, gitError()));
    }
    git_diff_find_options find;
    if (git_diff_find_options_init(&find, GIT_DIFF_FIND_OPTIONS_VERSION) != 0 ||
        git_diff_find_similar(diff.p, &find) != 0) { // report renames as renames
        return Error(ErrorCode::Corrupt,
                     Tr::tr("cannot compare %1 with %2: %3").arg(fromRevision, toRevision, gitError()));
    }
    QList<GitFileChange> list;
    for (size_t i = 0; i < git_diff_num_deltas(diff.p); ++i) {
        const git_diff_delta* delta = git_diff_get_delta(diff.p, i);
        list.append({statusName(delta->status), QString::fromUtf8(delta->old_file.path),
                     QString::fromUtf8(delta->new_file.path)});
    }
    return list;
}

Result<QByteArray> GitRepository::fileAt(const QString& revision, const QString& file) const
{
    if (!safeRelativePath(file)) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("\"%1\" is not a path inside the repository (absolute or with \"..\")").arg(file));
    }
    auto found = d->lookup(revision);
    if (!found) {
        return found.error();
    }
    Owned<git_commit, git_commit_free> commit {found.value()};
    Owned<git_tree, git_tree_free> tree;
    Owned<git_tree_entry, git_tree_entry_free> entry;
    if (git_commit_tree(&tree.p, commit.p) != 0 ||
        git_tree_entry_bypath(&entry.p, tree.p, file.toUtf8().constData()) != 0) {
        return Error(ErrorCode::NotFound, Tr::tr("%1 does not exist at commit %2").arg(file, revision.left(12)));
    }
    if (git_tree_entry_type(entry.p) != GIT_OBJECT_BLOB) {
        return Error(ErrorCode::InvalidArgument,
                     Tr::tr("%1 is a folder at commit %2, not a file").arg(file, revision.left(12)));
    }
    Owned<git_blob, git_blob_free> blob;
    if (git_blob_lookup(&blob.p, d->repo, git_tree_entry_id(entry.p)) != 0) {
        return Error(ErrorCode::Corrupt, Tr::tr("cannot read %1 at %2: %3").arg(file, revision.left(12), gitError()));
    }
    const auto size = static_cast<qsizetype>(git_blob_rawsize(blob.p));
    if (size > 16 * 1024 * 1024) {
        return Error(ErrorCode::InvalidArgument, Tr::tr("%1 is larger than 16 MB; not a configuration file").arg(file));
    }
    return QByteArray(static_cast<const char*>(git_blob_rawcontent(blob.p)), size);
}

Result<QString> GitRepository::lineDiff(const QByteArray& before, const QByteArray& after, const QString& path)
{
    if (before == after) {
        return QString();
    }
    Library library;
    Owned<git_patch, git_patch_free> patch;
    const QByteArray name = path.toUtf8();
    if (git_patch_from_buffers(&patch.p, before.constData(), static_cast<size_t>(before.size()), name.constData(),
                               after.constData(), static_cast<size_t>(after.size()), name.constData(), nullptr) != 0) {
        return Error(ErrorCode::Internal, Tr::tr("cannot compare the two versions of %1: %2").arg(path, gitError()));
    }
    git_buf buf = GIT_BUF_INIT;
    if (git_patch_to_buf(&buf, patch.p) != 0) {
        return Error(ErrorCode::Internal, Tr::tr("cannot print the diff of %1: %2").arg(path, gitError()));
    }
    const QString text = QString::fromUtf8(buf.ptr, static_cast<qsizetype>(buf.size));
    git_buf_dispose(&buf);
    return text;
}

Result<QJsonObject> GitRepository::evidence(const QString& revision, const QStringList& configFiles) const
{
    auto c = commit(revision);
    if (!c) {
        return c.error();
    }
    QJsonObject configs;
    for (const QString& file : configFiles) {
        auto content = fileAt(c->id, file);
        if (!content) {
            return content.error();
        }
        // A YAML or JSON configuration is later compared key by key: it must be a document the one YAML reader
        // accepts (no alias that contains itself, no alias bomb), or no diff of this version could show it.
        if (file.endsWith(u".yaml") || file.endsWith(u".yml") || file.endsWith(u".json")) {
            if (auto parsed = YamlJson::parse(content.value(), QStringLiteral("%1 at %2").arg(file, c->id.left(12)));
                !parsed) {
                return parsed.error();
            }
        }
        auto digest = Sha256::hashHex(content.value());
        if (!digest) {
            return digest.error();
        }
        configs.insert(file,
                       QJsonObject {{QStringLiteral("sha256"), digest.value()},
                                    {QStringLiteral("size"), content->size()},
                                    {QStringLiteral("content"), QString::fromUtf8(content.value())}});
    }
    return QJsonObject {{QStringLiteral("commit"), c->toJson()}, {QStringLiteral("configs"), configs}};
}

} // namespace cs
