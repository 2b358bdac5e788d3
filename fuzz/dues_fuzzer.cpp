// Fuzzes dues.csv read two ways: the input is the file (beside fixed organizations and members; an input whose
// first line is "### mdy" reads its dates month first), read once with the dues fast path and once with every
// record through the generic cells. Any difference in rows, lines, issues, dangling codes or groups aborts.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "dataset/reader.hpp"
#include "dues_reading.hpp"
#include "fuzz_support.hpp"
#include "util/error.hpp"

namespace {

namespace fs = std::filesystem;

// What a read gives: the description, or the fatal error's text.
std::string reading(const fs::path& dir, bool fast) {
  kiemtra::core::ReadOptions o;
  o.fast_paths = fast;
  try {
    return kiemtra::fuzz::describe_dues_reading(*kiemtra::core::read_dataset(dir, o));
  } catch (const kiemtra::core::UserError& e) {
    return std::string("error: ") + e.what();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bool written = [] {
    fs::create_directories(kiemtra::fuzz::scratch_dir() / "dues");
    kiemtra::fuzz::write_scratch("dues/organizations.csv",
                                 "id,parent_id,name,kind\nT,,Đảng bộ,cap_tren_co_so\nCB,T,Chi bộ,chi_bo_co_so\n");
    kiemtra::fuzz::write_scratch("dues/members.csv",
                                 "id,org_id,full_name,gender,birth_date,status,admitted_on\n"
                                 "M1,CB,An,nam,1980-01-02,chinh_thuc,2005-03-04\n"
                                 "M2,CB,Bình,nu,1990-05-06,du_bi,2019-01-01\n"
                                 "Mé,CB,Cường,nam,1975-07-08,chinh_thuc,2000-09-10\n"
                                 "M2,CB,Dũng,nam,1975-07-08,chinh_thuc,2000-09-10\n");
    return true;
  }();
  (void)written;
  std::string_view text = kiemtra::fuzz::as_text(data, size);
  constexpr std::string_view kMonthFirst = "### mdy\n";
  const bool month_first = text.substr(0, kMonthFirst.size()) == kMonthFirst;
  if (month_first) text.remove_prefix(kMonthFirst.size());
  kiemtra::fuzz::write_scratch("dues/dataset.yaml", month_first ? "date_order:\n  dues: mdy\n" : "name: fuzz\n");
  kiemtra::fuzz::write_scratch("dues/dues.csv", text);
  const fs::path dir = kiemtra::fuzz::scratch_dir() / "dues";
  const std::string fast = reading(dir, true), generic = reading(dir, false);
  if (fast != generic) {
    std::fprintf(stderr, "the dues fast path read differently\n--- fast\n%s--- generic\n%s", fast.c_str(),
                 generic.c_str());
    std::abort();
  }
  return 0;
}
