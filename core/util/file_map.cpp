// mmap of a whole input file, and the page advice its readers give.
#include "util/file_map.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>

#include "util/input_file.hpp"

namespace kiemtra::core {

namespace {

std::uintptr_t page_size() {
  static const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  return page;
}

}  // namespace

bool FileMap::open(const std::string& path, Text& reason) {
  InputFile in;
  if (!in.open(path, reason)) return false;
  if (in.size() == 0) return true;
  void* m = ::mmap(nullptr, in.size(), PROT_READ, MAP_PRIVATE, in.fd(), 0);
  if (m == MAP_FAILED) {
    reason = os_reason(errno);
    return false;
  }
  map_ = m;
  size_ = in.size();
  data_ = static_cast<const char*>(m);
  return true;
}

FileMap::~FileMap() {
  if (map_) ::munmap(map_, size_);
}

void FileMap::sequential() const {
  if (map_) ::madvise(map_, size_, MADV_SEQUENTIAL);
}

void FileMap::release(const char* from, const char* to) const {
  if (!map_) return;
  const std::uintptr_t page = page_size();
  std::uintptr_t a = (reinterpret_cast<std::uintptr_t>(from) + page - 1) & ~(page - 1);
  const std::uintptr_t b = reinterpret_cast<std::uintptr_t>(to) & ~(page - 1);
  if (a < reinterpret_cast<std::uintptr_t>(map_)) a = reinterpret_cast<std::uintptr_t>(map_);
  if (b > a) ::madvise(reinterpret_cast<void*>(a), b - a, MADV_DONTNEED);
}

void FileMap::prefetch(const char* from, const char* to) const {
#ifdef MADV_POPULATE_READ
  if (!map_ || to <= from) return;
  const std::uintptr_t page = page_size();
  std::uintptr_t a = reinterpret_cast<std::uintptr_t>(from) & ~(page - 1);
  const std::uintptr_t b = reinterpret_cast<std::uintptr_t>(std::min(to, end()));
  if (a < reinterpret_cast<std::uintptr_t>(map_)) a = reinterpret_cast<std::uintptr_t>(map_);
  if (b > a) (void)::madvise(reinterpret_cast<void*>(a), b - a, MADV_POPULATE_READ);
#else
  (void)from;
  (void)to;
#endif
}

}  // namespace kiemtra::core
