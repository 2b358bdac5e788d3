// The words of the HTML report, in Vietnamese and English.
#include <map>

#include "report/html_parts.hpp"

namespace kiemtra::core::html {

namespace {

struct Label {
  const char* key;
  const char* vi;
  const char* en;
  bool script;  ///< the script needs it
};

constexpr Label kLabels[] = {
    {"title", "Báo cáo kiểm tra", "Validation report", false},
    {"as_of", "Ngày tham chiếu", "As of", false},
    {"organizations", "tổ chức", "organizations", false},
    {"members", "đảng viên", "members", false},
    {"rules_run", "quy tắc đã chạy", "rules run", false},
    {"configuration", "cấu hình", "configuration", false},
    {"summary", "Tóm tắt", "Summary", false},
    {"findings", "phát hiện", "findings", false},
    {"by_family", "Theo nhóm quy tắc", "By rule family", false},
    {"family", "Nhóm quy tắc", "Rule family", false},
    {"total", "Tổng", "Total", false},
    {"orgs_with_errors", "Tổ chức có lỗi", "Organizations with errors", false},
    {"orgs_with_errors_hint", "tính lỗi của riêng tổ chức; bấm tên để mở trong cây",
     "counting each organization's own errors; click a name to open it in the tree", false},
    {"more_orgs", "… và {n} tổ chức khác: xem cây tổ chức.", "… and {n} more organizations: see the tree.", false},
    {"none_with_errors", "Không tổ chức nào có lỗi.", "No organization has errors.", false},
    {"tree", "Cây tổ chức", "Organization tree", false},
    {"tree_hint", "Số đếm của mỗi tổ chức gồm cả các tổ chức cấp dưới. Bấm ▸ để mở.",
     "Each organization's counts include those below it. Click ▸ to open.", false},
    {"severity", "Mức độ", "Severity", false},
    {"all", "Tất cả", "All", false},
    {"search", "Tìm", "Search", false},
    {"search_placeholder", "tên, mã, nội dung… (không cần dấu)", "name, id, message…", false},
    {"only_with_findings", "Chỉ hiện tổ chức có phát hiện", "Only organizations with findings", false},
    {"clear", "Bỏ lọc", "Clear filters", false},
    {"problems", "Sự cố khi chạy", "Problems during the run", false},
    {"rule_failed", "Quy tắc bị lỗi", "Rule failed", false},
    {"plugin_failed", "Không nạp được plugin", "Plugin not loaded", false},
    {"noscript", "Trình duyệt đang tắt JavaScript: phần tóm tắt ở trên vẫn đầy đủ, nhưng cây tổ chức cần JavaScript.",
     "JavaScript is off: the summary above is complete, but the organization tree needs JavaScript.", false},
    {"print_note", "Bản in mở toàn bộ cây tổ chức (theo bộ lọc đang chọn).",
     "The printout opens the whole tree (as filtered).", false},
    {"expand_all", "Mở tất cả", "Expand all", false},
    {"collapse_all", "Đóng tất cả", "Collapse all", false},
    {"print", "In", "Print", false},
    {"rules_section", "Các quy tắc đã chạy", "Rules run", false},
    {"rules_ran", "{n} quy tắc đã chạy", "{n} rules run", false},
    {"rules_passed", "{n} đạt", "{n} passed", false},
    {"rules_failed", "{n} có phát hiện", "{n} failed", false},
    {"rules_broke", "{n} bị lỗi khi chạy", "{n} broke", false},
    {"col_result", "Kết quả", "Result", false},
    {"result_passed", "Đạt", "Passed", false},
    {"result_failed", "Có phát hiện", "Failed", false},
    {"result_broke", "Bị lỗi khi chạy", "Broke", false},
    {"col_org", "Tổ chức", "Organization", false},
    {"col_rule", "Quy tắc", "Rule", true},
    {"col_severity", "Mức độ", "Severity", true},
    {"col_subject", "Đối tượng", "Subject", true},
    {"col_message", "Nội dung", "Message", true},
    {"col_citation", "Căn cứ", "Citation", true},
    {"show_more", "Xem thêm {n}", "Show {n} more", true},
    {"more_children", "Xem thêm {n} tổ chức", "Show {n} more organizations", true},
    {"showing", "Đang hiện {shown} / {total} phát hiện", "Showing {shown} of {total} findings", true},
    {"own", "của riêng", "own", true},
    {"open", "Mở", "Open", true},
    {"close", "Đóng", "Close", true},
    {"no_match", "Không có phát hiện nào khớp bộ lọc.", "No finding matches the filters.", true},
    {"new_tag", "MỚI", "NEW", false},
    {"waived_tag", "được miễn trừ", "waived", false},
    {"history", "So với lần chạy trước", "Since the last run", false},
    {"history_first", "Lần chạy đầu tiên của bộ dữ liệu này trong tệp lịch sử: chưa có gì để so sánh.",
     "The first run of this dataset in the history file: nothing to compare with yet.", false},
    {"previous_run", "Lần chạy trước", "Previous run", false},
    {"new_findings", "phát hiện mới", "new findings", false},
    {"fixed_findings", "đã khắc phục", "fixed", false},
    {"unchanged_findings", "vẫn còn", "still open", false},
    {"fixed_list", "Đã khắc phục (có ở lần trước, nay không còn)", "Fixed (present last run, gone now)", false},
    {"waivers", "Miễn trừ", "Waivers", false},
    {"waived_findings", "phát hiện được miễn trừ (không tính vào mã thoát)",
     "waived findings (not counted for the exit code)", false},
    {"col_reason", "Lý do", "Reason", false},
    {"col_owner", "Người chịu trách nhiệm", "Owner", false},
    {"col_expires", "Hết hạn", "Expires", false},
    {"col_uses", "Số phát hiện", "Findings", false},
    {"charts", "Biểu đồ", "Charts", false},
    {"chart_families", "Phát hiện theo nhóm quy tắc và mức độ", "Findings by rule family and severity", true},
    {"chart_top", "{n} tổ chức có nhiều lỗi nhất (lỗi của riêng tổ chức; bấm để mở trong cây)",
     "The {n} organizations with most errors (their own errors; click to open in the tree)", false},
    {"chart_top_below", "Tổ chức cấp dưới có nhiều lỗi nhất", "Organizations below with most errors", true},
    {"chart_numbers", "Số liệu của biểu đồ nằm trong các bảng bên dưới.", "The charts' figures are in the tables below.",
     false},
    {"thousands", ".", ",", true},  // the script groups counts as the static page does (util/numbers.hpp)
    {"no_findings_here", "Tổ chức này không có phát hiện nào của riêng nó.",
     "This organization has no findings of its own.", true},
};

}  // namespace

const std::string& label(std::string_view key, const std::string& lang) {
  static const auto tables = [] {
    std::map<std::string, std::string, std::less<>> vi, en;
    for (const auto& l : kLabels) vi[l.key] = l.vi, en[l.key] = l.en;
    return std::pair{vi, en};
  }();
  const auto& table = lang == "en" ? tables.second : tables.first;
  const auto it = table.find(key);
  if (it != table.end()) return it->second;
  static const std::string unknown = "?";
  return unknown;
}

std::string severity_plural(Severity s, const std::string& lang) {
  if (lang != "en" || s == Severity::info) return severity_label(s, lang);
  return severity_label(s, lang) + "s";
}

nlohmann::json script_labels(const std::string& lang) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& l : kLabels)
    if (l.script) out[l.key] = lang == "en" ? l.en : l.vi;
  return out;
}

}  // namespace kiemtra::core::html
