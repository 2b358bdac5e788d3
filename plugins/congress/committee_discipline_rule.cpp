// congress/committee-discipline: a planned committee seat held by a member whose party discipline is still in effect
// on the congress day.
#include <string>
#include <vector>

#include "congress_common.hpp"
#include "congress_rules.hpp"

#include <kiemtra/discipline.hpp>

#include "../shared/discipline_editions.hpp"

namespace kiemtra::plugins::congress {

RuleMeta CommitteeDisciplineRule::metadata() {
  RuleMeta m;
  m.id = "congress/committee-discipline";
  m.title_vi = "Nhân sự dự kiến cấp ủy đang trong thời hạn kỷ luật";
  m.title_en = "Planned committee member under discipline in effect";
  m.description_vi =
      "Một ghế của cấp ủy dự kiến (committees.csv, planned là true) do đảng viên có quyết định kỷ luật (events.csv, "
      "kind ky_luat, detail ghi hình thức, date là ngày công bố quyết định) còn hiệu lực vào ngày đại hội (ngày đại "
      "hội gần nhất của tổ chức nếu thuộc nhiệm kỳ này, nếu không thì ngày tham chiếu, như các quy tắc congress/ "
      "khác) nắm giữ. Cách chức: trong một năm kể từ ngày có quyết định không được bầu vào cấp ủy (Điều lệ Đảng "
      "Điều 40.3; Quy định 30-QĐ/TW Điều 40; lỗi). Khai trừ: không còn là đảng viên (lỗi). Khiển trách, cảnh cáo "
      "hoặc hình thức không ghi rõ: Điều lệ không cấm bầu, nhưng trong thời gian thi hành kỷ luật không bổ nhiệm, "
      "điều động (Quy định 69-QĐ/TW 2022 Điều 2.13), nên là cảnh báo để cấp ủy xem xét lại (tham số "
      "warn_lesser_forms). Thời hạn hiệu lực: kỷ luật đương nhiên chấm dứt hiệu lực sau effect_months (12) tháng kể "
      "từ ngày công bố nếu không tái phạm (30-QĐ/TW Điều 40; 69-QĐ/TW Điều 2.5); khai trừ không hết hiệu lực. Dữ "
      "liệu không ghi việc tái phạm hay khiếu nại kéo dài thời hạn. Một phát hiện cho mỗi người trong mỗi cấp ủy dự "
      "kiến, nêu quyết định nặng nhất còn hiệu lực. Nguồn: Điều lệ Đảng 2011 Điều 40.3 và 30-QĐ/TW Điều 40 (trích "
      "trên lawnet.vn), 69-QĐ/TW Điều 2.5, 2.13 (thuvienphapluat.vn), độ tin cậy cao; số điều của 22-QĐ/TW "
      "(28/7/2021), 262-QĐ/TW (03/02/2025) và 296-QĐ/TW (30/5/2025, thay thế cả hai) chưa xác minh, độ tin cậy "
      "vừa.";
  m.description_en =
      "A seat of a planned committee (committees.csv, planned true) is held by a member with a discipline decision "
      "(events.csv, kind ky_luat, the form in detail, date the day the decision was announced) still in effect on the "
      "congress day (the organization's last congress when it belongs to this term, else the as-of date, as for the "
      "other congress/ rules). Removal from post (cach_chuc): no election to a committee within a year of the "
      "decision (Charter Art. 40.3; Quy định 30-QĐ/TW Art. 40; error). Expulsion (khai_tru): no longer a member "
      "(error). Reprimand (khien_trach), warning (canh_cao) or a form the detail does not name: the Charter does not "
      "bar election, but no appointment or transfer is made while a discipline is in effect (Quy định 69-QĐ/TW 2022 "
      "Art. 2.13), so a warning for the committee to review (parameter warn_lesser_forms). Effect period: a "
      "discipline lapses by itself effect_months (12) months after it was announced when the member commits no new "
      "violation (30-QĐ/TW Art. 40; 69-QĐ/TW Art. 2.5); an expulsion does not lapse. The data does not record a new "
      "violation or an appeal that would extend it. One finding per person and planned committee, naming the gravest "
      "decision in effect. Sources: Charter 2011 Art. 40.3 and 30-QĐ/TW Art. 40 (quoted on lawnet.vn), 69-QĐ/TW "
      "Art. 2.5 and 2.13 (thuvienphapluat.vn), high confidence; the article numbers of 22-QĐ/TW (28/7/2021), "
      "262-QĐ/TW (3/2/2025) and 296-QĐ/TW (30/5/2025, replacing both) are unconfirmed, medium confidence.";
  m.default_severity = Severity::error;
  m.params.push_back(param_int("effect_months", 12,
                               "Số tháng kể từ ngày công bố quyết định mà kỷ luật (trừ khai trừ) còn hiệu lực",
                               "Months from the announcement during which a discipline (other than expulsion) is in "
                               "effect"));
  m.params.push_back(param_bool("warn_lesser_forms", true,
                                "Cảnh báo cả khiển trách, cảnh cáo và hình thức không ghi rõ còn hiệu lực",
                                "Also warn of a reprimand, a warning or an unnamed form still in effect"));
  m.editions = discipline_editions("Điều lệ Đảng 2011, Điều 40.3");
  const std::vector<std::string> args = {"_org", "_name", "_id", "_role", "term", "form", "_form", "decided_on", "until?",
                                         "congress_day"};
  m.messages = {
      {"removed",
       args,
       "Cấp ủy dự kiến nhiệm kỳ {term} của {_org}: {_name} ({_id}, {_role}) bị kỷ luật cách chức ngày {decided_on}, "
       "trong vòng một năm (đến {until}) không được bầu vào cấp ủy, mà ngày đại hội là {congress_day}",
       "The planned {term} committee of {_org}: {_name} ({_id}, {_role}) was removed from post by discipline on "
       "{decided_on} and may not be elected to a committee within a year (until {until}); the congress day is "
       "{congress_day}"},
      {"expelled",
       args,
       "Cấp ủy dự kiến nhiệm kỳ {term} của {_org}: {_name} ({_id}, {_role}) đã bị kỷ luật khai trừ ra khỏi Đảng ngày "
       "{decided_on} (ngày đại hội {congress_day})",
       "The planned {term} committee of {_org}: {_name} ({_id}, {_role}) was expelled from the Party on {decided_on} "
       "(congress day {congress_day})"},
      {"lesser",
       args,
       "Cấp ủy dự kiến nhiệm kỳ {term} của {_org}: {_name} ({_id}, {_role}) đang trong thời hạn kỷ luật ({_form}, "
       "quyết định ngày {decided_on}, hết hiệu lực {until}) vào ngày đại hội {congress_day}: cấp ủy cần xem xét lại",
       "The planned {term} committee of {_org}: {_name} ({_id}, {_role}) is under discipline ({_form}, decided on "
       "{decided_on}, lapsing on {until}) on the congress day {congress_day}: the committee should review the plan"}};
  return m;
}

void CommitteeDisciplineRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  if (data.events.empty()) return;
  for (const PlannedCommittee& c : planned_committees(data, ctx.as_of)) {
    const Date day = congress_day(ctx, c);
    const Edition& edition = ctx.params.at(day);
    const int months = static_cast<int>(edition.integer("effect_months"));
    for (std::uint32_t s : first_rows(data, c)) {
      const CommitteeSeat& seat = data.committees[s];
      if (seat.member == kNone) continue;
      const auto d = discipline_in_effect(data, seat.member, day, ctx.as_of, months);
      if (!d) continue;
      const bool grave = d->form == DisciplineForm::cach_chuc || d->form == DisciplineForm::khai_tru;
      if (!grave && !edition.boolean("warn_lesser_forms")) continue;
      const Member& m = data.members[seat.member];
      const std::string_view key = d->form == DisciplineForm::khai_tru   ? "expelled"
                                   : d->form == DisciplineForm::cach_chuc ? "removed"
                                                                          : "lesser";
      Finding f = about_seat(ctx, s, day);
      if (!grave) f.with_severity(Severity::warning);
      out.emit(f.say(key, {organization(c.org), m.full_name, m.id,
                                      phrase(role_vi(seat.role), role_en(seat.role)), c.term, code(d->form),
                                      phrase(label_vi(d->form), label_en(d->form)),
                                      d->decided_on, d->until, day}));
    }
  }
}

}  // namespace kiemtra::plugins::congress
