// libpq, loaded the first time a PostgreSQL source is read instead of linked into kiemtra: a run without a
// database does not map libpq and the twenty libraries it pulls in (Kerberos, LDAP, TLS), 3.4 ms of every
// start, a tenth of a province's whole run. The code that reads PostgreSQL calls pq::PQexec and the rest as it
// would call libpq (qualified: argument-dependent lookup would find libpq's own declarations).
#pragma once

#include <libpq-fe.h>

#include "util/lazy_library.hpp"

namespace kiemtra::core::dataset {

// The list as a list: clang-format would stagger it.
// clang-format off
#define KIEMTRA_LIBPQ_FUNCTIONS(X)                                                                                     \
  X(PQclear) X(PQconnectdbParams) X(PQconninfoFree) X(PQconninfoParse) X(PQdescribePrepared) X(PQerrorMessage)         \
  X(PQexec) X(PQexecParams) X(PQfinish) X(PQfname) X(PQfreemem) X(PQftype) X(PQgetCopyData) X(PQgetisnull)             \
  X(PQgetResult) X(PQgetvalue) X(PQnfields) X(PQntuples) X(PQprepare) X(PQresultErrorField) X(PQresultErrorMessage)    \
  X(PQresultStatus) X(PQstatus)
// clang-format on

// LibPq, libpq() (opening the library on first use; UserError, exit 2, naming the library and the package
// to install when it cannot be) and the forwarders pq::f.
KIEMTRA_LAZY_API_DECLARATION(LibPq, libpq, pq, KIEMTRA_LIBPQ_FUNCTIONS)

}  // namespace kiemtra::core::dataset
