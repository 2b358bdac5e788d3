// Loading libpq.so.5 on first use (libpq_api.hpp).
#include "dataset/libpq_api.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <string>

#include "util/error.hpp"

namespace kiemtra::core::dataset {

namespace {

[[noreturn]] void refuse(const std::string& name, const std::string& why) {
  throw UserError({"Không nạp được thư viện PostgreSQL " + name + " (" + why +
                       "): hãy cài gói libpq5 (apt-get install libpq5) để đọc dữ liệu từ PostgreSQL.",
                   "Cannot load the PostgreSQL library " + name + " (" + why +
                       "): install the libpq5 package (apt-get install libpq5) to read data from PostgreSQL."});
}

LibPq load() {
  // Never closed: libpq stays for the rest of the run, as a linked library would.
  // KIEMTRA_LIBPQ names another build of libpq (a path, or a name the loader searches for).
  const char* chosen = std::getenv("KIEMTRA_LIBPQ");
  const std::string name = chosen != nullptr && *chosen != '\0' ? chosen : "libpq.so.5";
  void* lib = ::dlopen(name.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (lib == nullptr) {
    const char* e = ::dlerror();
    refuse(name, e != nullptr ? e : "dlopen failed");
  }
  LibPq api;
#define KIEMTRA_LIBPQ_RESOLVE(f)                                        \
  api.f = reinterpret_cast<decltype(api.f)>(::dlsym(lib, #f));          \
  if (api.f == nullptr) refuse(name, std::string("no symbol ") + #f);
  KIEMTRA_LIBPQ_FUNCTIONS(KIEMTRA_LIBPQ_RESOLVE)
#undef KIEMTRA_LIBPQ_RESOLVE
  return api;
}

}  // namespace

const LibPq& libpq() {
  static const LibPq api = load();
  return api;
}

}  // namespace kiemtra::core::dataset
