// Opening a library on first use (lazy_library.hpp).
#include "util/lazy_library.hpp"

#include <dlfcn.h>

#include <cstdlib>

#include "util/error.hpp"

namespace kiemtra::core {

namespace {

[[noreturn]] void refuse(const LazyLibrary& lib, const std::string& name, const std::string& why) {
  const std::string package = lib.package;
  throw UserError({"Không nạp được thư viện " + std::string(lib.what_vi) + " " + name + " (" + why + "): hãy cài gói " +
                       package + " (apt-get install " + package + ") " + lib.purpose_vi + ".",
                   "Cannot load the " + std::string(lib.what_en) + " library " + name + " (" + why + "): install the " +
                       package + " package (apt-get install " + package + ") " + lib.purpose_en + "."});
}

std::string chosen_name(const LazyLibrary& lib) {
  const char* chosen = lib.env != nullptr ? std::getenv(lib.env) : nullptr;
  return chosen != nullptr && *chosen != '\0' ? chosen : lib.soname;
}

}  // namespace

void* open_lazy_library(const LazyLibrary& lib) {
  const std::string name = chosen_name(lib);
  void* handle = ::dlopen(name.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* e = ::dlerror();
    refuse(lib, name, e != nullptr ? e : "dlopen failed");
  }
  return handle;
}

void* lazy_symbol(void* handle, const char* symbol, const LazyLibrary& lib) {
  void* address = ::dlsym(handle, symbol);
  if (address == nullptr) refuse(lib, chosen_name(lib), std::string("no symbol ") + symbol);
  return address;
}

}  // namespace kiemtra::core
