// Fuzzes waivers files (`--waivers`): YAML, the list of waivers, their keys, dates and rule ids.
#include <cstddef>
#include <cstdint>

#include "config/waiver.hpp"
#include "fuzz_support.hpp"
#include "util/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto file = kiemtra::fuzz::write_scratch("waivers.yaml", kiemtra::fuzz::as_text(data, size));
  try {
    (void)kiemtra::core::load_waivers_file(file);
  } catch (const kiemtra::core::UserError&) {
  }
  return 0;
}
