// org_tree, org_ancestors, member_status and period_months: computed rows over the reader's tree and indexes.
#include "helper_views.hpp"

#include <kiemtra/domain.hpp>

namespace kiemtra::plugins::sql {

namespace {

bool tree_ready(const RunContext& x) {
  const auto n = x.data.organizations.size();
  return x.data.tree.depth.size() == n && x.data.tree.position.size() == n;
}
std::uint32_t depth_of(const RunContext& x, std::uint32_t org) { return tree_ready(x) ? x.data.tree.depth[org] : 0; }

/// The organization `steps` levels above `org` (the walk follows parents as the tree was built, so a cycle ends).
std::uint32_t up(const RunContext& x, std::uint32_t org, std::uint32_t steps) {
  for (; steps > 0 && org != kNone; --steps) org = x.data.organizations[org].parent;
  return org;
}

std::string ancestor_ids(const RunContext& x, std::uint32_t org) {
  std::vector<std::string_view> ids;
  const std::uint32_t depth = depth_of(x, org);
  for (std::uint32_t k = 0; k <= depth; ++k) {
    const std::uint32_t a = up(x, org, k);
    if (a == kNone) break;
    ids.push_back(x.data.organizations[a].id);
  }
  std::string out;
  for (auto it = ids.rbegin(); it != ids.rend(); ++it) out += (out.empty() ? "" : "/") + std::string(*it);
  return out;
}

// org_ancestors rows: the organization in the high half, the ancestor in the low half.
std::uint64_t pair(std::uint32_t org, std::uint32_t ancestor) { return (std::uint64_t{org} << 32) | ancestor; }
std::uint32_t org_of(std::uint64_t row) { return static_cast<std::uint32_t>(row >> 32); }
std::uint32_t ancestor_of(std::uint64_t row) { return static_cast<std::uint32_t>(row & 0xFFFFFFFFu); }

void ancestors_of(const RunContext& x, std::uint32_t org, std::vector<std::uint64_t>& out) {
  const std::uint32_t depth = depth_of(x, org);
  for (std::uint32_t k = 0; k <= depth; ++k) {
    const std::uint32_t a = up(x, org, k);
    if (a == kNone) break;
    out.push_back(pair(org, a));
  }
}

bool member_by_id(const RunContext& x, std::string_view v, std::vector<std::uint64_t>& out) {
  const std::uint32_t m = x.data.find_member(v);
  if (m != kNone) out.push_back(m);
  return true;
}
bool members_by_org(const RunContext& x, std::string_view v, std::vector<std::uint64_t>& out) {
  const std::uint32_t o = x.data.find_org(v);
  if (o == kNone) return false;
  const auto rows = x.data.members_by_org.of(o);
  out.assign(rows.begin(), rows.end());
  return true;
}
bool org_by_id(const RunContext& x, std::string_view v, std::vector<std::uint64_t>& out) {
  const std::uint32_t o = x.data.find_org(v);
  if (o != kNone) out.push_back(o);
  return true;
}

/// "chinh_thuc" for an official member at the as-of date, "du_bi" for one admitted by then but not yet official,
/// "" (NULL) for one not admitted yet or whose status is unreadable.
std::string_view status_at(const Member& m, Date as_of) {
  if (m.status == MemberStatus::unknown) return {};
  if (m.official_at(as_of)) return "chinh_thuc";
  if (!m.admitted_on.valid() || m.admitted_on <= as_of) return "du_bi";
  return {};
}

std::size_t org_count(const RunContext& x) { return x.data.organizations.size(); }
std::size_t member_count(const RunContext& x) { return x.data.members.size(); }

}  // namespace

Date period_start(const RunContext& x) {
  const Date p = x.data.period_start;
  if (p.valid() && p <= x.as_of) return p;
  return Date::from_ymd(x.as_of.year(), 1, 1);
}

void add_helper_views(std::vector<TableDef>& defs) {
  TableDef tree{"org_tree",
                {{"org_id", "TEXT", [](sqlite3_context* c, const RunContext& x, std::uint64_t i) {
                    put(c, x.data.organizations[i].id);
                  }},
                 {"parent_id", "TEXT", [](sqlite3_context* c, const RunContext& x, std::uint64_t i) {
                    put(c, id_of(x.data.organizations, x.data.organizations[i].parent));
                  }},
                 {"depth", "INTEGER", [](sqlite3_context* c, const RunContext& x, std::uint64_t i) {
                    put(c, std::int64_t{depth_of(x, static_cast<std::uint32_t>(i))});
                  }},
                 {"root_id", "TEXT", [](sqlite3_context* c, const RunContext& x, std::uint64_t i) {
                    const auto o = static_cast<std::uint32_t>(i);
                    put(c, id_of(x.data.organizations, up(x, o, depth_of(x, o))));
                  }},
                 {"ancestor_ids", "TEXT", [](sqlite3_context* c, const RunContext& x, std::uint64_t i) {
                    put(c, ancestor_ids(x, static_cast<std::uint32_t>(i)));
                  }},
                 {"in_cycle", "INTEGER", [](sqlite3_context* c, const RunContext& x, std::uint64_t i) {
                    put(c, x.data.tree.in_cycle.size() > i && x.data.tree.in_cycle[i] != 0);
                  }}},
                {{"org_id", &org_by_id}}};
  tree.size = &org_count;
  defs.push_back(std::move(tree));

  TableDef ancestors{
      "org_ancestors",
      {{"org_id", "TEXT", [](sqlite3_context* c, const RunContext& x, std::uint64_t r) {
          put(c, x.data.organizations[org_of(r)].id);
        }},
       {"ancestor_id", "TEXT", [](sqlite3_context* c, const RunContext& x, std::uint64_t r) {
          put(c, x.data.organizations[ancestor_of(r)].id);
        }},
       {"distance", "INTEGER", [](sqlite3_context* c, const RunContext& x, std::uint64_t r) {
          put(c, std::int64_t{depth_of(x, org_of(r))} - std::int64_t{depth_of(x, ancestor_of(r))});
        }}},
      {{"org_id",
        [](const RunContext& x, std::string_view v, std::vector<std::uint64_t>& out) {
          const std::uint32_t o = x.data.find_org(v);
          if (o != kNone) ancestors_of(x, o, out);
          return true;
        }},
       {"ancestor_id", [](const RunContext& x, std::string_view v, std::vector<std::uint64_t>& out) {
          const std::uint32_t a = x.data.find_org(v);
          if (a == kNone || !tree_ready(x)) return a == kNone;
          for (std::uint32_t o : x.data.tree.subtree(a)) out.push_back(pair(o, a));
          return true;
        }}}};
  ancestors.generate = [](const RunContext& x, std::vector<std::uint64_t>& out) {
    for (std::uint32_t o = 0; o < x.data.organizations.size(); ++o) ancestors_of(x, o, out);
  };
  defs.push_back(std::move(ancestors));

  TableDef status{"member_status",
                  {{"member_id", "TEXT", [](sqlite3_context* c, const RunContext& x, std::uint64_t i) {
                      put(c, x.data.members[i].id);
                    }},
                   {"org_id", "TEXT", [](sqlite3_context* c, const RunContext& x, std::uint64_t i) {
                      put(c, x.data.members[i].org_code);
                    }},
                   {"status", "TEXT", [](sqlite3_context* c, const RunContext& x, std::uint64_t i) {
                      put(c, status_at(x.data.members[i], x.as_of));
                    }},
                   {"official", "INTEGER", [](sqlite3_context* c, const RunContext& x, std::uint64_t i) {
                      put(c, x.data.members[i].official_at(x.as_of));
                    }},
                   {"exists_at_as_of", "INTEGER", [](sqlite3_context* c, const RunContext& x, std::uint64_t i) {
                      put(c, member_exists_at(x.data.members[i], x.as_of));
                    }}},
                  {{"member_id", &member_by_id}, {"org_id", &members_by_org}}};
  status.size = &member_count;
  defs.push_back(std::move(status));

  TableDef months{"period_months",
                  {{"month", "TEXT", [](sqlite3_context* c, const RunContext&, std::uint64_t r) {
                      put(c, Month{static_cast<std::int32_t>(r)});
                    }},
                   {"first_day", "TEXT", [](sqlite3_context* c, const RunContext&, std::uint64_t r) {
                      put(c, Month{static_cast<std::int32_t>(r)}.first_day());
                    }},
                   {"last_day", "TEXT", [](sqlite3_context* c, const RunContext&, std::uint64_t r) {
                      put(c, Month{static_cast<std::int32_t>(r)}.last_day());
                    }}},
                  {}};
  months.generate = [](const RunContext& x, std::vector<std::uint64_t>& out) {
    if (!x.as_of.valid()) return;
    for (Month m = Month::of(period_start(x)); m.index <= Month::of(x.as_of).index; m = m.plus(1))
      out.push_back(static_cast<std::uint64_t>(m.index));
  };
  defs.push_back(std::move(months));
}

}  // namespace kiemtra::plugins::sql
