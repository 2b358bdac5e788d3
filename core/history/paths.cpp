// Where the history lives by default, the dataset's content hash, and timestamps.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <fstream>

#include "history/history.hpp"

namespace kiemtra::core {

namespace fs = std::filesystem;

fs::path default_history_path() {
  const char* xdg = std::getenv("XDG_DATA_HOME");
  if (xdg && *xdg) return fs::path(xdg) / "kiemtra" / "history.sqlite";
  const char* home = std::getenv("HOME");
  return fs::path(home && *home ? home : ".") / ".local" / "share" / "kiemtra" / "history.sqlite";
}

namespace {

/// FNV-1a over 8-byte words: fast enough to hash a national export (hundreds of MB) in a fraction of
/// the run, and only meant to tell whether the data changed, not to resist an adversary.
class WordHash {
 public:
  void add(const char* data, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      tail_ |= static_cast<std::uint64_t>(static_cast<unsigned char>(data[i])) << (8 * filled_);
      if (++filled_ == 8) mix();
    }
  }
  std::uint64_t finish() {
    if (filled_ > 0) mix();
    return h_ ^ (h_ >> 29);
  }

 private:
  void mix() {
    h_ = (h_ ^ tail_) * 0x100000001b3ull;
    h_ ^= h_ >> 32;
    tail_ = 0;
    filled_ = 0;
  }
  std::uint64_t h_ = 0xcbf29ce484222325ull;
  std::uint64_t tail_ = 0;
  int filled_ = 0;
};

void add_file(WordHash& h, const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::vector<char> buffer(1 << 20);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    h.add(buffer.data(), static_cast<std::size_t>(in.gcount()));
  }
}

}  // namespace

std::string dataset_content_hash(const fs::path& source) {
  WordHash h;
  std::error_code ec;
  if (fs::is_directory(source, ec)) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(source, ec))
      if (e.is_regular_file(ec)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      const std::string name = f.filename().string();
      h.add(name.data(), name.size() + 1);
      add_file(h, f);
    }
  } else {
    add_file(h, source);
  }
  return fmt::format("{:016x}", h.finish());
}

std::string local_timestamp() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buf[40];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S%z", &local);
  return buf;
}

}  // namespace kiemtra::core
