// Shared libraries opened on first use instead of linked. A linked library is mapped and relocated at every
// start of every command, with all it needs in turn: libpq pulls in twenty (Kerberos, LDAP, TLS), libzip and
// libxlsxwriter pull in libcrypto, and most runs read CSV and write JSON without any of them.
//
// A user of such a library lists the functions it calls in an X-macro, declares its API from it
// (KIEMTRA_LAZY_API_DECLARATION) and defines the getter (KIEMTRA_LAZY_API_DEFINITION). Its code calls the
// functions through the forwarders, qualified (ns::f: argument-dependent lookup would find the library's own
// declarations, and an unqualified call would not link, since the library is not linked).
#pragma once

#include <string>

namespace kiemtra::core {

/// What to tell a user who lacks the library.
struct LazyLibrary {
  const char* soname;   ///< the name dlopen searches for ("libzip.so.4")
  const char* env;      ///< an environment variable naming another build of it (a path or a name), or nullptr
  const char* package;  ///< the Debian package that installs it
  const char* what_vi;  ///< "PostgreSQL", "đọc tệp .xlsx" ...: what the library is, in the messages
  const char* what_en;
  const char* purpose_vi;  ///< what it is needed for: "để đọc dữ liệu từ PostgreSQL"
  const char* purpose_en;
};

/// The library, opened once for the rest of the process (never closed, as a linked one). Throws UserError
/// (exit 2) naming the file and the package to install when it cannot be opened.
void* open_lazy_library(const LazyLibrary& lib);
/// The address of `symbol` in `handle`; throws UserError as above when the library has no such symbol (an
/// older build of it).
void* lazy_symbol(void* handle, const char* symbol, const LazyLibrary& lib);

}  // namespace kiemtra::core

// A library's API, declared in a header from the X-macro FUNCTIONS listing the functions used: the struct
// `Api` of pointers to them, `const Api& getter()` that opens the library on first use (throwing as
// open_lazy_library does), and in namespace `ns` one forwarder per function, called as the function would be.
#define KIEMTRA_LAZY_API_DECLARATION(Api, getter, ns, FUNCTIONS) \
  struct Api {                                                   \
    FUNCTIONS(KIEMTRA_LAZY_MEMBER)                               \
  };                                                             \
  const Api& getter();                                           \
  namespace ns {                                                 \
  inline const Api& lazy_api() { return getter(); }              \
  FUNCTIONS(KIEMTRA_LAZY_FORWARD)                                \
  }

// Defines the getter declared above, in a source file: the library `spec` (a LazyLibrary) opened once, every
// function resolved before any is called.
#define KIEMTRA_LAZY_API_DEFINITION(Api, getter, FUNCTIONS, spec) \
  const Api& getter() {                                           \
    static const Api loaded = [] {                                \
      const ::kiemtra::core::LazyLibrary& lib = spec;             \
      void* handle = ::kiemtra::core::open_lazy_library(lib);     \
      Api api;                                                    \
      FUNCTIONS(KIEMTRA_LAZY_RESOLVE)                             \
      return api;                                                 \
    }();                                                          \
    return loaded;                                                \
  }

// NOLINTNEXTLINE(bugprone-macro-parentheses): f names a member, which parentheses would not
#define KIEMTRA_LAZY_MEMBER(f) decltype(&::f) f = nullptr;
#define KIEMTRA_LAZY_RESOLVE(f) \
  api.f = reinterpret_cast<decltype(api.f)>(::kiemtra::core::lazy_symbol(handle, #f, lib));
#define KIEMTRA_LAZY_FORWARD(f) \
  template <class... A>         \
  inline auto f(A... a) {       \
    return lazy_api().f(a...);  \
  }
