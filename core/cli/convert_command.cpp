// `kiemtra convert SRC DEST`: writes what kiemtra read from any dataset form as the canonical CSV folder.
#include <fmt/format.h>

#include <iostream>

#include "cli/app.hpp"
#include "dataset/convert.hpp"

namespace kiemtra::core::cli {

int run_convert(const CommonOptions& common, const ConvertOptions& options) {
  const ConvertResult r = convert_dataset(options.src, options.dest, options.force);
  if (common.lang == "en")
    std::cout << fmt::format("Wrote {} tables ({} rows) and dataset.yaml to {}\n", r.tables, r.rows, options.dest);
  else
    std::cout << fmt::format("Đã ghi {} bảng ({} dòng) và dataset.yaml vào {}\n", r.tables, r.rows, options.dest);
  return kExitOk;
}

}  // namespace kiemtra::core::cli
