// Everything the reader gives of dues.csv, as text, one line a fact: the dues fast path
// (dataset/dues_fast_path.hpp) and the generic cells must give the same (fuzz/dues_fuzzer.cpp,
// tests/dataset/dues_fast_path_test.cpp).
#pragma once

#include <sstream>
#include <string>

#include "kiemtra/dataset.hpp"

namespace kiemtra::fuzz {

inline std::string describe_dues_reading(const Dataset& ds) {
  std::ostringstream o;
  for (std::size_t i = 0; i < ds.dues.size(); ++i) {
    const Payment& p = ds.dues[i];
    o << "row " << i << " member " << p.member << " period " << p.period.index << " amount " << p.amount << " paid "
      << p.paid_on.days << " line " << ds.dues_line(i) << "\n";
  }
  for (const ReadIssue& is : ds.read_issues)
    o << "issue " << static_cast<int>(is.table) << " " << is.file << ":" << is.line << ":" << is.column << " "
      << is.column_name << " '" << is.value << "' key " << is.row_key << " hash " << is.row_hash << " org " << is.org
      << " refused " << is.in_refused_column << " " << is.reason_en << " | " << is.reason_vi << "\n";
  for (const UnresolvedRef& u : ds.unresolved)
    o << "dangling " << static_cast<int>(u.table) << " row " << u.row << " " << u.column_name << " '" << u.value << "' "
      << u.file << ":" << u.line << ":" << u.column << " key " << u.row_key << " hash " << u.row_hash << " org "
      << u.org << "\n";
  for (const IncomeBasis& b : ds.dues_income_basis) o << "basis " << b.row << " " << b.amount << "\n";
  for (std::size_t m = 0; m < ds.members.size(); ++m)
    for (const Payment& p : ds.payments_of(static_cast<std::uint32_t>(m)))
      o << "of " << m << " line " << ds.dues_line(p) << "\n";
  return o.str();
}

}  // namespace kiemtra::fuzz
