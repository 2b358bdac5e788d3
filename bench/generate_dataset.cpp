// kiemtra-gen: writes a synthetic, deterministic dataset of a given size for benchmarks.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <exception>
#include <string>

#include "gen/generator.hpp"

namespace {

/// Parses an ISO date "2019-09-30"; an invalid one is a usage error.
kiemtra::Date parse_iso(const std::string& s) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || !kiemtra::Date::is_valid_ymd(y, m, d))
    throw CLI::ValidationError("--as-of", "expected a date YYYY-MM-DD, got '" + s + "'");
  return kiemtra::Date::from_ymd(y, m, d);
}

}  // namespace

int main(int argc, char** argv) {
  kiemtra::bench::GenOptions opt;
  std::string as_of = opt.as_of.iso();
  CLI::App app{"Writes a synthetic kiemtra dataset (deterministic for a given --seed)", "kiemtra-gen"};
  app.add_option("--members", opt.members, "live members to write")->required()->check(CLI::Range(200, 100'000'000));
  app.add_option("--out", opt.out, "dataset directory to write (created if missing)")->required();
  app.add_option("--seed", opt.seed, "seed of the random stream")->capture_default_str();
  app.add_option("--as-of", as_of, "reference date of the dataset")->capture_default_str();
  app.add_option("--violations", opt.violations, "share of entities of each planted kind that get a violation")
      ->check(CLI::Range(0.0, 0.05))
      ->capture_default_str();
  bool dirty = false;
  app.add_flag("--dirty", dirty,
               "data as real exports are: 0.5 % of the entities of each planted kind get a violation and 3 % of "
               "payments are made in the first ten days of the following month");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;  // --help is 0; usage errors exit 2, as the kiemtra CLI does
  }

  try {
    opt.as_of = parse_iso(as_of);
    if (dirty) {
      opt.violations = 0.005;
      opt.late_share = 0.03;
    }
    const auto start = std::chrono::steady_clock::now();
    const auto summary = kiemtra::bench::generate(opt);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    std::uint64_t rows = 0, bytes = 0;
    fmt::print(stderr, "kiemtra-gen: {} (seed {}, as of {})\n", opt.out.string(), opt.seed, opt.as_of.iso());
    for (const auto& f : summary.files) {
      fmt::print(stderr, "  {:<18} {:>10} rows {:>14} bytes\n", f.name, f.rows, f.bytes);
      rows += f.rows;
      bytes += f.bytes;
    }
    fmt::print(stderr, "  {:<18} {:>10} rows {:>14} bytes ({:.1f} MiB)\n", "total", rows, bytes,
               static_cast<double>(bytes) / (1 << 20));
    fmt::print(stderr, "organizations by kind:");
    for (const auto& [kind, n] : summary.org_kinds) fmt::print(stderr, " {}={}", kind, n);
    fmt::print(stderr, "\nplanted violations:");
    for (const auto& [kind, n] : summary.planted) fmt::print(stderr, " {}={}", kind, n);
    fmt::print(stderr, "\nwritten in {:.2f} s ({:.0f} rows/s, {:.0f} MiB/s)\n", seconds,
               static_cast<double>(rows) / seconds, static_cast<double>(bytes) / (1 << 20) / seconds);
  } catch (const CLI::Error& e) {
    app.exit(e);
    return 2;
  } catch (const std::exception& e) {
    fmt::print(stderr, "kiemtra-gen: {}\n", e.what());
    return 1;
  }
  return 0;
}
