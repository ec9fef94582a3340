#include "MlflowSource.h"

namespace cs {

Result<std::unique_ptr<MlflowSource>> MlflowSource::openFileStore(const QString& mlrunsDir)
{
    auto store = MlflowFileStore::open(mlrunsDir);
    if (!store) {
        return store.error();
    }
    std::unique_ptr<MlflowSource> source(new MlflowSource);
    source->m_files = std::move(store.value());
    return source;
}

Result<std::unique_ptr<MlflowSource>> MlflowSource::openDatabase(const QString& dbPath)
{
    auto store = MlflowSqlStore::open(dbPath);
    if (!store) {
        return store.error();
    }
    std::unique_ptr<MlflowSource> source(new MlflowSource);
    source->m_database = std::move(store.value());
    return source;
}

QString MlflowSource::location() const
{
    return m_files ? m_files->root() : m_database->path();
}

Result<QStringList> MlflowSource::models()
{
    return m_files ? m_files->models() : m_database->models();
}

Result<QStringList> MlflowSource::versions(const QString& model)
{
    return m_files ? m_files->versions(model) : m_database->versions(model);
}

Result<MlflowVersionEvidence> MlflowSource::read(const QString& model, const QString& version,
                                                 const std::function<bool()>& cancelled)
{
    return m_files ? m_files->read(model, version, cancelled) : m_database->read(model, version, cancelled);
}

} // namespace cs
