// mmap-based file access for the CSV reader.
#include "dataset/mapped_file.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>

#include "dataset/messages.hpp"
#include "util/input_file.hpp"

namespace kiemtra::core::dataset {

MappedFile::MappedFile(const std::string& path) {
  // InputFile refuses what is not a regular file (a FIFO would block, /dev/zero never end) before mapping.
  InputFile in;
  Text reason;
  if (!in.open(path, reason)) throw UserError(msg_cannot_read(path, reason));
  size_ = in.size();
  if (size_ > 0) {
    void* m = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, in.fd(), 0);
    if (m == MAP_FAILED) throw UserError(msg_cannot_read(path, os_reason(errno)));
    ::madvise(m, size_, MADV_SEQUENTIAL);
    map_ = m;
    data_ = static_cast<const char*>(m);
  }
}

MappedFile::~MappedFile() {
  if (map_) ::munmap(map_, size_);
}

void MappedFile::release(const char* from, const char* to) const {
  if (!map_) return;
  static const std::uintptr_t page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  std::uintptr_t a = (reinterpret_cast<std::uintptr_t>(from) + page - 1) & ~(page - 1);
  const std::uintptr_t b = reinterpret_cast<std::uintptr_t>(to) & ~(page - 1);
  if (a < reinterpret_cast<std::uintptr_t>(map_)) a = reinterpret_cast<std::uintptr_t>(map_);
  if (b > a) ::madvise(reinterpret_cast<void*>(a), b - a, MADV_DONTNEED);
}

void MappedFile::prefetch(const char* from, const char* to) const {
#ifdef MADV_POPULATE_READ
  if (!map_ || to <= from) return;
  static const std::uintptr_t page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  std::uintptr_t a = reinterpret_cast<std::uintptr_t>(from) & ~(page - 1);
  const std::uintptr_t b = reinterpret_cast<std::uintptr_t>(std::min(to, end()));
  if (a < reinterpret_cast<std::uintptr_t>(map_)) a = reinterpret_cast<std::uintptr_t>(map_);
  if (b > a) (void)::madvise(reinterpret_cast<void*>(a), b - a, MADV_POPULATE_READ);
#else
  (void)from;
  (void)to;
#endif
}

}  // namespace kiemtra::core::dataset
