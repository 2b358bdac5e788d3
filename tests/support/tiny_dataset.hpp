// A two-organization dataset built in memory (root R, cell C below it), for tests that need no reader.
#pragma once

#include <kiemtra/dataset.hpp>

namespace kiemtra::test {

inline Dataset tiny_dataset() {
  Dataset d;
  d.name = "Tiny";
  d.source = "memory";
  Organization root;
  root.id = "R";
  root.name = "Đảng bộ Khối";
  root.kind = OrgKind::cap_tren_co_so;
  Organization cell;
  cell.id = "C";
  cell.name = "Chi bộ <Một> & \"Hai\"";
  cell.kind = OrgKind::chi_bo_co_so;
  cell.parent = 0;
  d.organizations.rows = {root, cell};
  d.tree.preorder = {0, 1};
  d.tree.position = {0, 1};
  d.tree.subtree_end = {2, 2};
  d.tree.depth = {0, 1};
  d.tree.in_cycle = {0, 0};
  d.tree.roots = {0};
  d.root = 0;
  return d;
}

}  // namespace kiemtra::test
