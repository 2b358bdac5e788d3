// `kiemtra new-plugin NAME DIR`: writes a buildable out-of-tree plugin project with one example rule.
#include <iostream>

#include "cli/app.hpp"
#include "scaffold/scaffold.hpp"

namespace kiemtra::core::cli {

int run_new_plugin(const CommonOptions& common, const std::string& name, const std::string& dir) {
  const auto files = scaffold::new_plugin(name, dir);
  const bool en = common.lang == "en";
  std::cout << (en ? "Wrote the plugin project " : "Đã tạo dự án plugin ") << name << (en ? " in " : " trong ") << dir
            << ":\n";
  for (const auto& f : files) std::cout << "  " << f.string() << "\n";
  const std::string prefix = exe_dir().parent_path().string();
  std::cout << "\n"
            << (en ? "Next:" : "Tiếp theo:") << "\n"
            << "  cd " << dir << "\n"
            << "  cmake -S . -B build -DCMAKE_PREFIX_PATH=" << prefix << "\n"
            << "  cmake --build build\n"
            << "  ctest --test-dir build --output-on-failure\n"
            << "  kiemtra validate DATASET --plugins build\n";
  return kExitOk;
}

}  // namespace kiemtra::core::cli
