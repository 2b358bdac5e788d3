// structure/merger-totals: after a merger (the 2025 reorganization), each dissolved organization names a live
// successor, and the members the merger decisions state are the members the data holds on the merger day.
//
// The contract has no merger columns in the SDK's Organization (its layout is fixed for this ABI), so the rule reads
// three optional organizations.csv columns as extra columns, by the names below: what the dissolution and merger
// decisions state, which an office has on paper.
#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "structure_rules.hpp"

namespace kiemtra::plugins::structure {
namespace {

// Headers each optional column is found under: the contract's name first, then the Vietnamese headers of exports.
constexpr std::array<std::string_view, 4> kSuccessorHeaders = {"successor_id", "Mã tổ chức tiếp nhận",
                                                               "Tổ chức tiếp nhận", "Sáp nhập vào"};
constexpr std::array<std::string_view, 3> kDissolvedCountHeaders = {
    "members_at_dissolution", "Số đảng viên khi giải thể", "Số đảng viên giải thể"};
constexpr std::array<std::string_view, 3> kMergerCountHeaders = {"members_at_merger", "Số đảng viên khi hợp nhất",
                                                                 "Số đảng viên khi sáp nhập"};

/// An optional column and the header it was found under.
struct Column {
  Table<Organization>::ExtraColumn values;
  std::string_view header;
};
template <std::size_t N>
Column find_column(const Dataset& data, const std::array<std::string_view, N>& headers) {
  for (std::string_view h : headers)
    if (auto c = data.organizations.extra_column(h)) return {c, h};
  return {};
}

/// The file name of a table's path, as a message names it (the directory is the dataset's).
std::string file_name(const std::string& path) {
  const std::size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

/// A member count as written: digits only. nullopt for an empty cell; -1 for text that is not a count.
std::optional<std::int64_t> read_count(std::string_view s) {
  if (s.empty()) return std::nullopt;
  std::int64_t v = -1;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || end != s.data() + s.size() || v < 0) return -1;
  return v;
}

}  // namespace

RuleMeta MergerTotalsRule::metadata() {
  RuleMeta m;
  m.id = "structure/merger-totals";
  m.title_vi = "Tổ chức tiếp nhận và tổng số đảng viên khi sáp nhập, hợp nhất";
  m.title_en = "Successor and member totals of a merger";
  m.description_vi =
      "Khi sáp nhập, hợp nhất tổ chức đảng (như đợt sắp xếp năm 2025), mọi đảng viên của tổ chức bị giải thể phải "
      "được chuyển về tổ chức tiếp nhận. Cột tùy chọn của organizations.csv (cột thêm, đọc theo tên): successor_id "
      "(Mã tổ chức tiếp nhận; tổ chức mà tổ chức giải thể sáp nhập vào), members_at_dissolution (Số đảng viên khi giải "
      "thể, theo quyết định giải thể), members_at_merger (Số đảng viên khi hợp nhất, theo quyết định thành lập hoặc "
      "sáp nhập, trên dòng của tổ chức tiếp nhận). Lỗi: tổ chức đã giải thể (dissolved_on vào hoặc trước ngày tham "
      "chiếu) có successor_id không có trong danh sách, là chính nó, hoặc là tổ chức cũng đã giải thể mà không có tổ "
      "chức tiếp nhận (theo chuỗi) (phân biệt: successor); số đảng viên không đọc được (count). Cảnh báo: ngày hợp "
      "nhất là ngày giải thể muộn nhất của các tổ chức sáp nhập vào cùng một tổ chức tiếp nhận; tổng số theo quyết "
      "định (members_at_merger của tổ chức tiếp nhận; không có thì tổng members_at_dissolution của các tổ chức giải "
      "thể, khi tổ chức tiếp nhận được thành lập từ ngày giải thể sớm nhất, tức là tổ chức mới) khác số đảng viên mà "
      "dữ liệu cho thấy tại ngày hợp nhất (totals): đảng viên trong danh sách thuộc cây của tổ chức tiếp nhận hoặc "
      "của các tổ chức giải thể, kết nạp vào hoặc trước ngày đó, trừ người chuyển đến sau ngày đó, cộng người chuyển "
      "đi sau ngày đó (transfers.csv). Khi tổ chức mới có members_at_merger và các tổ chức giải thể đều có "
      "members_at_dissolution mà hai tổng khác nhau: cảnh báo (decisions). Đảng viên từ trần, bị khai trừ, xóa tên "
      "sau ngày hợp nhất không có trong dữ liệu nên cũng làm lệch tổng: thông điệp nêu cả hai số để đối chiếu. Đảng "
      "viên còn ở tổ chức đã giải thể do integrity/dissolved-attachment báo; ở đây họ được tính là có trong dữ liệu. "
      "Nguồn: Điều lệ Đảng Điều 11 (thành lập, giải thể tổ chức đảng), Quy định 294-QĐ/TW (2025); quy ước dữ liệu "
      "(độ tin cậy: cách đối chiếu là của phòng tổ chức, không phải con số của văn bản).";
  m.description_en =
      "When party organizations are merged (as in the 2025 reorganization), every member of a dissolved organization "
      "moves to the organization that takes it over. Optional organizations.csv columns (extra columns, read by "
      "name): successor_id (Mã tổ chức tiếp nhận; the organization a dissolved one merged into), "
      "members_at_dissolution (Số đảng viên khi giải thể, from the dissolution decision), members_at_merger (Số đảng "
      "viên khi hợp nhất, from the founding or merger decision, on the successor's row). Errors: an organization "
      "dissolved on or before the as-of date whose successor_id does not resolve, is itself, or is an organization "
      "dissolved too with no successor along the chain (discriminator successor); a count that is not a number "
      "(count). Warnings: the merger day is the latest dissolution among the organizations merged into one successor; "
      "the decisions' total (the successor's members_at_merger; without it the sum of the dissolved organizations' "
      "members_at_dissolution, when the successor was founded on or after the earliest dissolution, i.e. is new) "
      "differs from the members the data shows on the merger day (totals): listed members in the successor's subtree "
      "or the dissolved organizations' subtrees admitted on or before that day, less those transferred in after it, "
      "plus those transferred out after it (transfers.csv). A new successor with members_at_merger whose dissolved "
      "organizations all have members_at_dissolution, and the two totals differ: a warning (decisions). Members who "
      "died, were expelled or struck off after the merger are not in the data and also make the totals differ: the "
      "message gives both figures to reconcile. Members still in a dissolved organization are "
      "integrity/dissolved-attachment's; here they count as held by the data. Sources: Party Charter Art. 11 "
      "(founding and dissolving party organizations), Quy định 294-QĐ/TW (2025); the data contract (confidence: the "
      "reconciliation is the organization office's practice, not a figure of a text).";
  m.default_severity = Severity::warning;
  m.editions.push_back({Date{}, {"Điều lệ Đảng 2011", "Điều 11; quy ước dữ liệu kiemtra (successor_id)"}, {}});
  m.messages = {
      {"successor_unknown",
       {"_org", "successor_id"},
       "{_org} đã giải thể nhưng tổ chức tiếp nhận {successor_id} không có trong danh sách tổ chức (hoặc là chính nó)",
       "{_org} is dissolved but its successor {successor_id} is not in the organization list (or is itself)"},
      {"successor_dissolved",
       {"_org", "_successor", "dissolved_on"},
       "{_org} đã giải thể và sáp nhập vào {_successor}, nhưng tổ chức này cũng đã giải thể ngày {dissolved_on} mà "
       "không có tổ chức tiếp nhận",
       "{_org} is dissolved and merged into {_successor}, which was dissolved too, on {dissolved_on}, with no "
       "successor"},
      {"count",
       {"_org", "column", "value", "file", "line"},
       "{_org}: cột {column} ({file}, dòng {line}) phải là số đảng viên, không phải \"{value}\"",
       "{_org}: column {column} ({file}, line {line}) must be a member count, not \"{value}\""},
      {"totals",
       {"_org", "merger_day", "stated", "held", "predecessors", "_predecessors"},
       "{_org} tiếp nhận {predecessors} tổ chức giải thể ({_predecessors}): quyết định ghi {stated} đảng viên ngày "
       "{merger_day}, dữ liệu cho thấy {held}; đối chiếu từng đảng viên (chuyển sinh hoạt, từ trần, khai trừ, xóa tên)",
       "{_org} took over {predecessors} dissolved {predecessors:organization|organizations} ({_predecessors}): the "
       "decisions state {stated} members on {merger_day}, the data shows {held}; reconcile member by member "
       "(transfers, deaths, expulsions, names struck off)"},
      {"decisions",
       {"_org", "stated", "dissolved_total", "_predecessors"},
       "{_org} được thành lập với {stated} đảng viên, nhưng các tổ chức giải thể ({_predecessors}) có tổng "
       "{dissolved_total} đảng viên khi giải thể",
       "{_org} was founded with {stated} members, but the dissolved organizations ({_predecessors}) had "
       "{dissolved_total} members at dissolution"}};
  return m;
}

void MergerTotalsRule::check(const RunContext& ctx, FindingSink& out) const {
  const Dataset& data = ctx.data;
  const auto& orgs = data.organizations;
  const auto successor_col = find_column(data, kSuccessorHeaders).values;
  const auto dissolved_col = find_column(data, kDissolvedCountHeaders);
  const auto merger_col = find_column(data, kMergerCountHeaders);
  if (!successor_col) return;  // no merger recorded in this export
  const auto dissolved_by_as_of = [&](std::uint32_t o) {
    return orgs[o].dissolved_on.valid() && orgs[o].dissolved_on <= ctx.as_of;
  };
  // A count column's value in row o: nullopt when absent or empty; a finding and nullopt when unreadable.
  const auto count_in = [&](const Column& column, std::uint32_t o) -> std::optional<std::int64_t> {
    const auto& col = column.values;
    if (!col) return std::nullopt;
    const auto v = read_count(col(o));
    if (v && *v < 0) {
      out.emit(about_org(ctx, o)
                   .with_severity(Severity::error)
                   .with_discriminator(std::string("count/").append(column.header))
                   .say("count", {organization(o), std::string(column.header), std::string(col(o)),
                                  file_name(data.organizations.file), orgs[o].line}));
      return std::nullopt;
    }
    return v;
  };

  // Direct predecessors of each successor, and the successor links that lead nowhere.
  std::vector<std::vector<std::uint32_t>> predecessors(orgs.size());
  for (std::uint32_t o = 0; o < orgs.size(); ++o) {
    const std::string_view code = successor_col(o);
    if (code.empty() || !dissolved_by_as_of(o)) continue;
    const std::uint32_t s = data.find_org(code);
    if (s == kNone || s == o) {
      out.emit(about_org(ctx, o)
                   .with_severity(Severity::error)
                   .with_discriminator("successor")
                   .say("successor_unknown", {organization(o), std::string(code)}));
      continue;
    }
    // Follow a successor dissolved in turn to the organization holding the members now; a loop or a dead end is
    // reported on the first dissolved organization of the chain.
    std::uint32_t end = s;
    for (int steps = 0; dissolved_by_as_of(end) && steps < 64; ++steps) {
      const std::uint32_t next = data.find_org(successor_col(end));
      if (next == kNone || next == end) break;
      end = next;
    }
    if (dissolved_by_as_of(end)) {
      out.emit(about_org(ctx, o)
                   .with_severity(Severity::error)
                   .with_discriminator("successor")
                   .say("successor_dissolved", {organization(o), organization(end), orgs[end].dissolved_on}));
      continue;
    }
    predecessors[s].push_back(o);
  }

  std::vector<std::uint8_t> counted(orgs.size(), 0);
  for (std::uint32_t s = 0; s < orgs.size(); ++s) {
    const auto& preds = predecessors[s];
    // A successor dissolved in turn handed its members on: its own successor's totals hold them.
    if (preds.empty() || dissolved_by_as_of(s)) continue;
    Date merger_day = orgs[preds.front()].dissolved_on, first_dissolved = merger_day;
    std::int64_t dissolved_total = 0;
    bool all_counted = true;
    std::string names;
    for (std::uint32_t p : preds) {
      merger_day = std::max(merger_day, orgs[p].dissolved_on);
      first_dissolved = std::min(first_dissolved, orgs[p].dissolved_on);
      const auto n = count_in(dissolved_col, p);
      if (n) dissolved_total += *n; else all_counted = false;
      if (!names.empty()) names += ", ";
      names.append(orgs[p].name).append(" (").append(orgs[p].id).append(")");
    }
    const bool is_new = orgs[s].established_on.valid() && orgs[s].established_on >= first_dissolved;
    const auto stated_here = count_in(merger_col, s);
    if (stated_here && is_new && all_counted && *stated_here != dissolved_total)
      out.emit(about_org(ctx, s)
                   .with_discriminator("decisions")
                   .say("decisions", {organization(s), *stated_here, dissolved_total, names}));
    std::optional<std::int64_t> stated = stated_here;
    if (!stated && is_new && all_counted) stated = dissolved_total;
    if (!stated) continue;

    // The members the data holds on the merger day: listed then in the successor's or the predecessors' subtrees,
    // less the transfers in after it, plus the transfers out after it. Each organization is counted once.
    std::fill(counted.begin(), counted.end(), 0);
    std::int64_t held = 0;
    const auto add_subtree = [&](std::uint32_t root) {
      for (std::uint32_t org : data.tree.subtree(root)) {
        if (counted[org]) continue;
        counted[org] = 1;
        for (std::uint32_t row : data.members_by_org.of(org))
          if (member_exists_at(data.members[row], merger_day)) ++held;
        for (std::uint32_t t : data.transfers_by_org.of(org)) {
          const Transfer& tr = data.transfers[t];
          if (!tr.issued_on.valid() || tr.issued_on <= merger_day) continue;
          if (tr.direction == TransferDirection::di) ++held;
          if (tr.direction == TransferDirection::den) --held;
        }
      }
    };
    add_subtree(s);
    for (std::uint32_t p : preds) add_subtree(p);
    if (held == *stated) continue;
    out.emit(about_org(ctx, s, merger_day)
                 .with_discriminator("totals")
                 .say("totals", {organization(s), merger_day, *stated, held,
                                 static_cast<std::int64_t>(preds.size()), names}));
  }
}

}  // namespace kiemtra::plugins::structure
