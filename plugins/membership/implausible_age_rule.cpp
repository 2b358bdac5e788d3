// membership/implausible-age: a listed member older than anyone plausibly alive, almost always a mistyped birth date
// (1893 for 1983) or a member who has died and was never taken off the list.
#include "membership_rules.hpp"

namespace kiemtra::plugins::membership {

RuleMeta ImplausibleAgeRule::metadata() {
  RuleMeta m;
  m.id = "membership/implausible-age";
  m.title_vi = "Tuổi đảng viên không hợp lý";
  m.title_en = "Implausible member age";
  m.description_vi =
      "Đảng viên có trong danh sách tại ngày tham chiếu mà tuổi tròn tính từ ngày sinh (birth_date) lớn hơn max_age "
      "(mặc định 105): thường là ngày sinh gõ sai (1893 thay cho 1983) hoặc đảng viên đã từ trần mà chưa xóa tên khỏi "
      "danh sách. Đây là kiểm tra tính hợp lý của dữ liệu, không phải một quy định; ngưỡng là tham số (người cao "
      "tuổi nhất đang sinh hoạt đảng hiếm khi quá 105 tuổi; độ tin cậy: phán đoán, không có nguồn). Ngày sinh sau "
      "các ngày khác do integrity/date-order báo; tuổi dưới 18 khi vào Đảng do admission/age báo.";
  m.description_en =
      "A member listed at the as-of date whose full age from birth_date exceeds max_age (default 105): usually a "
      "mistyped birth date (1893 for 1983) or a member who has died and was never taken off the list. This is a "
      "plausibility check of the data, not a regulation; the threshold is a parameter (members still active in a cell "
      "past 105 are rare; confidence: judgement, no source). A birth date after the member's other dates is "
      "integrity/date-order's; under 18 at admission is admission/age's.";
  m.default_severity = Severity::warning;
  m.params.push_back(param_int("max_age", 105, "Tuổi tròn lớn nhất được coi là hợp lý",
                               "The greatest full age taken as plausible"));
  // No regulation sets a maximum age: the one edition names the check for what it is.
  m.editions.push_back({Date{}, {"Kiểm tra tính hợp lý của dữ liệu (không phải quy định)", ""}, {}});
  m.messages = {{"too_old",
                 {"_member", "birth_date", "age", "max_age", "as_of"},
                 "{_member} sinh ngày {birth_date}, tròn {age} tuổi tại ngày {as_of}, quá {max_age}: kiểm tra lại ngày "
                 "sinh, hoặc đảng viên đã từ trần mà chưa xóa tên",
                 "{_member} was born on {birth_date} and is {age} at {as_of}, over {max_age}: check the birth date, "
                 "or whether the member has died and is still listed"}};
  return m;
}

void ImplausibleAgeRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  const auto max_age = static_cast<int>(ctx.params.at(ctx.as_of).integer("max_age"));
  for (std::uint32_t row = 0; row < data.members.size(); ++row) {
    const Member& m = data.members[row];
    if (!m.birth_date.valid() || m.birth_date > ctx.as_of || !member_exists_at(m, ctx.as_of)) continue;
    const int age = full_years(m.birth_date, ctx.as_of);
    if (age <= max_age) continue;
    out.emit(about_member(ctx, row).say("too_old", {member(row), m.birth_date, age, max_age, ctx.as_of}));
  }
}

}  // namespace kiemtra::plugins::membership
