// membership/card-invalid: a party card number held by two members, a card issued before the official date, a card
// held by a probationary member.
#include <span>
#include <string>
#include <vector>

#include "../shared/duplicate_groups.hpp"
#include "membership_rules.hpp"

namespace kiemtra::plugins::membership {
namespace {

/// "038 994 838" and "038994838" are one number: spaces and dots are how a spreadsheet groups digits. The
/// number without them, in `k` (reused).
const std::string& card_key(std::string_view number, std::string& k) {
  k.clear();
  for (char c : number)
    if (c != ' ' && c != '.') k += c;
  return k;
}

}  // namespace

RuleMeta CardInvalidRule::metadata() {
  RuleMeta m;
  m.id = "membership/card-invalid";
  m.title_vi = "Thẻ đảng viên không hợp lệ";
  m.title_en = "Party card that cannot be right";
  m.description_vi =
      "Ba trường hợp, mỗi trường hợp một phát hiện về đảng viên (phân biệt theo trường hợp): số thẻ đảng viên "
      "(card_number, bỏ qua dấu cách và dấu chấm) trùng với số thẻ của đảng viên khác (duplicate, lỗi: mỗi số thẻ "
      "chỉ cấp cho một người; mỗi người trong nhóm trùng là một phát hiện, vì dữ liệu không cho biết ai giữ đúng "
      "số); thẻ cấp trước ngày công nhận chính thức (card_issued_on trước official_on: before-official, lỗi); đảng "
      "viên dự bị tại ngày tham chiếu đã có số thẻ (probationary, cảnh báo: thẻ đảng viên chỉ phát cho đảng viên "
      "chính thức). Dòng có trạng thái, ngày chính thức hoặc ngày cấp thẻ không đọc được thì không xét các trường "
      "hợp cần trường đó (trường không đọc được coi như chưa biết, không phải trống). Trích dẫn: hướng dẫn nghiệp vụ công tác đảng viên có hiệu lực tại ngày cấp thẻ (hoặc "
      "ngày tham chiếu khi không có ngày cấp): 12-HD/BTCTW (2012, ngày chưa xác minh), 09-HD/BTCTW (05/6/2017), "
      "12-HD/BTCTW (18/01/2022), mục Thẻ đảng viên; độ tin cậy vừa (nguyên tắc thẻ chỉ phát cho đảng viên chính "
      "thức, mỗi số một người là chắc chắn; số mục chưa xác minh). Văn bản kế tiếp năm 2025, Hướng dẫn 38-HD/BTCTW "
      "(số thẻ 12 chữ số), chưa xác minh được ngày nên chưa là một phiên bản: tỉnh thêm phiên bản khi có ngày.";
  m.description_en =
      "Three cases, each a finding on the member (the case is the discriminator): a card number (card_number, "
      "spaces and dots ignored) that another member also holds (duplicate, error: a number is issued to one person; "
      "each member of the group is a finding, since the data cannot tell who holds the number rightly); a card "
      "issued before the official date (card_issued_on before official_on: before-official, error); a member "
      "probationary at the as-of date who holds a card number (probationary, warning: party cards are issued to "
      "official members only). A row whose status, official date or card date was unreadable is not judged on the "
      "cases that need the field. Citation: the guidance on member procedures in force on the card's issue date "
      "(else the as-of date): 12-HD/BTCTW (2012, its day unconfirmed), 09-HD/BTCTW (5/6/2017), 12-HD/BTCTW "
      "(18/1/2022), section on party cards; medium confidence (that cards go to official members and one number to "
      "one person is certain; the section numbers are unconfirmed). Its 2025 successor, Hướng dẫn 38-HD/BTCTW "
      "(12-digit card numbers), is not an edition: its date is unconfirmed; a province adds the edition once it has "
      "the date.";
  m.default_severity = Severity::error;
  m.editions.push_back({Date{}, {"Hướng dẫn 12-HD/BTCTW (2012)", "mục Thẻ đảng viên"}, {}});
  m.editions.push_back({Date::from_ymd(2017, 6, 5), {"Hướng dẫn 09-HD/BTCTW (05/6/2017)", "mục Thẻ đảng viên"}, {}});
  m.editions.push_back({Date::from_ymd(2022, 1, 18), {"Hướng dẫn 12-HD/BTCTW (18/01/2022)", "mục Thẻ đảng viên"}, {}});
  m.messages = {
      {"duplicate",
       {"_member", "card_number", "holders", "_others"},
       "{_member} có số thẻ đảng viên {card_number}, trùng với {_others}: mỗi số thẻ chỉ cấp cho một đảng viên",
       "{_member} holds party card number {card_number}, as {_others} also {holders:does|do}: a card number is "
       "issued to one member only"},
      {"before_official",
       {"_member", "card_issued_on", "official_on"},
       "{_member} được cấp thẻ đảng viên ngày {card_issued_on}, trước ngày công nhận chính thức {official_on}",
       "{_member} was issued a party card on {card_issued_on}, before becoming official on {official_on}"},
      {"probationary",
       {"_member", "card_number", "as_of"},
       "{_member} là đảng viên dự bị tại ngày {as_of} nhưng đã có số thẻ đảng viên {card_number}: thẻ chỉ phát cho "
       "đảng viên chính thức",
       "{_member} is a probationary member at {as_of} but holds party card number {card_number}: cards are issued "
       "to official members only"}};
  return m;
}

void CardInvalidRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  const auto cited = [&](const Member& m) { return m.card_issued_on.valid() ? m.card_issued_on : ctx.as_of; };

  // Members by card number, grouped through a hash of each number's key (8 bytes a member, no string each):
  // a nation's millions of cards need no map node and no copy of their text.
  std::string ka, kb;  // keys compared within a hash group, reused
  for_each_duplicate_group(
      static_cast<std::uint32_t>(data.members.size()),
      [&](std::uint32_t r) { return data.members[r].card_number.view().find_first_not_of(" .") != std::string_view::npos; },
      [&](std::uint32_t r) { return static_cast<std::uint64_t>(CodeIndex::hash(card_key(data.members[r].card_number, ka))); },
      [&](std::uint32_t a, std::uint32_t b) {
        return card_key(data.members[a].card_number, ka) < card_key(data.members[b].card_number, kb);
      },
      [&](std::span<const std::uint32_t> group) {
        for (const std::uint32_t row : group) {
          std::vector<std::string_view> others;
          for (const std::uint32_t o : group)
            if (o != row) others.push_back(data.members[o].id);
          const Member& m = data.members[row];
          out.emit(about_member(ctx, row, cited(m))
                       .with_discriminator("duplicate")
                       .say("duplicate", {member(row), m.card_number, others.size(), name_members(data, others)}));
        }
      });

  for (std::uint32_t row = 0; row < data.members.size(); ++row) {
    const Member& m = data.members[row];
    if (m.card_issued_on.valid() && m.official_on.valid() && m.card_issued_on < m.official_on &&
        m.status == MemberStatus::chinh_thuc)
      out.emit(about_member(ctx, row, cited(m))
                   .with_discriminator("before-official")
                   .say("before_official", {member(row), m.card_issued_on, m.official_on}));
    if (m.status == MemberStatus::du_bi && !m.card_number.empty())
      out.emit(about_member(ctx, row, cited(m))
                   .with_severity(Severity::warning)
                   .with_discriminator("probationary")
                   .say("probationary", {member(row), m.card_number, ctx.as_of}));
  }
}

}  // namespace kiemtra::plugins::membership
