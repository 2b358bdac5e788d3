// admission/introducers: fewer than two valid introducers (one for a youth-age candidate the Youth Union introduces,
// or a candidate the grassroots trade-union committee introduces).
#include <fmt/format.h>

#include <string>
#include <vector>

#include "admission_common.hpp"
#include "admission_rules.hpp"

#include <kiemtra/unknown.hpp>

namespace kiemtra::plugins::admission {
namespace {

/// Why one introducer slot does not count; empty `vi` when it does.
struct Verdict {
  std::string vi;
  std::string en;
};

Verdict judge(const Dataset& data, const Candidate& c, int i, Date ref, int min_months) {
  const std::string_view code = c.introducer_code[i];
  if (code.empty())
    return {fmt::format("không ghi người giới thiệu {}", i + 1), fmt::format("no introducer {}", i + 1)};
  if (c.introducer[i] == kNone)
    return {fmt::format("người giới thiệu {} ({}) không có trong danh sách đảng viên", i + 1, code),
            fmt::format("introducer {} ({}) is not a member of the dataset", i + 1, code)};
  const Member& m = data.members[c.introducer[i]];
  const std::string who = fmt::format("{} ({})", m.full_name, m.id);
  if (i == 1 && c.introducer[1] == c.introducer[0])
    return {fmt::format("người giới thiệu 2 {} trùng người giới thiệu 1", who),
            fmt::format("introducer 2 {} is the same person as introducer 1", who)};
  if (!m.official_at(ref)) {
    if (m.status == MemberStatus::chinh_thuc && m.official_on.valid())
      return {fmt::format("{} chỉ là đảng viên chính thức từ {}, sau {}", who, m.official_on.vn(), ref.vn()),
              fmt::format("{} became an official member only on {}, after {}", who, m.official_on.iso(), ref.iso())};
    return {fmt::format("{} không phải đảng viên chính thức tại {}", who, ref.vn()),
            fmt::format("{} is not an official member at {}", who, ref.iso())};
  }
  // A replacement the cell assigned (the first introducer moved or was disciplined) need not have the months
  // together (24-QĐ/TW point 3.2.2).
  if (c.introducer_replacement[i]) return {};
  const Date since = c.introducer_since[i];
  if (!since.valid())
    return {fmt::format("không ghi ngày {} bắt đầu cùng công tác với người vào Đảng", who),
            fmt::format("no date from which {} has worked with the candidate", who)};
  if (since.plus_months(min_months) > ref) {
    const int together = since <= ref ? full_months(since, ref) : 0;
    return {
        fmt::format("{} mới cùng công tác {} tháng (từ {}), chưa đủ {} tháng", who, together, since.vn(), min_months),
        fmt::format("{} has worked with the candidate for {} (since {}), not {}", who, count_en(together, "month"),
                    since.iso(), count_en(min_months, "month"))};
  }
  return {};
}

/// The Charter's article for introducers, with the implementing regulation's article for the time together.
std::vector<Edition> introducer_editions() {
  std::vector<Edition> e = regulation_editions("", true);
  for (Edition& ed : e) {
    const std::string regulation = ed.citation.document.substr(0, ed.citation.document.find(" ("));
    ed.citation = {"Điều lệ Đảng 2011", "Điều 4.1; " + regulation +
                                            ", Điểm 3.1 (đoàn thanh niên, công đoàn giới thiệu), 3.2.1 (thời gian cùng "
                                            "công tác), 3.2.2 (người giới thiệu thay)"};
  }
  return e;
}

}  // namespace

RuleMeta IntroducersRule::metadata() {
  RuleMeta m;
  m.id = "admission/introducers";
  m.title_vi = "Người giới thiệu vào Đảng";
  m.title_en = "Introducers of an admission candidate";
  m.description_vi =
      "Người vào Đảng cần hai người giới thiệu hợp lệ. Người giới thiệu hợp lệ là một đảng viên có trong danh sách "
      "(members.csv), khác người giới thiệu kia, là đảng viên chính thức tại ngày tham chiếu của hồ sơ (ngày nghị "
      "quyết của chi bộ, nếu chưa có thì ngày tham chiếu của lần chạy) và có ngày bắt đầu cùng công tác "
      "(introducer_N_since) ít nhất min_months_together tháng trước ngày đó. Người được Đoàn TNCS Hồ Chí Minh giới "
      "thiệu (youth_union_introduced) và có tuổi tròn không quá youth_max_age tại ngày tham chiếu chỉ cần một người "
      "giới thiệu hợp lệ (ban chấp hành đoàn cơ sở là người giới thiệu kia); hồ sơ như vậy không có ngày sinh đọc "
      "được cũng chỉ cần một. Người được ban chấp hành công đoàn cơ sở giới thiệu thay một đảng viên chính thức "
      "(trade_union_introduced; Điều lệ Điều 4, điểm 3.1 của 29/24-QĐ/TW; độ tin cậy vừa) chỉ cần một người giới "
      "thiệu hợp lệ. Người giới thiệu thay do chi bộ phân công (introducer_N_replacement, khi người giới thiệu trước "
      "chuyển đi hoặc bị kỷ luật) không cần đủ min_months_together tháng cùng công tác (điểm 3.2.2; độ tin cậy "
      "vừa). Phát hiện nêu lý do từng người giới thiệu không hợp lệ.";
  m.description_en =
      "A candidate needs two valid introducers. A valid introducer is a member of the dataset (members.csv), "
      "distinct from the other introducer, an official member at the file's reference date (the cell's resolution, "
      "else the run's as-of date), whose date of working with the candidate (introducer_N_since) is at least "
      "min_months_together months before that date. A candidate introduced by the Ho Chi Minh Communist Youth Union "
      "(youth_union_introduced) whose full age at the reference date is at most youth_max_age needs one (the Youth "
      "Union's grassroots committee is the other); such a file without a readable birth date needs one too. A "
      "candidate the grassroots trade-union committee introduces in place of one official member "
      "(trade_union_introduced; Charter Art. 4, point 3.1 of 29/24-QĐ/TW; confidence medium) needs one. A "
      "replacement introducer the cell assigned (introducer_N_replacement, when the first one moved or was "
      "disciplined) need not have min_months_together months together (point 3.2.2; confidence medium). The "
      "finding says why each introducer does not count.";
  m.default_severity = Severity::error;
  m.params.push_back(param_int("min_months_together", 12,
                               "Số tháng tối thiểu người giới thiệu cùng công tác với người vào Đảng",
                               "Minimum months the introducer has worked with the candidate"));
  m.params.push_back(param_int("youth_max_age", 30, "Tuổi tròn tối đa để đoàn thanh niên giới thiệu thay một đảng viên",
                               "Maximum full age for the Youth Union to introduce in place of one member"));
  m.editions = introducer_editions();
  add_at_reference(
      m.messages, {"too_few",
                   {"_candidate", "valid_introducers", "needed", "reference_date", "youth_union_introduced",
                    "min_months_together", "_path", "_why"},
                   "{_candidate} có {valid_introducers} người giới thiệu hợp lệ tại {_at}, cần {needed}{_path}: {_why}",
                   "{_candidate} has {valid_introducers} {valid_introducers:valid introducer|valid introducers} at "
                   "{_at}, {needed} needed{_path}: {_why}"});
  return m;
}

void IntroducersRule::check(const RunContext& ctx, FindingSink& out) const {
  // An introducer whose status or official date was unreadable may be valid, as may one whose date together with
  // the candidate was: a candidate they could make whole is skipped, not reported (docs/dataset.md).
  const UnknownFields unknown_members(ctx.data, ctx.data.members, TableId::members, {"status", "official_on"});
  const UnknownFields unknown_since[2] = {
      UnknownFields(ctx.data, ctx.data.candidates, TableId::candidates, {"introducer_1_since"}),
      UnknownFields(ctx.data, ctx.data.candidates, TableId::candidates, {"introducer_2_since"})};
  for (std::uint32_t row = 0; row < ctx.data.candidates.size(); ++row) {
    const Candidate& c = ctx.data.candidates[row];
    const Date ref = reference_date(c, ctx.as_of);
    const Edition& p = ctx.params.at(ref);
    const auto min_months = static_cast<int>(p.integer("min_months_together"));
    const auto youth_max_age = static_cast<int>(p.integer("youth_max_age"));
    const bool youth_age = !c.birth_date.valid() || full_years(c.birth_date, ref) <= youth_max_age;
    const int needed = (c.youth_union_introduced && youth_age) || c.trade_union_introduced ? 1 : 2;
    int valid = 0, maybe = 0;
    std::vector<Verdict> problems;
    for (int i = 0; i < 2; ++i) {
      Verdict v = judge(ctx.data, c, i, ref, min_months);
      if (v.vi.empty()) {
        ++valid;
        continue;
      }
      const bool unknown = unknown_since[i].row(row) ||
                           (c.introducer[i] != kNone && unknown_members.row(c.introducer[i]));
      maybe += unknown;
      problems.push_back(std::move(v));
    }
    if (valid + maybe >= needed) continue;
    std::string why_vi, why_en;
    for (const Verdict& v : problems) {
      why_vi += (why_vi.empty() ? "" : "; ") + v.vi;
      why_en += (why_en.empty() ? "" : "; ") + v.en;
    }
    std::string path_vi, path_en;
    if (c.trade_union_introduced) {
      path_vi = " (cùng với công đoàn cơ sở)";
      path_en = " (besides the trade union)";
    } else if (c.youth_union_introduced && !youth_age) {
      const int age = full_years(c.birth_date, ref);
      path_vi =
          fmt::format(" (đoàn thanh niên giới thiệu nhưng người vào Đảng đã {} tuổi, quá {})", age, youth_max_age);
      path_en = fmt::format(" (introduced by the Youth Union, but the candidate is {}, over {})", age, youth_max_age);
    } else if (needed == 1) {
      path_vi = " (cùng với đoàn thanh niên)";
      path_en = " (besides the Youth Union)";
    }
    out.emit(about_candidate(ctx, row, ref)
                 .say(at_reference("too_few", c, ref),
                      {candidate(row), valid, needed, ref, c.youth_union_introduced ? "true" : "false", min_months,
                       phrase(path_vi, path_en), phrase(why_vi, why_en)}));
  }
}

}  // namespace kiemtra::plugins::admission
