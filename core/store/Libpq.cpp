#include "Libpq.h"

#include <QCoreApplication>

#include <dlfcn.h>
#include <type_traits>

namespace cs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::Libpq)
};

constexpr const char* kLibrary = "libpq.so.5"; // the soname Debian's libpq5 installs

Result<const Libpq*> loadOnce()
{
    void* handle = ::dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        return Error(ErrorCode::Io,
                     Tr::tr("team workspaces need the PostgreSQL client library, %1, which cannot be loaded (%2); "
                            "install libpq5")
                         .arg(QLatin1String(kLibrary), QString::fromLocal8Bit(::dlerror())));
    }
    static Libpq api;
    const char* missing = nullptr;
    const auto need = [&](const char* name, auto& slot) {
        slot = reinterpret_cast<std::remove_reference_t<decltype(slot)>>(::dlsym(handle, name));
        if (slot == nullptr && missing == nullptr) {
            missing = name;
        }
    };
    need("PQclear", api.clear);
    need("PQconninfoFree", api.conninfoFree);
    need("PQconninfoParse", api.conninfoParse);
    need("PQerrorMessage", api.errorMessage);
    need("PQexec", api.exec);
    need("PQexecParams", api.execParams);
    need("PQexecPrepared", api.execPrepared);
    need("PQfname", api.fname);
    need("PQfreemem", api.freemem);
    need("PQftype", api.ftype);
    need("PQgetResult", api.getResult);
    need("PQgetisnull", api.getisnull);
    need("PQgetlength", api.getlength);
    need("PQgetvalue", api.getvalue);
    need("PQnfields", api.nfields);
    need("PQntuples", api.ntuples);
    need("PQprepare", api.prepare);
    need("PQresultErrorField", api.resultErrorField);
    need("PQresultErrorMessage", api.resultErrorMessage);
    need("PQresultStatus", api.resultStatus);
    need("PQsendQueryParams", api.sendQueryParams);
    need("PQstatus", api.status);
    if (missing != nullptr) {
        return Error(ErrorCode::Io,
                     Tr::tr("%1 has no function %2; install a libpq5 of PostgreSQL 10 or later")
                         .arg(QLatin1String(kLibrary), QLatin1String(missing)));
    }
    return &api; // the handle stays open for the life of the process
}
} // namespace

Result<const Libpq*> Libpq::load()
{
    static const Result<const Libpq*> loaded = loadOnce();
    return loaded;
}

} // namespace cs
