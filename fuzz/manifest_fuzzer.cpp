// Fuzzes dataset.yaml: loading (UTF-8 check, YAML syntax) and the manifest keys (name, dates, targets,
// header aliases, inline tables), through a real file as `kiemtra validate` reads it.
#include <cstddef>
#include <cstdint>

#include "dataset/manifest.hpp"
#include "fuzz_support.hpp"
#include "util/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kiemtra::core;
  const std::string file = kiemtra::fuzz::write_scratch("dataset.yaml", kiemtra::fuzz::as_text(data, size)).string();
  try {
    const YAML::Node root = dataset::load_yaml_file(file);
    (void)dataset::read_manifest(root, file);
  } catch (const UserError&) {
    // A refused manifest is the expected outcome for most inputs: the message is the product, not a crash.
  }
  return 0;
}
