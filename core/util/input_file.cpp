// Opening input files without hanging: O_NONBLOCK for the open only, fstat before any read.
#include "util/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace kiemtra::core {

Text os_reason(int err) {
  // The reasons a user meets, in both languages; others keep the system's (English) text in both, since
  // a Vietnamese sentence around an English clause is what a translated reason is there to avoid.
  switch (err) {
    case ENOENT: return {"không có tệp hay thư mục này", "no such file or directory"};
    case EACCES:
    case EPERM: return {"không có quyền đọc", "permission denied"};
    case EISDIR: return {"đây là một thư mục, không phải một tệp", "is a directory, not a file"};
    case ENOTDIR: return {"một phần của đường dẫn không phải thư mục", "a part of the path is not a directory"};
    case ELOOP: return {"quá nhiều liên kết tượng trưng lồng nhau", "too many levels of symbolic links"};
    case ENAMETOOLONG: return {"đường dẫn quá dài", "the path is too long"};
    case EMFILE:
    case ENFILE: return {"đã mở quá nhiều tệp", "too many open files"};
    case ENOMEM: return {"không đủ bộ nhớ", "out of memory"};
    case EIO: return {"lỗi đọc ghi của thiết bị", "input/output error"};
    default: break;
  }
  const std::string sys = std::strerror(err);
  return {"lỗi hệ thống: " + sys, sys};
}

namespace {

Text kind_reason(mode_t mode) {
  if (S_ISDIR(mode)) return os_reason(EISDIR);
  if (S_ISFIFO(mode)) return {"đây là một đường ống (FIFO), không phải một tệp thường", "is a pipe (FIFO), not a regular file"};
  if (S_ISCHR(mode) || S_ISBLK(mode))
    return {"đây là một thiết bị, không phải một tệp thường", "is a device, not a regular file"};
  if (S_ISSOCK(mode)) return {"đây là một socket, không phải một tệp thường", "is a socket, not a regular file"};
  return {"không phải một tệp thường", "is not a regular file"};
}

}  // namespace

Text too_large_reason(std::size_t max_bytes) {
  const std::string mb = std::to_string(max_bytes >> 20) + " MB";
  return {"tệp lớn hơn " + mb + ", mức tối đa cho loại tệp này (docs/reliability.md)",
          "the file is larger than " + mb + ", the most allowed for this kind of file (docs/reliability.md)"};
}

namespace {

}  // namespace

bool InputFile::open(const std::string& path, Text& reason) {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd_ < 0) {
    reason = os_reason(errno);
    return false;
  }
  struct stat st {};
  if (::fstat(fd_, &st) != 0) {
    reason = os_reason(errno);
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    reason = kind_reason(st.st_mode);
    return false;
  }
  // Back to blocking reads: on a regular file the flag does nothing, but reads should never see EAGAIN.
  const int flags = ::fcntl(fd_, F_GETFL);
  if (flags >= 0) ::fcntl(fd_, F_SETFL, flags & ~O_NONBLOCK);
  size_ = static_cast<std::size_t>(st.st_size);
  return true;
}

InputFile::~InputFile() {
  if (fd_ >= 0) ::close(fd_);
}

bool InputFile::read_all(std::size_t max_bytes, std::string& text, Text& reason) {
  if (size_ > max_bytes) {
    reason = too_large_reason(max_bytes);
    return false;
  }
  // Read until end of file, not size_ bytes: a file that grows while read is still bounded by max_bytes.
  text.clear();
  text.resize(size_ + 1);
  std::size_t got = 0;
  for (;;) {
    if (got == text.size()) {
      if (text.size() > max_bytes) {
        reason = too_large_reason(max_bytes);
        return false;
      }
      text.resize(std::min(max_bytes + 1, text.size() * 2 + 4096));
    }
    const ssize_t n = ::read(fd_, text.data() + got, text.size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      reason = os_reason(errno);
      return false;
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  text.resize(got);
  return true;
}

bool read_small_file(const std::string& path, std::size_t max_bytes, std::string& text, Text& reason) {
  InputFile f;
  return f.open(path, reason) && f.read_all(max_bytes, text, reason);
}

}  // namespace kiemtra::core
