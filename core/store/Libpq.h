#pragma once

#include "util/Result.h"

#include <libpq-fe.h>

namespace cs {

/// The libpq functions Countersign calls itself, resolved from libpq.so.5 when a team workspace first needs them.
/// libpq is not linked into the programs: with the libraries it brings (Kerberos, LDAP, SASL, GnuTLS and theirs) it
/// added about 3.5 MB of relocated pages to the memory of every command, SQLite workspaces included. Qt's PostgreSQL
/// driver, a plugin, loads the same library when it connects.
struct Libpq
{
    decltype(&::PQclear) clear = nullptr;
    decltype(&::PQconninfoFree) conninfoFree = nullptr;
    decltype(&::PQconninfoParse) conninfoParse = nullptr;
    decltype(&::PQerrorMessage) errorMessage = nullptr;
    decltype(&::PQexec) exec = nullptr;
    decltype(&::PQexecParams) execParams = nullptr;
    decltype(&::PQexecPrepared) execPrepared = nullptr;
    decltype(&::PQfname) fname = nullptr;
    decltype(&::PQfreemem) freemem = nullptr;
    decltype(&::PQftype) ftype = nullptr;
    decltype(&::PQgetResult) getResult = nullptr;
    decltype(&::PQgetisnull) getisnull = nullptr;
    decltype(&::PQgetlength) getlength = nullptr;
    decltype(&::PQgetvalue) getvalue = nullptr;
    decltype(&::PQnfields) nfields = nullptr;
    decltype(&::PQntuples) ntuples = nullptr;
    decltype(&::PQprepare) prepare = nullptr;
    decltype(&::PQresultErrorField) resultErrorField = nullptr;
    decltype(&::PQresultErrorMessage) resultErrorMessage = nullptr;
    decltype(&::PQresultStatus) resultStatus = nullptr;
    decltype(&::PQsendQueryParams) sendQueryParams = nullptr;
    decltype(&::PQstatus) status = nullptr;

    /// libpq, loaded once a process (later calls return the first outcome). The error names the library and why it
    /// could not be loaded or lacks a function.
    static Result<const Libpq*> load();
};

} // namespace cs
