// libpq, loaded the first time a PostgreSQL source is read instead of linked into kiemtra: a run without a
// database does not map libpq and the twenty libraries it pulls in (Kerberos, LDAP, TLS), 3.4 ms of every
// start, a tenth of a province's whole run. The code that reads PostgreSQL calls pq::PQexec and the rest as it
// would call libpq (qualified: argument-dependent lookup would find libpq's own declarations).
#pragma once

#include <libpq-fe.h>

namespace kiemtra::core::dataset {

#define KIEMTRA_LIBPQ_FUNCTIONS(X)                                                                                   \
  X(PQclear) X(PQconnectdbParams) X(PQconninfoFree) X(PQconninfoParse) X(PQdescribePrepared) X(PQerrorMessage)      \
  X(PQexec) X(PQexecParams) X(PQfinish) X(PQfname) X(PQfreemem) X(PQftype) X(PQgetCopyData) X(PQgetisnull)          \
  X(PQgetResult) X(PQgetvalue) X(PQnfields) X(PQntuples) X(PQprepare) X(PQresultErrorField)                        \
  X(PQresultErrorMessage) X(PQresultStatus) X(PQstatus)

/// The functions of libpq.so.5 this reader uses.
struct LibPq {
  // NOLINTNEXTLINE(bugprone-macro-parentheses): f names a member, which parentheses would not
#define KIEMTRA_LIBPQ_MEMBER(f) decltype(&::f) f = nullptr;
  KIEMTRA_LIBPQ_FUNCTIONS(KIEMTRA_LIBPQ_MEMBER)
#undef KIEMTRA_LIBPQ_MEMBER
};

/// libpq, loaded on first use; throws UserError (exit 2) naming the library and the package to install when it
/// cannot be loaded.
const LibPq& libpq();

namespace pq {
#define KIEMTRA_LIBPQ_FORWARD(f)                    \
  template <class... A>                             \
  inline auto f(A... a) { return libpq().f(a...); }
KIEMTRA_LIBPQ_FUNCTIONS(KIEMTRA_LIBPQ_FORWARD)
#undef KIEMTRA_LIBPQ_FORWARD
}  // namespace pq

}  // namespace kiemtra::core::dataset
