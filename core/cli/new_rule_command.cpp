// `kiemtra new-rule FAMILY/NAME`: adds a rule stub to its plugin, registered, with fixtures and a doc page.
#include <iostream>

#include "cli/app.hpp"
#include "scaffold/scaffold.hpp"

namespace kiemtra::core::cli {

int run_new_rule(const CommonOptions& common, const NewRuleOptions& options) {
  const std::size_t slash = options.id.find('/');
  if (slash == std::string::npos || options.id.find('/', slash + 1) != std::string::npos)
    throw UserError({"Mã quy tắc '" + options.id + "' phải có dạng NHÓM/TÊN, ví dụ dang-phi/thu-du-thang.",
                     "The rule id '" + options.id + "' must be FAMILY/NAME, e.g. dues/monthly-collection."});
  const Severity severity = options.severity == "warning" ? Severity::warning
                            : options.severity == "info"  ? Severity::info
                                                          : Severity::error;
  const std::string start = options.source.empty() ? std::filesystem::current_path().string() : options.source;
  const bool en = common.lang == "en";
  if (options.sql) {
    const auto files = scaffold::new_sql_rule(start, options.id.substr(0, slash), options.id.substr(slash + 1), severity);
    std::cout << (en ? "Added the SQL rule " : "Đã thêm quy tắc SQL ") << options.id << ":\n";
    for (const auto& f : files) std::cout << "  " << f.string() << "\n";
    std::cout << "\n"
              << (en ? "Next: write the rule's titles, message and query (docs/sql-rules.md), make the two fixtures "
                       "real, then run kiemtra test-rules " + start + "."
                     : "Tiếp theo: viết tên, thông điệp và truy vấn của quy tắc (docs/sql-rules.md), sửa hai fixture "
                       "cho đúng, rồi chạy kiemtra test-rules " + start + ".")
              << "\n";
    return kExitOk;
  }
  const auto files = scaffold::new_rule(start, options.id.substr(0, slash), options.id.substr(slash + 1), severity);
  std::cout << (en ? "Added the rule " : "Đã thêm quy tắc ") << options.id << ":\n";
  for (const auto& f : files) std::cout << "  " << f.string() << "\n";
  std::cout << "\n"
            << (en ? "Next: fill in the TODOs of the rule's metadata and check(), make the two fixtures real, build, "
                     "then run kiemtra test-rules on the fixtures and regenerate the docs (kiemtra rules docs)."
                   : "Tiếp theo: điền các chỗ TODO trong metadata và check() của quy tắc, sửa hai fixture cho đúng, "
                     "build, rồi chạy kiemtra test-rules trên các fixture và tạo lại tài liệu (kiemtra rules docs).")
            << "\n";
  return kExitOk;
}

}  // namespace kiemtra::core::cli
