// integrity/tree-nesting: wrong parent kinds per the dataset contract, and cycles in the parent chain.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "integrity_rules.hpp"

namespace kiemtra::plugins::integrity {
namespace {

constexpr std::uint32_t bit(OrgKind k) { return 1u << static_cast<unsigned>(k); }

/// The parent kinds the contract allows for an organization of kind k. `cells_under_upper_level`: from 1/7/2025
/// commune and ward committees (cap_tren_co_so, directly above grassroots) lead village and residential cells
/// directly, so a chi_bo_truc_thuoc may sit under a cap_tren_co_so.
std::uint32_t allowed_parents(OrgKind k, bool cells_under_upper_level) {
  switch (k) {
    case OrgKind::cap_tren_co_so:
    case OrgKind::dang_bo_co_so:
    case OrgKind::chi_bo_co_so: return bit(OrgKind::cap_tren_co_so);
    case OrgKind::dang_bo_bo_phan: return bit(OrgKind::dang_bo_co_so);
    case OrgKind::chi_bo_truc_thuoc:
      return bit(OrgKind::dang_bo_co_so) | bit(OrgKind::dang_bo_bo_phan) |
             (cells_under_upper_level ? bit(OrgKind::cap_tren_co_so) : 0u);
    case OrgKind::to_dang: return bit(OrgKind::chi_bo_co_so) | bit(OrgKind::chi_bo_truc_thuoc);
    case OrgKind::unknown: break;
  }
  return 0;
}

/// The allowed parent kinds as labels joined by "hoặc"/"or", and as codes joined by "|".
struct AllowedText {
  std::string vi, en, codes;
};
AllowedText allowed_text(std::uint32_t mask) {
  AllowedText t;
  for (unsigned k = 0; k < static_cast<unsigned>(OrgKind::unknown); ++k) {
    if (!(mask & (1u << k))) continue;
    const auto kind = static_cast<OrgKind>(k);
    if (!t.codes.empty()) {
      t.vi += " hoặc ";
      t.en += " or ";
      t.codes += "|";
    }
    t.vi += label_vi(kind);
    t.en += label_en(kind);
    t.codes += code(kind);
  }
  return t;
}

/// The cycles of the parent relation, each as its rows in parent order. O(n): every row is walked once.
std::vector<std::vector<std::uint32_t>> find_cycles(const Dataset& data) {
  const std::size_t n = data.organizations.size();
  constexpr std::uint32_t kUnseen = kNone, kDone = kNone - 1;
  std::vector<std::uint32_t> state(n, kUnseen);  // kUnseen, kDone, or the walk number that is visiting the row
  std::vector<std::vector<std::uint32_t>> cycles;
  std::vector<std::uint32_t> path;
  for (std::uint32_t start = 0; start < n; ++start) {
    if (state[start] != kUnseen) continue;
    path.clear();
    std::uint32_t o = start;
    while (o != kNone && o < n && state[o] == kUnseen) {
      state[o] = start;
      path.push_back(o);
      o = data.organizations[o].parent;
    }
    if (o != kNone && o < n && state[o] == start) {  // the walk came back to a row of its own path
      std::size_t i = path.size();
      while (path[i - 1] != o) --i;
      cycles.emplace_back(path.begin() + static_cast<std::ptrdiff_t>(i - 1), path.end());
    }
    for (std::uint32_t p : path) state[p] = kDone;
  }
  return cycles;
}

/// The ids a cycle's text names before it leaves the rest out: each finding of a cycle of 100,000
/// organizations names a few of them, not all, or the findings would grow with the square of its length.
constexpr std::size_t kCycleIdsShown = 12;

void report_cycle(const RunContext& ctx, const std::vector<std::uint32_t>& cycle, FindingSink& out,
                  std::vector<std::uint8_t>& on_cycle) {
  const auto& orgs = ctx.data.organizations;
  std::string chain;
  for (std::size_t i = 0; i < cycle.size(); ++i) {
    on_cycle[cycle[i]] = 1;
    chain.clear();  // starting from this organization, so each finding reads from its own subject
    for (std::size_t j = 0; j <= cycle.size(); ++j) {
      if (j) chain += " → ";
      if (j == kCycleIdsShown && j < cycle.size()) {  // the middle of a long cycle, then its subject again
        chain += "…";
        j = cycle.size() - 1;
        continue;
      }
      chain += orgs[cycle[(i + j) % cycle.size()]].id;
    }
    out.emit(about_org(ctx, cycle[i])
                 .with_discriminator("cycle")
                 .say("cycle", {organization(cycle[i]), cycle.size(), chain}));
  }
}

/// One finding for the top of each branch that goes deeper than kMaxTreeDepth: the first organization below
/// the limit, with the depth its branch reaches. Depths come from the dataset's tree; one pass from the
/// leaves up (reverse preorder) gives each organization the deepest level below it.
void report_depth(const RunContext& ctx, FindingSink& out) {
  const Tree& t = ctx.data.tree;
  const std::size_t n = ctx.data.organizations.size();
  if (t.preorder.size() != n || t.depth.size() != n) return;
  std::vector<std::uint32_t> deepest(n, 0);
  for (std::size_t k = n; k-- > 0;) {
    const std::uint32_t o = t.preorder[k];
    deepest[o] = std::max<std::uint32_t>(deepest[o], t.depth[o]);
    const std::uint32_t p = ctx.data.organizations[o].parent;
    if (p != kNone && p < n && t.depth[o] > 0) deepest[p] = std::max(deepest[p], deepest[o]);
  }
  for (const std::uint32_t o : t.preorder) {
    if (std::uint32_t{t.depth[o]} != kMaxTreeDepth + 1) continue;
    // Levels counted from 1 for the root; a depth at the uint16 limit reads "65536 or more" as 65536.
    out.emit(about_org(ctx, o).with_discriminator("depth").say(
        "depth", {organization(o), std::int64_t{t.depth[o]} + 1, std::int64_t{deepest[o]} + 1,
                  std::int64_t{kMaxTreeDepth} + 1}));
  }
}

}  // namespace

RuleMeta TreeNestingRule::metadata() {
  RuleMeta m;
  m.id = "integrity/tree-nesting";
  m.title_vi = "Sai cấp trực thuộc trong cây tổ chức";
  m.title_en = "Wrong nesting in the organization tree";
  m.description_vi =
      "Một tổ chức trực thuộc cấp trên không đúng loại theo quy ước dữ liệu: chi bộ cơ sở và đảng bộ cơ sở phải trực "
      "thuộc cấp trên cơ sở; đảng bộ bộ phận trực thuộc đảng bộ cơ sở; chi bộ trực thuộc trực thuộc đảng bộ cơ sở "
      "hoặc đảng bộ bộ phận; tổ đảng trực thuộc một chi bộ; cấp trên cơ sở trực thuộc cấp trên cơ sở. Tổ chức gốc "
      "(parent_id trống) không bị kiểm tra: dữ liệu có thể là phần trích của một cấp bất kỳ. Khi chuỗi cấp trên tạo "
      "thành vòng lặp, mỗi tổ chức trên vòng nhận một phát hiện nêu cả vòng (và không bị kiểm tra loại cấp trên). "
      "Bỏ qua tổ chức có loại hoặc loại cấp trên không đọc được (integrity/bad-value) và tổ chức có parent_id không "
      "tồn tại (integrity/dangling-reference). Cây sâu hơn 64 cấp là một phát hiện trên tổ chức đầu tiên của mỗi "
      "nhánh vượt quá cấp 64 (cây thực tế có chưa đến mười cấp; một chuỗi như vậy là lỗi của cột parent_id, và báo "
      "cáo của kiemtra chỉ ghi tối đa 16 cấp của một đường dẫn). Từ 01/7/2025 (theo ngày tham chiếu; Quy định "
      "294-QĐ/TW và Hướng dẫn 31-HD/BTCTW thí điểm đảng ủy xã, phường, đặc khu là cấp trên trực tiếp cơ sở, lãnh "
      "đạo trực tiếp chi bộ thôn, tổ dân phố; độ tin cậy vừa) chi bộ trực thuộc được trực thuộc cấp trên cơ sở "
      "(tham số cells_under_upper_level).";
  m.description_en =
      "An organization sits under a parent of a kind the dataset contract does not allow: chi_bo_co_so and "
      "dang_bo_co_so directly under cap_tren_co_so; dang_bo_bo_phan under dang_bo_co_so; chi_bo_truc_thuoc under "
      "dang_bo_co_so or dang_bo_bo_phan; to_dang under a cell; cap_tren_co_so under cap_tren_co_so. Roots (empty "
      "parent_id) are not checked: a dataset may be an extract headed by any level. When the parents form a cycle, "
      "each organization on it gets one finding naming the whole cycle (and no parent-kind finding). Organizations "
      "whose kind or parent's kind is unreadable (integrity/bad-value) or whose parent_id does not exist "
      "(integrity/dangling-reference) are skipped. A branch deeper than 64 levels is one finding on the first "
      "organization of the branch below level 64. From 1/7/2025 (by the as-of date; Quy định 294-QĐ/TW and Hướng "
      "dẫn 31-HD/BTCTW pilot commune, ward and special-zone committees as the level directly above grassroots, "
      "leading village and residential cells directly; confidence medium) a chi_bo_truc_thuoc may also sit under a "
      "cap_tren_co_so (parameter cells_under_upper_level).";
  m.default_severity = Severity::error;
  m.params.push_back(param_bool("cells_under_upper_level", false,
                                "Chi bộ trực thuộc được trực thuộc cấp trên cơ sở (đảng ủy xã, phường từ 7/2025)",
                                "A chi_bo_truc_thuoc may sit under a cap_tren_co_so (commune and ward committees, "
                                "from 7/2025)"));
  m.editions.push_back({Date{}, {"Quy ước dữ liệu kiemtra v1", "mục organizations.csv (cấu trúc cây)"}, {}});
  m.editions.push_back({Date::from_ymd(2025, 7, 1),
                        {"Quy định 294-QĐ/TW (26/5/2025); Hướng dẫn 31-HD/BTCTW (2025)",
                         "đảng ủy xã, phường, đặc khu lãnh đạo trực tiếp chi bộ thôn, tổ dân phố"},
                        {{"cells_under_upper_level", true}}});
  m.messages = {{"cycle",
                 {"_org", "length", "cycle"},
                 "{_org} nằm trong một vòng lặp cấp trên gồm {length} tổ chức: {cycle}",
                 "{_org} is in a cycle of parents of {length} {length:organization|organizations}: {cycle}"},
                {"parent",
                 {"_org", "parent_id", "_kind", "_allowed", "kind", "parent_kind", "allowed_parent_kinds"},
                 "{_org} trực thuộc {parent_id}; {_kind} phải trực thuộc {_allowed}",
                 "{_org} sits under {parent_id}; a {_kind} must sit under a {_allowed}"},
                {"depth",
                 {"_org", "level", "deepest_level", "max_levels"},
                 "{_org} nằm ở cấp {level} của cây tổ chức (nhánh này sâu tới cấp {deepest_level}), vượt quá {max_levels} "
                 "cấp; hãy kiểm tra cột parent_id",
                 "{_org} is at level {level} of the organization tree (its branch reaches level {deepest_level}), deeper "
                 "than {max_levels} levels; check the parent_id column"}};
  return m;
}

void TreeNestingRule::check(const RunContext& ctx, FindingSink& out) const {
  const auto& orgs = ctx.data.organizations;
  std::vector<std::uint8_t> on_cycle(orgs.size(), 0);
  for (const auto& cycle : find_cycles(ctx.data)) report_cycle(ctx, cycle, out, on_cycle);
  report_depth(ctx, out);

  // The allowed parents of each kind in the edition in force on the as-of date, written once.
  const bool cells_under_upper = ctx.current().boolean("cells_under_upper_level");
  std::array<AllowedText, static_cast<std::size_t>(OrgKind::unknown) + 1> allowed_texts;
  for (std::size_t k = 0; k < allowed_texts.size(); ++k)
    allowed_texts[k] = allowed_text(allowed_parents(static_cast<OrgKind>(k), cells_under_upper));
  for (std::uint32_t i = 0; i < orgs.size(); ++i) {
    const Organization& o = orgs[i];
    if (on_cycle[i] || o.parent == kNone || o.parent >= orgs.size() || o.kind == OrgKind::unknown) continue;
    const Organization& p = orgs[o.parent];
    if (p.kind == OrgKind::unknown || (allowed_parents(o.kind, cells_under_upper) & bit(p.kind))) continue;
    const AllowedText& a = allowed_texts[static_cast<std::size_t>(o.kind)];
    // The parent is named in the message and is the evidence by its id.
    out.emit(about_org(ctx, i).with_discriminator("parent").say(
        "parent", {organization(i), organization(o.parent), phrase(label_vi(o.kind), label_en(o.kind)),
                   phrase(a.vi, a.en), code(o.kind), code(p.kind), a.codes}));
  }
}

}  // namespace kiemtra::plugins::integrity
