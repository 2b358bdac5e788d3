// integrity/date-order: impossible orders among the dates of a person or an organization.
#include "date_order_rule.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "integrity_findings.hpp"

namespace kiemtra::plugins::integrity {
namespace {

/// One date column of a row, with its labels for messages.
struct DatedValue {
  std::string_view column;
  std::string_view label_vi;
  std::string_view label_en;
  Date value;
};

/// The dates of one row to check; `dates[0]` is the birth date for a person.
struct Subject {
  std::string_view prefix_vi, prefix_en;  ///< "Đảng viên" / "Member": the sentence starts "Đảng viên X (DV01)"
  std::string_view name, id;
  std::span<const DatedValue> dates;
  bool person = true;
  const DatedValue* admitted = nullptr;
  const DatedValue* official = nullptr;
};

std::string describe_vi(const DatedValue& d) { return fmt::format("{} ({}) {}", d.label_vi, d.column, d.value.vn()); }
std::string describe_en(const DatedValue& d) { return fmt::format("{} ({}) {}", d.label_en, d.column, d.value.iso()); }

/// The dates among `dates` that match `pred`, as text and evidence; nothing is built when none matches, since
/// this runs over millions of rows that are fine.
struct Listed {
  std::string vi, en;
  std::vector<Evidence> evidence;
};
template <class Pred>
std::optional<Listed> list_dates(std::span<const DatedValue> dates, Pred pred) {
  if (std::none_of(dates.begin(), dates.end(), pred)) return std::nullopt;
  Listed l;
  for (const DatedValue& d : dates) {
    if (!pred(d)) continue;
    l.vi += (l.vi.empty() ? "" : ", ") + describe_vi(d);
    l.en += (l.en.empty() ? "" : ", ") + describe_en(d);
    l.evidence.push_back({std::string(d.column), d.value.iso()});
  }
  return l;
}

template <class Make>
void check_subject(const RunContext& ctx, const Subject& s, Make make, FindingSink& out) {
  const auto who_vi = [&] { return fmt::format("{} {} ({})", s.prefix_vi, s.name, s.id); };
  const auto who_en = [&] { return fmt::format("{} {} ({})", s.prefix_en, s.name, s.id); };
  auto emit = [&](std::string discriminator, std::string vi, std::string en, std::vector<Evidence> evidence) {
    Finding f = make();
    f.discriminator = std::move(discriminator);
    f.message_vi = std::move(vi);
    f.message_en = std::move(en);
    f.evidence = std::move(evidence);
    out.emit(std::move(f));
  };

  const auto future = [&](const DatedValue& d) { return d.value.valid() && d.value > ctx.as_of; };
  if (auto l = list_dates(s.dates, future)) {
    l->evidence.insert(l->evidence.begin(), {"as_of", ctx.as_of.iso()});
    emit("after-as-of", fmt::format("{} có ngày sau ngày tham chiếu {}: {}", who_vi(), ctx.as_of.vn(), l->vi),
         fmt::format("{} has dates after the as-of date {}: {}", who_en(), ctx.as_of.iso(), l->en),
         std::move(l->evidence));
  }
  if (!s.person) return;

  if (s.admitted && s.official && s.admitted->value.valid() && s.official->value.valid() &&
      s.official->value < s.admitted->value)
    emit("official-before-admitted",
         fmt::format("{} có {} trước {}", who_vi(), describe_vi(*s.official), describe_vi(*s.admitted)),
         fmt::format("{}: the {} is before the {}", who_en(), describe_en(*s.official), describe_en(*s.admitted)),
         {{std::string(s.official->column), s.official->value.iso()},
          {std::string(s.admitted->column), s.admitted->value.iso()}});

  const DatedValue& birth = s.dates[0];
  if (!birth.value.valid()) return;
  const auto before_birth = [&](const DatedValue& d) { return d.value.valid() && d.value < birth.value; };
  if (auto l = list_dates(s.dates.subspan(1), before_birth)) {
    l->evidence.insert(l->evidence.begin(), {"birth_date", birth.value.iso()});
    emit("birth-after-other-dates", fmt::format("{} có ngày sinh {} sau {}", who_vi(), birth.value.vn(), l->vi),
         fmt::format("{} was born on {}, after the {}", who_en(), birth.value.iso(), l->en), std::move(l->evidence));
  }

  // Admission before birth is reported just above; that it also precedes the 18th birthday adds nothing.
  if (!s.admitted || !s.admitted->value.valid() || before_birth(*s.admitted)) return;
  const Date adult = birth.value.plus_years(18);
  if (s.admitted->value < adult)
    emit("admitted-before-18",
         fmt::format("{} có {} trước ngày đủ 18 tuổi {} (ngày sinh {})", who_vi(), describe_vi(*s.admitted), adult.vn(),
                     birth.value.vn()),
         fmt::format("{}: the {} is before the 18th birthday {} (born {})", who_en(), describe_en(*s.admitted),
                     adult.iso(), birth.value.iso()),
         {{std::string(s.admitted->column), s.admitted->value.iso()},
          {"birth_date", birth.value.iso()},
          {"eighteenth_birthday", adult.iso()}});
}

void check_members(const RunContext& ctx, FindingSink& out) {
  for (const Member& m : ctx.data.members) {
    const DatedValue dates[] = {{"birth_date", "ngày sinh", "birth date", m.birth_date},
                                {"admitted_on", "ngày vào Đảng", "admission date", m.admitted_on},
                                {"official_on", "ngày chính thức", "official date", m.official_on},
                                {"card_issued_on", "ngày cấp thẻ đảng viên", "card issue date", m.card_issued_on}};
    const Subject s{"Đảng viên", "Member", m.full_name, m.id, dates, true, &dates[1], &dates[2]};
    check_subject(
        ctx, s, [&] { return member_finding(ctx, m); }, out);
  }
}

void check_candidates(const RunContext& ctx, FindingSink& out) {
  for (const Candidate& c : ctx.data.candidates) {
    const DatedValue dates[] = {
        {"birth_date", "ngày sinh", "birth date", c.birth_date},
        {"course_certificate_on", "ngày cấp giấy chứng nhận lớp bồi dưỡng", "course certificate date",
         c.course_certificate_on},
        {"introducer_1_since", "ngày bắt đầu cùng công tác với người giới thiệu 1", "date working with introducer 1",
         c.introducer_since[0]},
        {"introducer_2_since", "ngày bắt đầu cùng công tác với người giới thiệu 2", "date working with introducer 2",
         c.introducer_since[1]},
        {"cell_resolution_on", "ngày nghị quyết của chi bộ", "cell resolution date", c.cell_resolution_on},
        {"decision_on", "ngày quyết định kết nạp", "admission decision date", c.decision_on},
        {"admitted_on", "ngày kết nạp", "admission date", c.admitted_on},
        {"previous_exit_on", "ngày ra khỏi Đảng trước đây", "previous exit date", c.previous_exit_on}};
    const Subject s{"Người được đề nghị kết nạp", "Candidate", c.full_name, c.id, dates, true, &dates[6], nullptr};
    check_subject(
        ctx, s, [&] { return candidate_finding(ctx, c); }, out);
  }
}

void check_organizations(const RunContext& ctx, FindingSink& out) {
  const auto& orgs = ctx.data.organizations;
  for (std::uint32_t i = 0; i < orgs.size(); ++i) {
    const Organization& o = orgs[i];
    const DatedValue dates[] = {
        {"established_on", "ngày thành lập", "establishment date", o.established_on},
        {"last_congress_on", "ngày đại hội gần nhất", "last congress date", o.last_congress_on}};
    const Subject s{"Tổ chức", "Organization", o.name, o.id, dates, false};
    check_subject(
        ctx, s, [&] { return org_finding(ctx, i); }, out);
  }
}

}  // namespace

RuleMeta DateOrderRule::metadata() {
  RuleMeta m;
  m.id = "integrity/date-order";
  m.title_vi = "Thứ tự ngày tháng không hợp lý";
  m.title_en = "Dates out of order";
  m.description_vi =
      "Mỗi dòng có thể có tới bốn phát hiện, mỗi loại vấn đề một phát hiện (phân biệt bằng mã vấn đề): "
      "after-as-of: một ngày sau ngày tham chiếu (của đảng viên: ngày sinh, vào Đảng, chính thức, cấp thẻ; của hồ "
      "sơ kết nạp: mọi cột ngày; của tổ chức: established_on và last_congress_on; dissolved_on có thể sau ngày tham "
      "chiếu vì là giải thể dự kiến); official-before-admitted: official_on trước admitted_on; "
      "birth-after-other-dates: "
      "ngày sinh sau bất kỳ ngày nào khác của người đó; admitted-before-18: ngày vào Đảng (của hồ sơ kết nạp: ngày "
      "kết nạp) trước ngày đủ 18 tuổi (không báo khi ngày vào Đảng đã trước cả ngày sinh). Ngày của events.csv, "
      "transfers.csv và dues.csv không được xét: đó là việc của tổ chức (một sự kiện có thể ghi việc dự kiến, như đề "
      "nghị huy hiệu cho đợt trao sắp tới), và thời hạn của chúng do các quy tắc membership/ kiểm tra. Ngày không đọc "
      "được bị bỏ qua.";
  m.description_en =
      "Each row can get up to four findings, one per problem (the problem is the discriminator): after-as-of: a date "
      "after the as-of date (a member's birth, admission, official and card dates; every date column of a candidate; "
      "an organization's established_on and last_congress_on; dissolved_on may be later, a planned dissolution); "
      "official-before-admitted: official_on before admitted_on; birth-after-other-dates: the birth date after any "
      "other date of the person; admitted-before-18: the admission date (a candidate's ceremony date) before the 18th "
      "birthday (not reported when admission precedes birth itself). Dates in events.csv, transfers.csv and dues.csv "
      "are not checked: they are acts of organizations (an event may record a planned act, such as a badge proposal "
      "for the next award date), and their deadlines are the membership/ rules'. Unreadable dates are skipped.";
  m.default_severity = Severity::error;
  m.editions.push_back(
      {Date{}, {"Quy ước dữ liệu kiemtra v1", "Quy ước chung (ngày tham chiếu); mục members.csv, candidates.csv"}, {}});
  return m;
}

void DateOrderRule::check(const RunContext& ctx, FindingSink& out) const {
  check_organizations(ctx, out);
  check_members(ctx, out);
  check_candidates(ctx, out);
}

}  // namespace kiemtra::plugins::integrity
