// A well-formed rule that finds nothing, for test plugins whose point is elsewhere (their descriptor, ids ...).
#pragma once

#include <kiemtra/sdk.hpp>

namespace kiemtra_test {

/// Valid metadata for rule `id`: titles in both languages and one edition.
inline kiemtra::RuleMeta trivial_meta(const char* id) {
  kiemtra::RuleMeta m;
  m.id = id;
  m.title_vi = "Quy tắc thử nghiệm";
  m.title_en = "Test rule";
  m.editions.push_back({kiemtra::Date{}, {"Quy định thử nghiệm", "Điều 1"}, {}});
  return m;
}

/// A rule named by `Id::value` that emits nothing.
template <class Id>
class TrivialRule final : public kiemtra::Rule {
 public:
  static kiemtra::RuleMeta metadata() { return trivial_meta(Id::value); }
  void check(const kiemtra::RunContext&, kiemtra::FindingSink&) const override {}
};

}  // namespace kiemtra_test
