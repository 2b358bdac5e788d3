// admission/introducer-discipline: an introducer whose party discipline is in effect on the file's reference date.
#include <string>
#include <vector>

#include "../shared/discipline_editions.hpp"
#include "admission_common.hpp"
#include "admission_rules.hpp"

namespace kiemtra::plugins::admission {

RuleMeta IntroducerDisciplineRule::metadata() {
  RuleMeta m;
  m.id = "admission/introducer-discipline";
  m.title_vi = "Người giới thiệu vào Đảng đang trong thời hạn kỷ luật";
  m.title_en = "Introducer under discipline in effect";
  m.description_vi =
      "Người giới thiệu (introducer_1, introducer_2 của candidates.csv) có quyết định kỷ luật (events.csv, kind "
      "ky_luat, detail ghi hình thức, date là ngày công bố) còn hiệu lực tại ngày tham chiếu của hồ sơ (ngày nghị "
      "quyết của chi bộ, nếu chưa có thì ngày tham chiếu của lần chạy). Khi người giới thiệu bị kỷ luật, chi bộ phân "
      "công đảng viên chính thức khác giới thiệu thay (điểm 3.2.2 của 29-QĐ/TW, 24-QĐ/TW; độ tin cậy vừa: nội dung "
      "điểm này chưa trích được nguyên văn), nên là cảnh báo. Kỷ luật (trừ khai trừ) hết hiệu lực sau effect_months "
      "(12) tháng kể từ ngày công bố (30-QĐ/TW Điều 40; 69-QĐ/TW 2022 Điều 2.5; độ tin cậy cao); khai trừ không hết "
      "hiệu lực (người đó không còn là đảng viên). Một phát hiện cho mỗi người giới thiệu, nêu quyết định nặng nhất "
      "còn hiệu lực. Người giới thiệu không có trong danh sách do integrity/dangling-reference báo.";
  m.description_en =
      "An introducer (introducer_1, introducer_2 of candidates.csv) has a discipline decision (events.csv, kind "
      "ky_luat, the form in detail, date the announcement) in effect at the file's reference date (the cell's "
      "resolution, else the run's as-of date). When an introducer is disciplined the cell assigns another official "
      "member in their place (point 3.2.2 of 29-QĐ/TW, 24-QĐ/TW; medium confidence: the point's wording was not "
      "found verbatim), hence a warning. A discipline other than expulsion lapses effect_months (12) months after it "
      "was announced (30-QĐ/TW Art. 40; 69-QĐ/TW 2022 Art. 2.5; high confidence); an expulsion does not (the person "
      "is no longer a member). One finding per introducer, naming the gravest decision in effect. An introducer who "
      "is not in the dataset is integrity/dangling-reference's.";
  m.default_severity = Severity::warning;
  m.params.push_back(param_int("effect_months", 12,
                               "Số tháng kể từ ngày công bố quyết định mà kỷ luật (trừ khai trừ) còn hiệu lực",
                               "Months from the announcement during which a discipline (other than expulsion) is in "
                               "effect"));
  m.editions = discipline_editions("Quy định thi hành Điều lệ, điểm 3.2.2");
  add_at_reference(m.messages,
                   {"in_effect",
                    {"_candidate", "introducer", "_introducer", "form", "_form", "decided_on", "until?", "reference_date"},
                    "{_candidate}: người giới thiệu {_introducer} đang trong thời hạn kỷ luật ({_form}, "
                    "quyết định ngày {decided_on}) tại {_at}; chi bộ cần phân công người giới thiệu thay",
                    "{_candidate}: introducer {_introducer} is under discipline ({_form}, decided on "
                    "{decided_on}) at {_at}; the cell should assign another introducer"});
  return m;
}

void IntroducerDisciplineRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  if (data.events.empty()) return;
  for (std::uint32_t row = 0; row < data.candidates.size(); ++row) {
    const Candidate& c = data.candidates[row];
    const Date ref = reference_date(c, ctx.as_of);
    const int months = static_cast<int>(ctx.params.at(ref).integer("effect_months"));
    for (int i = 0; i < 2; ++i) {
      const std::uint32_t who = c.introducer[i];
      if (who == kNone || (i == 1 && who == c.introducer[0])) continue;
      const auto d = discipline_in_effect(data, who, ref, ctx.as_of, months);
      if (!d) continue;
      out.emit(about_candidate(ctx, row, ref)
                   .with_discriminator(data.members[who].id)
                   .say(at_reference("in_effect", c, ref),
                        {candidate(row), data.members[who].id, member_name(who), code(d->form),
                         phrase(label_vi(d->form), label_en(d->form)), d->decided_on, d->until, ref}));
    }
  }
}

}  // namespace kiemtra::plugins::admission
