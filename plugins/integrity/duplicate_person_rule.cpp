// integrity/duplicate-person: member rows sharing a citizen id, or a folded name, birth date and gender.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "../shared/duplicate_groups.hpp"
#include "integrity_common.hpp"
#include "integrity_rules.hpp"
#include "name_fold.hpp"

namespace kiemtra::plugins::integrity {
namespace {

void report_citizen_id(const RunContext& ctx, std::uint32_t row, std::uint32_t first_row, std::size_t group_size,
                       FindingSink& out) {
  const Member &m = ctx.data.members[row], &first = ctx.data.members[first_row];
  // Rows are told apart by their place ("members.csv:12") when two of them carry the same id.
  const Place at = place_of(ctx.data.members.file, m.line, 0), there = place_of(ctx.data.members.file, first.line, 0);
  out.emit(about_member(ctx, row)
               .with_discriminator("citizen_id")
               .say("citizen_id", {m.full_name, m.id, phrase(at.vi, at.en), m.citizen_id, first.full_name, first.id,
                                   phrase(there.vi, there.en),
                                   group_size, "citizen_id"}));
}

void report_name(const RunContext& ctx, std::uint32_t row, std::uint32_t other_row, FindingSink& out) {
  const Member &m = ctx.data.members[row], &other = ctx.data.members[other_row];
  const Place at = place_of(ctx.data.members.file, m.line, 0), there = place_of(ctx.data.members.file, other.line, 0);
  const bool mine = m.citizen_id.empty(), theirs = other.citizen_id.empty();
  const Arg lacking = mine && theirs ? phrase("cả hai dòng", "neither row has")
                      : mine         ? phrase("dòng này", "this row has")
                                     : phrase("dòng kia", "the other row has");
  out.emit(
      about_member(ctx, row)
          .with_discriminator("name_birth_gender")
          .say("name_birth_gender", {m.full_name, m.id, phrase(at.vi, at.en), other.full_name, other.id,
                                     phrase(there.vi, there.en), m.birth_date,
                                     phrase(gender_vi(m.gender), gender_en(m.gender)), code(m.gender), lacking,
                                     "name_birth_gender", m.citizen_id, other.citizen_id}));
}

}  // namespace

RuleMeta DuplicatePersonRule::metadata() {
  RuleMeta m;
  m.id = "integrity/duplicate-person";
  m.title_vi = "Một người có thể được ghi hai lần";
  m.title_en = "A person may be listed twice";
  m.description_vi =
      "Hai dòng đảng viên cùng số CCCD (citizen_id); hoặc, khi ít nhất một trong hai dòng không có số CCCD, cùng họ "
      "tên (chuẩn hóa NFC, không phân biệt hoa thường, khoảng trắng liên tiếp coi là một), cùng ngày sinh và cùng "
      "giới tính. Dòng đầu tiên của mỗi nhóm được coi là bản gốc: mỗi dòng sau nhận một phát hiện, nêu khóa trùng "
      "(citizen_id hoặc name_birth_gender, cũng là mã phân biệt) và dòng gốc mà nó trùng. Một dòng đã trùng số CCCD "
      "thì không báo thêm theo họ tên. Hai dòng có hai số CCCD khác nhau không bao giờ bị coi là trùng; dòng thiếu "
      "ngày sinh hoặc giới tính không được so theo họ tên. Trùng họ tên và ngày sinh có thể là ngẫu nhiên ở quy mô "
      "toàn quốc, nên mức mặc định là cảnh báo. Trên dữ liệu mô phỏng sạch (kiemtra-gen, 2% đảng viên không có số "
      "CCCD) quy tắc này gặp khoảng một trùng hợp ngẫu nhiên trên 80.000 đảng viên: đó là trùng hợp thật, chỉ xem hồ "
      "sơ mới phân biệt được, không phải lỗi của quy tắc.";
  m.description_en =
      "Two member rows with the same citizen_id; or, where at least one of the two lacks one, the same full name "
      "(NFC, case-folded, runs of white space counted as one), the same birth date and the same gender. The first row "
      "of each group is taken as the original: every later row gets one finding naming the key that matched "
      "(citizen_id or name_birth_gender, also the discriminator) and the row it duplicates. A row already reported "
      "for its citizen id is not reported again by name. Two rows with different citizen ids are never duplicates; "
      "rows without a birth date or gender are not compared by name. Names and birth dates collide by chance at "
      "national scale, hence a warning. On clean synthetic data (kiemtra-gen, 2% of members without a citizen id) "
      "the rule meets about one chance collision per 80,000 members: a real coincidence that only a look at the "
      "files settles, not an error of the rule.";
  m.default_severity = Severity::warning;
  m.editions.push_back(
      {Date{}, {"Quy ước dữ liệu kiemtra v1", "mục members.csv (cột citizen_id); Quy tắc CSV (NFC)"}, {}});
  m.messages = {
      {"citizen_id",
       {"_name", "_id", "_at", "citizen_id", "_other_name", "other_member", "other_row", "rows_with_key",
        "key"},
       "Đảng viên {_name} ({_id}, {_at}) trùng số CCCD {citizen_id} với đảng viên {_other_name} "
       "({other_member}, {other_row}); {rows_with_key} dòng có số này",
       "Member {_name} ({_id}, {_at}) has the same citizen id {citizen_id} as member {_other_name} "
       "({other_member}, {other_row}); {rows_with_key} rows share it"},
      {"name_birth_gender",
       {"_name", "_id", "_at", "_other_name", "other_member", "other_row", "birth_date", "_gender", "gender",
        "_lacking", "key", "citizen_id", "other_citizen_id"},
       "Đảng viên {_name} ({_id}, {_at}) có thể trùng với đảng viên {_other_name} ({other_member}, "
       "{other_row}): cùng họ tên, ngày sinh {birth_date} và giới tính {_gender}; {_lacking} không có số CCCD để phân "
       "biệt (có thể chỉ là trùng ngẫu nhiên)",
       "Member {_name} ({_id}, {_at}) may be the same person as member {_other_name} ({other_member}, "
       "{other_row}): same name, birth date {birth_date} and gender ({_gender}); {_lacking} no citizen id to tell them "
       "apart (it may be a chance collision)"}};
  return m;
}

void DuplicatePersonRule::check(const RunContext& ctx, FindingSink& out) const {
  const auto& rows = ctx.data.members.rows;
  const auto n = static_cast<std::uint32_t>(rows.size());
  std::vector<std::uint8_t> reported(n, 0);
  GroupScratch scratch;  // both passes', its pages reused

  for_each_duplicate_group(
      n, [&](std::uint32_t r) { return !rows[r].citizen_id.empty(); },
      [&](std::uint32_t r) { return static_cast<std::uint64_t>(CodeIndex::hash(rows[r].citizen_id)); },
      [&](std::uint32_t a, std::uint32_t b) { return rows[a].citizen_id < rows[b].citizen_id; },
      [&](std::span<const std::uint32_t> group) {
        for (std::uint32_t r : group.subspan(1)) {
          reported[r] = 1;
          report_citizen_id(ctx, r, group[0], group.size(), out);
        }
      },
      scratch);

  std::string fa, fb;  // folded names, reused: no allocation per row once they have grown
  for_each_duplicate_group(
      n,
      [&](std::uint32_t r) {
        const Member& m = rows[r];
        return m.birth_date.valid() && m.gender != Gender::unknown && !m.full_name.empty();
      },
      [&](std::uint32_t r) {
        const auto extra = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(rows[r].birth_date.days)) << 2) |
                           static_cast<std::uint64_t>(rows[r].gender);
        return folded_name_hash(rows[r].full_name) ^ (extra * 0x9E3779B97F4A7C15ull);
      },
      [&](std::uint32_t a, std::uint32_t b) {
        if (rows[a].birth_date != rows[b].birth_date) return rows[a].birth_date < rows[b].birth_date;
        if (rows[a].gender != rows[b].gender) return rows[a].gender < rows[b].gender;
        fold_name(rows[a].full_name, fa);
        fold_name(rows[b].full_name, fb);
        return fa < fb;
      },
      [&](std::span<const std::uint32_t> group) {
        // Pairs count only where one of the two lacks a citizen id: a row without one matches the group's first
        // row; a row with one matches the first row without one, if that comes earlier.
        std::uint32_t first_without = kNone;
        for (std::uint32_t r : group)
          if (rows[r].citizen_id.empty()) {
            first_without = r;
            break;
          }
        if (first_without == kNone) return;
        for (std::uint32_t r : group.subspan(1)) {
          if (reported[r]) continue;
          const std::uint32_t other = rows[r].citizen_id.empty() ? group[0] : first_without;
          if (other < r) report_name(ctx, r, other, out);
        }
      },
      scratch);
}

}  // namespace kiemtra::plugins::integrity
