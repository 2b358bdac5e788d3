// Progress lines on a terminal's standard error, rewritten in place; never on standard output.
#include "cli/progress.hpp"

#include "util/numbers.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

namespace kiemtra::core::cli {

namespace {

std::uintmax_t bytes_of(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return fs::file_size(path, ec);
  std::uintmax_t total = 0;
  for (const auto& e : fs::directory_iterator(path, ec))
    if (e.is_regular_file(ec)) total += e.file_size(ec);
  return total;
}

}  // namespace

Progress::Progress(bool enabled, std::string lang)
    : on_(enabled && ::isatty(STDERR_FILENO) == 1),
      lang_(std::move(lang)),
      started_(std::chrono::steady_clock::now()) {}

Progress::~Progress() { finish(); }

void Progress::show(const std::string& line) {
  if (!on_) return;
  std::fprintf(stderr, "\r\033[K%s", line.c_str());
  std::fflush(stderr);
}

void Progress::reading(const std::string& path) {
  const double mb = static_cast<double>(bytes_of(path)) / 1e6;
  show(fmt::format(fmt::runtime(lang_ == "en" ? "Reading {} ({} MB)…" : "Đang đọc {} ({} MB)…"), path,
                   format_decimal(mb, 1, lang_)));
}

void Progress::read_done(std::size_t organizations, std::size_t members, std::size_t dues) {
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  auto n = [&](std::size_t v) { return format_count(static_cast<std::int64_t>(v), lang_); };
  show(fmt::format(fmt::runtime(lang_ == "en" ? "Read {} organizations, {} members, {} dues rows in {} s"
                                              : "Đã đọc {} tổ chức, {} đảng viên, {} dòng đảng phí trong {} giây"),
                   n(organizations), n(members), n(dues), format_decimal(s, 1, lang_)));
}

void Progress::rule_done(std::size_t done, std::size_t total) {
  const auto now = std::chrono::steady_clock::now();
  // A redraw per rule is cheap, but not a hundred a second.
  if (done < total && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  show(fmt::format(fmt::runtime(lang_ == "en" ? "Running rules: {}/{}" : "Đang chạy quy tắc: {}/{}"),
                   format_count(static_cast<std::int64_t>(done), lang_), format_count(static_cast<std::int64_t>(total), lang_)));
}

void Progress::writing(const std::string& format, const std::string& target) {
  show(fmt::format(fmt::runtime(lang_ == "en" ? "Writing the {} report to {}…" : "Đang ghi báo cáo {} vào {}…"), format,
                   target.empty() || target == "-" ? (lang_ == "en" ? "standard output" : "đầu ra chuẩn") : target));
}

void Progress::finish() {
  if (!on_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  on_ = false;
}

}  // namespace kiemtra::core::cli
