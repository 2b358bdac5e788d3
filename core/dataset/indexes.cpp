// Tree (preorder, subtree ranges, cycles) and the per-owner groups.
#include "dataset/indexes.hpp"

#include <algorithm>
#include <vector>

#include "dataset/groups.hpp"
#include "util/parallel.hpp"

namespace kiemtra::core::dataset {

namespace {

// Marks in_cycle for rows on a cycle of parent links; returns the entry (first row) of each cycle.
std::vector<std::uint32_t> find_cycles(const Table<Organization>& orgs, std::vector<std::uint8_t>& in_cycle) {
  const std::size_t n = orgs.size();
  enum : std::uint8_t { kUnseen, kOnPath, kDone };
  std::vector<std::uint8_t> state(n, kUnseen);
  std::vector<std::uint32_t> path, entries;
  for (std::size_t start = 0; start < n; ++start) {
    if (state[start] != kUnseen) continue;
    path.clear();
    std::uint32_t o = static_cast<std::uint32_t>(start);
    while (o != kNone && state[o] == kUnseen) {
      state[o] = kOnPath;
      path.push_back(o);
      o = orgs.rows[o].parent;
    }
    if (o != kNone && state[o] == kOnPath) {  // the walk came back to itself: path from o on is a cycle
      const auto from = std::find(path.begin(), path.end(), o);
      std::uint32_t entry = o;
      for (auto it = from; it != path.end(); ++it) {
        in_cycle[*it] = 1;
        entry = std::min(entry, *it);
      }
      entries.push_back(entry);
    }
    for (std::uint32_t p : path) state[p] = kDone;
  }
  return entries;
}

}  // namespace

void build_tree(Dataset& ds) {
  const auto& orgs = ds.organizations;
  const std::size_t n = orgs.size();
  Tree& t = ds.tree;
  t = Tree{};
  t.children = group_by(n, n, [&](std::size_t i) { return orgs.rows[i].parent; });
  t.in_cycle.assign(n, 0);
  std::vector<std::uint32_t> entries = find_cycles(orgs, t.in_cycle);
  for (std::size_t i = 0; i < n; ++i)
    if (orgs.rows[i].parent == kNone) t.roots.push_back(static_cast<std::uint32_t>(i));
  t.roots.insert(t.roots.end(), entries.begin(), entries.end());
  std::sort(t.roots.begin(), t.roots.end());

  t.preorder.reserve(n);
  t.position.assign(n, kNone);
  t.subtree_end.assign(n, 0);
  t.depth.assign(n, 0);
  struct Frame {
    std::uint32_t org;
    std::uint32_t next_child;
  };
  std::vector<Frame> stack;
  for (std::uint32_t root : t.roots) {
    if (t.position[root] != kNone) continue;
    t.position[root] = static_cast<std::uint32_t>(t.preorder.size());
    t.preorder.push_back(root);
    stack.push_back({root, 0});
    while (!stack.empty()) {
      Frame& f = stack.back();
      const auto kids = t.children.of(f.org);
      if (f.next_child < kids.size()) {
        const std::uint32_t c = kids[f.next_child++];
        if (t.position[c] != kNone) continue;  // the edge that closes a cycle
        t.position[c] = static_cast<std::uint32_t>(t.preorder.size());
        t.preorder.push_back(c);
        t.depth[c] = static_cast<std::uint16_t>(std::min<std::uint32_t>(t.depth[f.org] + 1u, 0xFFFFu));
        stack.push_back({c, 0});
      } else {
        t.subtree_end[f.org] = static_cast<std::uint32_t>(t.preorder.size());
        stack.pop_back();
      }
    }
  }
}

void build_indexes(Dataset& ds, int jobs) {
  const auto& orgs = ds.organizations;
  const std::size_t n_orgs = orgs.size();
  const std::size_t n_members = ds.members.size();
  // Two halves of about equal work (the members' and the events' tables are the large ones), built side by
  // side: at the nation each grouping reads millions of rows and writes arrays of millions of entries.
  const auto by_organization = [&] {
    build_tree(ds);
    ds.root = kNone;
    for (std::size_t i = 0; i < orgs.size() && ds.root == kNone; ++i)
      if (orgs.rows[i].parent_code.empty()) ds.root = static_cast<std::uint32_t>(i);
    if (ds.root == kNone && !ds.tree.roots.empty()) ds.root = ds.tree.roots.front();
    ds.members_by_org = group_by(n_orgs, n_members, [&](std::size_t i) { return ds.members.rows[i].org; });
    ds.candidates_by_org =
        group_by(n_orgs, ds.candidates.size(), [&](std::size_t i) { return ds.candidates.rows[i].org; });
    ds.seats_by_org = group_by(n_orgs, ds.committees.size(), [&](std::size_t i) { return ds.committees.rows[i].org; });
    ds.transfers_by_org =
        group_by(n_orgs, ds.transfers.size(), [&](std::size_t i) { return ds.transfers.rows[i].org; });
    ds.meetings_by_org = group_by(n_orgs, ds.meetings.size(), [&](std::size_t i) { return ds.meetings.rows[i].org; });
  };
  const auto by_member = [&] {
    ds.events_by_org = group_by(n_orgs, ds.events.size(), [&](std::size_t i) { return ds.events.rows[i].org; });
    ds.events_by_member = group_by(n_members, ds.events.size(), [&](std::size_t i) { return ds.events.rows[i].member; });
    ds.ratings_by_member =
        group_by(n_members, ds.ratings.size(), [&](std::size_t i) { return ds.ratings.rows[i].member; });
    ds.attendance_by_member =
        group_by(n_members, ds.attendance.size(), [&](std::size_t i) { return ds.attendance.rows[i].member; });
    if (ds.payments_by_member.ranges.empty()) ds.payments_by_member.ranges.assign(n_members, {});
  };
  for_each_parallel(jobs, 2, [&](std::size_t half) {
    if (half == 0)
      by_organization();
    else
      by_member();
  });
}

}  // namespace kiemtra::core::dataset
