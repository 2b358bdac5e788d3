// congress/committee-eligibility: a planned seat held by a probationary member, or a member of another organization.
#include <string>
#include <string_view>
#include <vector>

#include "congress_common.hpp"
#include "congress_rules.hpp"

namespace kiemtra::plugins::congress {

RuleMeta CommitteeEligibilityRule::metadata() {
  RuleMeta m;
  m.id = "congress/committee-eligibility";
  m.title_vi = "Nhân sự dự kiến cấp ủy không đủ điều kiện";
  m.title_en = "Planned committee seat held by an ineligible person";
  m.description_vi =
      "Một ghế của cấp ủy dự kiến (committees.csv, planned là true) của một tổ chức đang hoạt động do người không "
      "phải là đảng viên chính thức của tổ chức đó (chính tổ chức hoặc các tổ chức bên dưới nó) tại ngày tham chiếu "
      "nắm giữ: đảng viên dự bị (hoặc chính thức sau ngày tham chiếu) không có quyền ứng cử; đảng viên sinh hoạt ở "
      "tổ chức khác không thuộc đảng bộ này. Một phát hiện cho mỗi người (người ghi hai dòng trong cùng cấp ủy được "
      "xét một lần), nêu mọi lý do. Mã đảng viên không có trong danh sách, hoặc tổ chức không tồn tại, do "
      "integrity/dangling-reference báo; trạng thái không đọc được, hoặc chính thức mà không có ngày chính thức, do "
      "integrity/ báo.";
  m.description_en =
      "A seat of a planned committee (committees.csv, planned true) of a live organization is held by someone who "
      "is not an official member of that organization (itself or any organization below it) at the as-of date: a "
      "probationary member (or one official only after the as-of date) may not stand for election; a member of "
      "another organization is not part of this one. One finding per person (a person on two rows of one committee "
      "is judged once), with every reason. A member code or organization that does not exist is "
      "integrity/dangling-reference's; an unreadable status, or an official member without an official date, is "
      "integrity/'s.";
  m.default_severity = Severity::error;
  m.editions = directive_editions("nhân sự cấp ủy: đảng viên chính thức của đảng bộ, chi bộ");
  // One message per reason, and per pair of reasons: "<seat> <why> tại ngày <as-of>".
  const std::vector<std::string> args = {"_org",   "_name",       "_id",        "_role",         "_as_of",
                                         "status", "official_on", "member_org", "committee_org", "term"};
  std::vector<std::string> with_home = args;
  with_home.push_back("_home");
  const auto message = [&](std::string key, const std::vector<std::string>& names, const std::string& why_vi,
                           const std::string& why_en) {
    m.messages.push_back(
        {std::move(key), names,
         "Cấp ủy dự kiến nhiệm kỳ {term} của {_org}: {_name} ({_id}, {_role}) " + why_vi + " tại ngày {_as_of}",
         "The planned {term} committee of {_org}: {_name} ({_id}, {_role}) " + why_en + " at {_as_of}"});
  };
  const std::string probationary_vi = "là đảng viên dự bị", probationary_en = "is a probationary member";
  const std::string later_vi = "chỉ là đảng viên chính thức từ {official_on}",
                    later_en = "is an official member only from {official_on}";
  const std::string home_vi = "sinh hoạt ở {_home}, không thuộc {committee_org}",
                    home_en = "belongs to {_home}, outside {committee_org}";
  message("probationary", args, probationary_vi, probationary_en);
  message("official_later", args, later_vi, later_en);
  message("elsewhere", with_home, home_vi, home_en);
  message("probationary_elsewhere", with_home, probationary_vi + " và " + home_vi, probationary_en + " and " + home_en);
  message("official_later_elsewhere", with_home, later_vi + " và " + home_vi, later_en + " and " + home_en);
  return m;
}

void CommitteeEligibilityRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  for (const PlannedCommittee& c : planned_committees(data, ctx.as_of)) {
    const Organization& o = data.organizations[c.org];
    const Date cited_at = congress_day(ctx, c);
    for (std::uint32_t s : first_rows(data, c)) {
      const CommitteeSeat& seat = data.committees[s];
      if (seat.member == kNone) continue;
      const Member& m = data.members[seat.member];
      // An official member without an official date is integrity/status-mismatch's; an unknown status bad-value's.
      const bool not_official = m.status == MemberStatus::du_bi || (m.status == MemberStatus::chinh_thuc &&
                                                                    m.official_on.valid() && !m.official_at(ctx.as_of));
      const bool elsewhere = m.org != kNone && !data.tree.within(m.org, c.org);
      if (!not_official && !elsewhere) continue;
      const bool probationary = m.status == MemberStatus::du_bi;
      const std::string_view key = !not_official  ? "elsewhere"
                                   : probationary ? (elsewhere ? "probationary_elsewhere" : "probationary")
                                                  : (elsewhere ? "official_later_elsewhere" : "official_later");
      const Arg role = phrase(role_vi(seat.role), role_en(seat.role));
      if (elsewhere)
        out.emit(about_seat(ctx, s, cited_at)
                     .say(key, {organization(c.org), m.full_name, m.id, role, ctx.as_of, code(m.status), m.official_on,
                                m.org_code, o.id, c.term, organization(m.org)}));
      else
        out.emit(about_seat(ctx, s, cited_at)
                     .say(key, {organization(c.org), m.full_name, m.id, role, ctx.as_of, code(m.status), m.official_on,
                                m.org_code, o.id, c.term}));
    }
  }
}

}  // namespace kiemtra::plugins::congress
