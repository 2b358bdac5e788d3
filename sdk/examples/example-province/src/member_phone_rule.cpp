// example-province/member-phone: an empty (missing) or malformed phone number in the province's own column.
#include "member_phone_rule.hpp"

#include <cctype>
#include <string>
#include <string_view>

namespace kiemtra::plugins::example_province {

namespace {

/// A Vietnamese phone number: 0 and 9 digits, or +84 / 84 and 9 digits; spaces, dots and dashes between digits.
bool valid_phone(std::string_view text) {
  if (text.empty()) return false;
  std::string digits;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits += c;
    } else if (!(c == ' ' || c == '.' || c == '-' || (c == '+' && i == 0))) {
      return false;
    }
  }
  if (text.front() == '+') return digits.size() == 11 && digits.rfind("84", 0) == 0;
  if (digits.rfind("84", 0) == 0 && digits.size() == 11) return true;
  return digits.size() == 10 && digits.front() == '0';
}

}  // namespace

RuleMeta MemberPhoneRule::metadata() {
  RuleMeta m;
  m.id = "example-province/member-phone";
  m.title_vi = "Đảng viên thiếu hoặc sai số điện thoại";
  m.title_en = "Member with a missing or malformed phone number";
  m.description_vi =
      "Tỉnh lưu số điện thoại của đảng viên ở một cột riêng của members.csv (tham số `column`, mặc định "
      "so_dien_thoai), cột mà hợp đồng dữ liệu không có. Mỗi đảng viên để trống cột (phân biệt: missing) hoặc ghi "
      "một giá trị không phải số điện thoại Việt Nam (0 và 9 chữ số, hoặc +84 và 9 chữ số; phân biệt: malformed) "
      "là một phát hiện. Dữ liệu không có cột này thì quy tắc không kiểm tra gì.";
  m.description_en =
      "The province keeps each member's phone number in a members.csv column of its own (parameter `column`, "
      "default so_dien_thoai), which the dataset contract does not name. Each member leaving it empty "
      "(discriminator missing) or holding something that is not a Vietnamese phone number (0 and 9 digits, or +84 "
      "and 9 digits; discriminator malformed) is a finding. Data without the column is not checked.";
  m.default_severity = Severity::warning;
  m.params.push_back(param_string("column", "so_dien_thoai", "Tiêu đề của cột số điện thoại trong members.csv",
                                  "Header of the phone number column in members.csv"));
  m.editions.push_back({Date{}, {"Hướng dẫn của Ban Tổ chức Tỉnh ủy (ví dụ)", "mục 2"}, {}});
  // What its findings say. Arguments named without '_' are also the finding's evidence (column, value).
  m.messages = {
      {"missing",
       {"_member", "column", "value"},
       "{_member} chưa có số điện thoại (cột '{column}')",
       "{_member} has no phone number (column '{column}')"},
      {"malformed",
       {"_member", "column", "value"},
       "Số điện thoại '{value}' của đảng viên {_member} không hợp lệ (cột '{column}')",
       "The phone number '{value}' of member {_member} is not valid (column '{column}')"},
  };
  return m;
}

void MemberPhoneRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  const std::string& column = ctx.current().string("column");
  // Columns the contract does not name reach plugins by their header; false when this export has no such column.
  const auto phones = data.members.extra_column(column);
  if (!phones) return;
  for (std::uint32_t i = 0; i < data.members.size(); ++i) {
    const std::string_view phone = phones(i);
    if (phone.empty()) {
      out.emit(about_member(ctx, i).say("missing", {member(i), column, phone}).with_discriminator("missing"));
    } else if (!valid_phone(phone)) {
      out.emit(about_member(ctx, i).say("malformed", {member_name(i), column, phone}).with_discriminator("malformed"));
    }
  }
}

}  // namespace kiemtra::plugins::example_province
