// integrity/date-order: impossible orders among the dates of a person or an organization.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "integrity_rules.hpp"

namespace kiemtra::plugins::integrity {
namespace {

/// One date column of a table, with its labels for messages.
struct DateColumn {
  std::string_view column;
  std::string_view label_vi;
  std::string_view label_en;
};

/// The date columns checked, per table; a person's birth date first.
constexpr DateColumn kOrganizationDates[] = {{"established_on", "ngày thành lập", "establishment date"},
                                             {"last_congress_on", "ngày đại hội gần nhất", "last congress date"}};
constexpr DateColumn kMemberDates[] = {{"birth_date", "ngày sinh", "birth date"},
                                       {"admitted_on", "ngày vào Đảng", "admission date"},
                                       {"official_on", "ngày chính thức", "official date"},
                                       {"card_issued_on", "ngày cấp thẻ đảng viên", "card issue date"}};
constexpr DateColumn kCandidateDates[] = {
    {"birth_date", "ngày sinh", "birth date"},
    {"course_certificate_on", "ngày cấp giấy chứng nhận lớp bồi dưỡng", "course certificate date"},
    {"introducer_1_since", "ngày bắt đầu cùng công tác với người giới thiệu 1", "date working with introducer 1"},
    {"introducer_2_since", "ngày bắt đầu cùng công tác với người giới thiệu 2", "date working with introducer 2"},
    {"cell_resolution_on", "ngày nghị quyết của chi bộ", "cell resolution date"},
    {"decision_on", "ngày quyết định kết nạp", "admission decision date"},
    {"admitted_on", "ngày kết nạp", "admission date"},
    {"previous_exit_on", "ngày ra khỏi Đảng trước đây", "previous exit date"}};
constexpr int kMemberAdmitted = 1, kMemberOfficial = 2, kCandidateAdmitted = 6;

/// One row to check: who it is ("Đảng viên" / "Member", name, id), its dates in its table's column order, and the
/// keys of its messages.
struct Subject {
  std::string_view who_vi, who_en;
  std::string_view name, id;
  std::span<const DateColumn> columns;
  std::span<const Date> dates;
  std::string_view after_as_of_key, birth_after_key;  ///< birth_after_key empty: not a person
  int admitted = -1, official = -1;                   ///< column indexes, -1: none
};

/// "ngày sinh (birth_date) 01/03/1990, ..." / "birth date (birth_date) 1990-03-01, ...": the dates of `s` from
/// `first` on that match `pred`, in both languages; written only for a row reported.
template <class Pred>
Arg list_dates(const Subject& s, std::size_t first, Pred pred, std::string& vi, std::string& en) {
  vi.clear();
  en.clear();
  for (std::size_t c = first; c < s.dates.size(); ++c) {
    if (!pred(s.dates[c])) continue;
    if (!vi.empty()) {
      vi += ", ";
      en += ", ";
    }
    const DateColumn& col = s.columns[c];
    vi.append(col.label_vi).append(" (").append(col.column).append(") ").append(s.dates[c].vn());
    en.append(col.label_en).append(" (").append(col.column).append(") ").append(s.dates[c].iso());
  }
  return phrase(vi, en);
}

/// Passes the dates of `s` from `first` on as the message's evidence, in column order: those that match `pred`
/// with their value, the others without one.
template <class Pred>
void add_dates(Finding& f, const Subject& s, std::size_t first, Pred pred) {
  for (std::size_t c = first; c < s.dates.size(); ++c) f.args[f.nargs++] = pred(s.dates[c]) ? s.dates[c] : Date{};
}

template <class Make>
void check_subject(const RunContext& ctx, const Subject& s, Make make, FindingSink& out) {
  std::string vi, en;  // a list of dates, only for a row reported
  const Arg who = phrase(s.who_vi, s.who_en);

  const auto future = [&](Date d) { return d.valid() && d > ctx.as_of; };
  bool any_future = false;
  for (Date d : s.dates) any_future |= future(d);
  if (any_future) {
    Finding f = make();
    f.with_discriminator("after-as-of");
    f.say(s.after_as_of_key, {who, s.name, s.id, ctx.as_of, list_dates(s, 0, future, vi, en)});
    add_dates(f, s, 0, future);
    out.emit(f);
  }
  if (s.birth_after_key.empty()) return;

  const Date* admitted = s.admitted >= 0 ? &s.dates[static_cast<std::size_t>(s.admitted)] : nullptr;
  const Date* official = s.official >= 0 ? &s.dates[static_cast<std::size_t>(s.official)] : nullptr;
  if (admitted && official && admitted->valid() && official->valid() && *official < *admitted) {
    const DateColumn& a = s.columns[static_cast<std::size_t>(s.admitted)];
    const DateColumn& o = s.columns[static_cast<std::size_t>(s.official)];
    Finding f = make();
    f.with_discriminator("official-before-admitted");
    out.emit(f.say("official_before_admitted", {who, s.name, s.id, phrase(o.label_vi, o.label_en), *official,
                                                phrase(a.label_vi, a.label_en), *admitted}));
  }

  const Date birth = s.dates[0];
  if (!birth.valid()) return;
  const auto before_birth = [&](Date d) { return d.valid() && d < birth; };
  bool any_before_birth = false;
  for (Date d : s.dates.subspan(1)) any_before_birth |= before_birth(d);
  if (any_before_birth) {
    Finding f = make();
    f.with_discriminator("birth-after-other-dates");
    f.say(s.birth_after_key, {who, s.name, s.id, birth, list_dates(s, 1, before_birth, vi, en)});
    add_dates(f, s, 1, before_birth);
    out.emit(f);
  }

  // Admission before birth is reported just above; that it also precedes the 18th birthday adds nothing.
  if (!admitted || !admitted->valid() || before_birth(*admitted)) return;
  const Date adult = birth.plus_years(18);
  if (*admitted < adult) {
    const DateColumn& a = s.columns[static_cast<std::size_t>(s.admitted)];
    Finding f = make();
    f.with_discriminator("admitted-before-18");
    out.emit(f.say("admitted_before_18", {who, s.name, s.id, phrase(a.label_vi, a.label_en), *admitted, adult, birth}));
  }
}

void check_members(const RunContext& ctx, FindingSink& out) {
  const auto& members = ctx.data.members;
  for (std::uint32_t i = 0; i < members.size(); ++i) {
    const Member& m = members[i];
    const Date dates[] = {m.birth_date, m.admitted_on, m.official_on, m.card_issued_on};
    const Subject s{.who_vi = "Đảng viên",
                    .who_en = "Member",
                    .name = m.full_name,
                    .id = m.id,
                    .columns = kMemberDates,
                    .dates = dates,
                    .after_as_of_key = "after_as_of_member",
                    .birth_after_key = "birth_after_member",
                    .admitted = kMemberAdmitted,
                    .official = kMemberOfficial};
    check_subject(
        ctx, s, [&] { return about_member(ctx, i); }, out);
  }
}

void check_candidates(const RunContext& ctx, FindingSink& out) {
  const auto& candidates = ctx.data.candidates;
  for (std::uint32_t i = 0; i < candidates.size(); ++i) {
    const Candidate& c = candidates[i];
    const Date dates[] = {c.birth_date,         c.course_certificate_on, c.introducer_since[0], c.introducer_since[1],
                          c.cell_resolution_on, c.decision_on,           c.admitted_on,         c.previous_exit_on};
    const Subject s{.who_vi = "Người được đề nghị kết nạp",
                    .who_en = "Candidate",
                    .name = c.full_name,
                    .id = c.id,
                    .columns = kCandidateDates,
                    .dates = dates,
                    .after_as_of_key = "after_as_of_candidate",
                    .birth_after_key = "birth_after_candidate",
                    .admitted = kCandidateAdmitted};
    check_subject(
        ctx, s, [&] { return about_candidate(ctx, i); }, out);
  }
}

void check_organizations(const RunContext& ctx, FindingSink& out) {
  const auto& orgs = ctx.data.organizations;
  for (std::uint32_t i = 0; i < orgs.size(); ++i) {
    const Organization& o = orgs[i];
    const Date dates[] = {o.established_on, o.last_congress_on};
    const Subject s{.who_vi = "Tổ chức",
                    .who_en = "Organization",
                    .name = o.name,
                    .id = o.id,
                    .columns = kOrganizationDates,
                    .dates = dates,
                    .after_as_of_key = "after_as_of_organization"};
    check_subject(
        ctx, s, [&] { return about_org(ctx, i); }, out);
  }
}

/// The messages of one table: dates after the as-of date and, for people, dates before the birth date. Their
/// evidence is every date column of the table, the dates reported with their value.
void add_messages(RuleMeta& m, std::string_view table, std::span<const DateColumn> columns, bool person) {
  std::vector<std::string> after = {"_who", "_name", "_id", "as_of", "_dates"};
  for (const DateColumn& c : columns) after.push_back(std::string(c.column) + "?");
  m.messages.push_back({"after_as_of_" + std::string(table), std::move(after),
                        "{_who} {_name} ({_id}) có ngày sau ngày tham chiếu {as_of}: {_dates}",
                        "{_who} {_name} ({_id}) has dates after the as-of date {as_of}: {_dates}"});
  if (!person) return;
  std::vector<std::string> birth = {"_who", "_name", "_id", "birth_date", "_dates"};
  for (const DateColumn& c : columns.subspan(1)) birth.push_back(std::string(c.column) + "?");
  m.messages.push_back({"birth_after_" + std::string(table), std::move(birth),
                        "{_who} {_name} ({_id}) có ngày sinh {birth_date} sau {_dates}",
                        "{_who} {_name} ({_id}) was born on {birth_date}, after the {_dates}"});
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
  add_messages(m, "organization", kOrganizationDates, false);
  add_messages(m, "member", kMemberDates, true);
  add_messages(m, "candidate", kCandidateDates, true);
  m.messages.push_back({"official_before_admitted",
                        {"_who", "_name", "_id", "_official", "official_on", "_admitted", "admitted_on"},
                        "{_who} {_name} ({_id}) có {_official} (official_on) {official_on} trước {_admitted} "
                        "(admitted_on) {admitted_on}",
                        "{_who} {_name} ({_id}): the {_official} (official_on) {official_on} is before the {_admitted} "
                        "(admitted_on) {admitted_on}"});
  m.messages.push_back({"admitted_before_18",
                        {"_who", "_name", "_id", "_admitted", "admitted_on", "eighteenth_birthday", "birth_date"},
                        "{_who} {_name} ({_id}) có {_admitted} (admitted_on) {admitted_on} trước ngày đủ 18 tuổi "
                        "{eighteenth_birthday} (ngày sinh {birth_date})",
                        "{_who} {_name} ({_id}): the {_admitted} (admitted_on) {admitted_on} is before the 18th "
                        "birthday {eighteenth_birthday} (born {birth_date})"});
  return m;
}

void DateOrderRule::check(const RunContext& ctx, FindingSink& out) const {
  check_organizations(ctx, out);
  check_members(ctx, out);
  check_candidates(ctx, out);
}

}  // namespace kiemtra::plugins::integrity
