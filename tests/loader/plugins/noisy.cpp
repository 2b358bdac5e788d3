// Test plugin "testnoisy": a rule that prints on standard output (it must not reach the report), and one
// that leaves a background process holding its output (the run must not wait for it).
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "trivial_rule.hpp"

namespace {

class Prints final : public kiemtra::Rule {
 public:
  static kiemtra::RuleMeta metadata() { return kiemtra_test::trivial_meta("testnoisy/a-prints"); }
  void check(const kiemtra::RunContext&, kiemtra::FindingSink&) const override {
    std::cout << "NOISE from a plugin on stdout" << std::endl;
    std::printf("NOISE through printf\n");
    std::fflush(stdout);
  }
};

class Forks final : public kiemtra::Rule {
 public:
  static kiemtra::RuleMeta metadata() { return kiemtra_test::trivial_meta("testnoisy/b-forks"); }
  void check(const kiemtra::RunContext&, kiemtra::FindingSink&) const override {
    if (::fork() == 0) {
      ::sleep(120);  // holds every descriptor it inherited, the pipe to the host among them
      ::_exit(0);
    }
  }
};

}  // namespace

KIEMTRA_PLUGIN("testnoisy", "0.1.0", kiemtra::rule<Prints>(), kiemtra::rule<Forks>())
