// structure/topical-meeting-missing: a live cell with fewer topical (chuyên đề) meetings in a quarter than the
// guidance on cell meetings asks for.
#include <cstdint>
#include <string>
#include <vector>

#include "meeting_coverage.hpp"
#include "structure_rules.hpp"

namespace kiemtra::plugins::structure {

namespace {

/// "quý 1/2019" and "2019 Q1" for each quarter (the first month of each), for a phrase argument (which views
/// the strings: they belong to the caller until the finding is emitted).
void quarter_list(const std::vector<Month>& quarters, std::string& vi, std::string& en) {
  vi.clear();
  en.clear();
  for (const Month q : quarters) {
    if (!en.empty()) {
      vi += ", ";
      en += ", ";
    }
    const int n = (q.month() - 1) / 3 + 1;
    vi += "quý " + std::to_string(n) + "/" + std::to_string(q.year());
    en += std::to_string(q.year()) + " Q" + std::to_string(n);
  }
}

}  // namespace

RuleMeta TopicalMeetingMissingRule::metadata() {
  RuleMeta m;
  m.id = "structure/topical-meeting-missing";
  m.title_vi = "Chi bộ không sinh hoạt chuyên đề trong quý";
  m.title_en = "Cell without a topical meeting in a quarter";
  m.description_vi =
      "Một chi bộ (chi bộ cơ sở hoặc chi bộ trực thuộc) tồn tại suốt một quý mà meetings.csv có ít hơn "
      "min_per_quarter buổi sinh hoạt chuyên đề (kind chuyen_de) của chi bộ trong quý đó. Hướng dẫn của Ban Tổ chức "
      "Trung ương về nâng cao chất lượng sinh hoạt chi bộ yêu cầu sinh hoạt chuyên đề ít nhất mỗi quý một lần, không "
      "thay cho sinh hoạt thường kỳ: Hướng dẫn 09-HD/BTCTW ngày 02/3/2012, rồi Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 "
      "(độ tin cậy trung bình: con số được nhiều nguồn thứ cấp dẫn lại, chưa đối chiếu nguyên văn điểm, mục; vì thế là "
      "tham số). Trước 02/3/2012 không có yêu cầu nào được xác nhận: min_per_quarter là 0, quy tắc không báo. Phiên "
      "bản áp dụng là phiên bản có hiệu lực ngày cuối quý. Chỉ xét các quý nằm trọn trong các tháng có biên bản, như "
      "structure/meeting-missing; không có meetings.csv thì không kiểm tra.";
  m.description_en =
      "A cell (chi_bo_co_so or chi_bo_truc_thuoc) that existed for a whole quarter has fewer than min_per_quarter "
      "topical meetings (kind chuyen_de) in meetings.csv in that quarter. The Central Organization Commission's "
      "guidance on improving cell meetings asks for a topical meeting at least once a quarter, besides the regular "
      "ones: Hướng dẫn 09-HD/BTCTW of 2/3/2012, then Hướng dẫn 12-HD/BTCTW of 6/7/2018 (confidence medium: the "
      "figure is quoted by many secondary sources, the point of the text is not checked; hence a parameter). No "
      "requirement before 2/3/2012 is confirmed: min_per_quarter is 0 there and the rule is silent. The edition is "
      "the one in force on the quarter's last day. Only quarters wholly within the months the minutes cover are "
      "checked, as in structure/meeting-missing; without meetings.csv nothing is checked.";
  m.default_severity = Severity::info;
  m.params.push_back(param_int("min_per_quarter", 1, "Số buổi sinh hoạt chuyên đề tối thiểu mỗi quý (0: không yêu cầu)",
                               "Minimum number of topical meetings per quarter (0: none required)"));
  m.editions.push_back({Date{}, {"Điều lệ Đảng (2011)", "Điều 24.2"}, {{"min_per_quarter", std::int64_t{0}}}});
  m.editions.push_back(
      {Date::from_ymd(2012, 3, 2), {"Hướng dẫn 09-HD/BTCTW (02/3/2012)", "sinh hoạt chuyên đề"}, {}});
  m.editions.push_back(
      {Date::from_ymd(2018, 7, 6), {"Hướng dẫn 12-HD/BTCTW (06/7/2018)", "sinh hoạt chuyên đề"}, {}});
  m.messages = {{"missing",
                 {"_org", "quarters_missing", "quarters", "min_per_quarter"},
                 "{_org} không có đủ {min_per_quarter} buổi sinh hoạt chuyên đề trong {quarters_missing} quý "
                 "({quarters}) mà biên bản sinh hoạt có ghi; hướng dẫn yêu cầu sinh hoạt chuyên đề ít nhất mỗi quý",
                 "{_org} held fewer than {min_per_quarter} topical {min_per_quarter:meeting|meetings} in "
                 "{quarters_missing} {quarters_missing:quarter|quarters} ({quarters}) its minutes cover; the guidance "
                 "asks for a topical meeting every quarter"}};
  return m;
}

void TopicalMeetingMissingRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  if (data.meetings.empty()) return;
  const MeetingCoverage coverage(data, ctx.as_of);
  std::vector<Month> missing;
  std::string vi, en;
  for (std::uint32_t cell = 0; cell < data.organizations.size(); ++cell) {
    const auto [first, last] = coverage.of(cell);
    if (!first.valid()) continue;
    const Organization& o = data.organizations[cell];
    missing.clear();
    std::int64_t wanted = 0;
    // The first whole quarter at or after `first`.
    Month q = Month::of(first.year(), ((first.month() - 1) / 3) * 3 + 1);
    if (q < first) q = q.plus(3);
    for (; q.plus(2) <= last; q = q.plus(3)) {
      const Month q_end = q.plus(2);
      if (!MeetingCoverage::live_throughout(o, q, q_end)) continue;
      const std::int64_t min = ctx.params.at(q_end.last_day()).integer("min_per_quarter");
      if (min <= 0) continue;
      std::int64_t held = 0;
      for (std::uint32_t i : data.meetings_by_org.of(cell)) {
        const Meeting& mt = data.meetings[i];
        if (mt.kind != MeetingKind::chuyen_de || !mt.date.valid()) continue;
        const Month mo = Month::of(mt.date);
        held += (mo >= q && mo <= q_end) ? 1 : 0;
      }
      if (held >= min) continue;
      missing.push_back(q);
      wanted = min;
    }
    if (missing.empty()) continue;
    quarter_list(missing, vi, en);
    out.emit(about_org(ctx, cell, missing.back().plus(2).last_day())
                 .say("missing", {organization(cell), missing.size(), phrase(vi, en), wanted}));
  }
}

}  // namespace kiemtra::plugins::structure
