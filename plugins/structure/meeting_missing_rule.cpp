// structure/meeting-missing: a live cell with no regular (thường kỳ) meeting in a month the minutes cover.
#include <cstdint>
#include <string>
#include <vector>

#include "meeting_coverage.hpp"
#include "structure_rules.hpp"

namespace kiemtra::plugins::structure {

RuleMeta MeetingMissingRule::metadata() {
  RuleMeta m;
  m.id = "structure/meeting-missing";
  m.title_vi = "Chi bộ không sinh hoạt thường kỳ trong tháng";
  m.title_en = "Cell without its regular monthly meeting";
  m.description_vi =
      "Một chi bộ (chi bộ cơ sở hoặc chi bộ trực thuộc) tồn tại suốt một tháng mà meetings.csv không có buổi sinh "
      "hoạt thường kỳ (kind thuong_ky) nào của chi bộ trong tháng đó. Chi bộ họp thường lệ mỗi tháng một lần (Điều "
      "lệ Đảng 2011, Điều 24 khoản 2, độ tin cậy cao, đã đối chiếu văn bản; Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 về "
      "nâng cao chất lượng sinh hoạt chi bộ nhắc lại, độ tin cậy trung bình). Chỉ xét các tháng dữ liệu có ghi "
      "biên bản: từ tháng đầu đến tháng cuối có buổi sinh hoạt của một chi bộ bất kỳ thuộc cùng tổ chức cơ sở đảng "
      "(chi bộ cơ sở, hoặc đảng bộ cơ sở gần nhất), không sau tháng trọn vẹn cuối cùng trước ngày tham chiếu. "
      "Không có meetings.csv, hoặc tổ chức cơ sở không có buổi sinh hoạt nào, thì không kiểm tra (dữ liệu không ghi "
      "không có nghĩa là không họp). Một buổi sinh hoạt của tổ chức cơ sở có ngày, loại hoặc chi bộ không đọc được "
      "thì các chi bộ của tổ chức đó không bị kết luận. Một phát hiện cho mỗi chi bộ, liệt kê các tháng thiếu.";
  m.description_en =
      "A cell (chi_bo_co_so or chi_bo_truc_thuoc) that existed for a whole month has no regular meeting (kind "
      "thuong_ky) in meetings.csv in that month. A cell meets regularly once a month (Party Charter 2011, Art. 24.2, "
      "confidence high, checked against the text; restated by Hướng dẫn 12-HD/BTCTW of 6/7/2018 on improving cell "
      "meetings, confidence medium). Only the months the minutes cover are checked: from the first to the last month "
      "holding a meeting of any cell of the same grassroots organization (the chi_bo_co_so itself, or the nearest "
      "dang_bo_co_so), not after the last whole month before the as-of date. Without meetings.csv, or for a "
      "grassroots organization with no meeting recorded, nothing is checked (no record is not proof of no meeting). "
      "When a meeting of the grassroots organization has an unreadable date, kind or cell, its cells are not judged. "
      "One finding per cell, listing the months.";
  m.default_severity = Severity::warning;
  m.editions.push_back({Date{}, {"Điều lệ Đảng (2011)", "Điều 24.2"}, {}});
  m.messages = {{"missing",
                 {"_org", "months_missing", "months", "_from", "_to"},
                 "{_org} không có buổi sinh hoạt thường kỳ trong {months_missing} tháng ({months}) của thời gian từ "
                 "{_from} đến {_to} mà biên bản sinh hoạt có ghi; chi bộ phải họp thường lệ mỗi tháng một lần",
                 "{_org} held no regular meeting in {months_missing} {months_missing:month|months} ({months}) of "
                 "those from {_from} to {_to} its minutes cover; a cell meets once a month"}};
  return m;
}

void MeetingMissingRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  if (data.meetings.empty()) return;
  const MeetingCoverage coverage(data, ctx.as_of);
  std::vector<Month> held, missing;
  std::string vi, en;
  for (std::uint32_t cell = 0; cell < data.organizations.size(); ++cell) {
    const auto [first, last] = coverage.of(cell);
    if (!first.valid()) continue;
    const Organization& o = data.organizations[cell];
    held.clear();
    for (std::uint32_t i : data.meetings_by_org.of(cell)) {
      const Meeting& mt = data.meetings[i];
      if (mt.kind == MeetingKind::thuong_ky && mt.date.valid()) held.push_back(Month::of(mt.date));
    }
    missing.clear();
    for (Month mo = first; mo <= last; mo = mo.plus(1)) {
      if (!MeetingCoverage::live_throughout(o, mo, mo)) continue;
      bool found = false;
      for (const Month h : held) found = found || h == mo;
      if (!found) missing.push_back(mo);
    }
    if (missing.empty()) continue;
    month_list(missing, vi, en);
    out.emit(about_org(ctx, cell, missing.back().last_day())
                 .say("missing", {organization(cell), missing.size(), phrase(vi, en), first, last}));
  }
}

}  // namespace kiemtra::plugins::structure
