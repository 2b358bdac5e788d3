// `kiemtra new-plugin NAME DIR`: writes a buildable out-of-tree plugin project with one example rule, and prints
// the next steps so that they work as printed, whether this kiemtra is installed or runs from its build tree.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <sstream>

#include "cli/app.hpp"
#include "kiemtra/version.hpp"
#include "scaffold/scaffold.hpp"

namespace kiemtra::core::cli {

namespace {

namespace fs = std::filesystem;

/// A path as a shell reads it: quoted when it holds anything but safe characters.
std::string shell_word(const std::string& s) {
  if (!s.empty() && s.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+=:@,")
                        == std::string::npos)
    return s;
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

/// Whether `kiemtra` on PATH is this very executable (then the steps may say just `kiemtra`).
bool on_path_as_kiemtra(const fs::path& self) {
  const char* path = std::getenv("PATH");
  if (!path) return false;
  std::stringstream dirs(path);
  std::string dir;
  std::error_code ec;
  while (std::getline(dirs, dir, ':')) {
    if (dir.empty()) continue;
    const fs::path candidate = fs::path(dir) / "kiemtra";
    if (::access(candidate.c_str(), X_OK) == 0) return fs::equivalent(candidate, self, ec);
  }
  return false;
}

// A plugin is built with kiemtra's own compiler (the toolchain check refuses any other): the default c++ of
// Debian 12 for a gcc build, named in the steps for a clang one (the sanitizer build).
#if defined(__clang__)
constexpr const char* kCompilerPackage = "clang";
constexpr const char* kCompilerOption = " -DCMAKE_CXX_COMPILER=clang++-" KIEMTRA_STRINGIFY(__clang_major__);
#else
constexpr const char* kCompilerPackage = "g++";
constexpr const char* kCompilerOption = "";
#endif

}  // namespace

int run_new_plugin(const CommonOptions& common, const std::string& name, const std::string& dir) {
  const auto files = scaffold::new_plugin(name, dir);
  const bool en = common.lang == "en";
  std::cout << (en ? "Wrote the plugin project " : "Đã tạo dự án plugin ") << name << (en ? " in " : " trong ") << dir
            << ":\n";
  for (const auto& f : files) std::cout << "  " << f.string() << "\n";

  const fs::path bin = exe_dir();
  const fs::path self = bin / "kiemtra";
  // A build tree has no CMake package of the SDK: the author builds against an install, made first.
  const fs::path build_tree = bin.parent_path();
  const bool from_build_tree = fs::exists(build_tree / "CMakeCache.txt");
  const fs::path prefix = from_build_tree ? build_tree / "install" : build_tree;
  const std::string kiemtra = from_build_tree       ? shell_word((prefix / "bin" / "kiemtra").string())
                              : on_path_as_kiemtra(self) ? std::string("kiemtra")
                                                         : shell_word(self.string());
  const std::string example = "tests/" + name + "/member-required-column/fires-empty-value/dataset.yaml";

  std::cout << "\n"
            << (en ? "Needs: cmake 3.25 or later, a C++20 compiler, and the SDK's dependencies (on Debian 12: "
                     "sudo apt-get install cmake "
                   : "Cần có: cmake 3.25 trở lên, trình biên dịch C++20 và các thư viện SDK dùng (trên Debian 12: "
                     "sudo apt-get install cmake ")
            << kCompilerPackage
            << (en ? " libboost-dev libfmt-dev; libgtest-dev for the plugin's GoogleTest tests)."
                   : " libboost-dev libfmt-dev; libgtest-dev cho các kiểm thử GoogleTest của plugin).")
            << "\n\n"
            << (en ? "Next:" : "Tiếp theo:") << "\n";
  if (from_build_tree)
    std::cout << "  cmake --install " << shell_word(build_tree.string()) << " --prefix " << shell_word(prefix.string())
              << (en ? "   # this kiemtra runs from its build tree: install it (SDK included) first"
                     : "   # kiemtra này chạy từ cây build: cài nó (kèm SDK) trước")
              << "\n";
  std::cout << "  cd " << shell_word(dir) << "\n"
            << "  cmake -S . -B build" << kCompilerOption << " -DCMAKE_PREFIX_PATH=" << shell_word(prefix.string())
            << "\n"
            << "  cmake --build build\n"
            << "  ctest --test-dir build --output-on-failure\n"
            << "  " << kiemtra << " validate " << example << " --plugins build"
            << (en ? "   # the example rule fires on its fixture" : "   # quy tắc mẫu phát hiện trên fixture của nó")
            << "\n";
  return kExitOk;
}

}  // namespace kiemtra::core::cli
