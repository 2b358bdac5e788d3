// Checked, atomic report output. An std::ofstream that fails says only "failed", and truncating a file in
// place loses yesterday's report when today's write stops half way: each write here goes through a file
// descriptor whose every error is kept with its errno, and a file is renamed into place only once whole.
#include "report/output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <new>

#include "util/error.hpp"

namespace kiemtra::core {

namespace fs = std::filesystem;

namespace {

/// A stream buffer over a file descriptor that remembers the first failed write's errno. With `direct`, a new
/// regular file is written around the page cache (O_DIRECT) once it has passed kDirectAfter bytes, whole
/// aligned blocks at a time, the last partial block through the cache. A nightly report of the nation is
/// 1.2 GB: through the page cache it took as many fresh pages, each zeroed and, on a virtual machine that gives
/// freed memory back to its host, faulted in by the host as well (8 s of system time for 1.2 GB against 0.5 s
/// written directly). A small report goes through the cache from a 64 KB buffer, and large writes into it go
/// to the file as they are: a province's report would otherwise fault in a 4 MB buffer it fills once. Where
/// the file system refuses O_DIRECT, everything goes through the cache.
class FdBuf final : public std::streambuf {
 public:
  FdBuf(int fd, bool direct) : fd_(fd), want_direct_(direct) {
    buffer_ = allocate(kSize);
    size_ = kSize;
    setp(buffer_.get(), buffer_.get() + size_);
  }
  ~FdBuf() override { stop_direct(); }
  FdBuf(const FdBuf&) = delete;
  FdBuf& operator=(const FdBuf&) = delete;
  int error() const { return error_; }

  /// Writes what is buffered (written directly: the whole blocks, and with `last` the rest too); false (and
  /// error() set) when the OS refused.
  bool drain(bool last) {
    const char* p = pbase();
    std::size_t n = static_cast<std::size_t>(pptr() - pbase());
    if (!direct_ && want_direct_ && !last && written_ + n >= kDirectAfter) return go_direct(p, n);
    if (direct_) {
      const std::size_t whole = n / kAlign * kAlign;
      const std::size_t done = write_all(p, whole);
      if (done < whole) {
        if (error_ != EINVAL) return false;
        error_ = 0;  // the file system takes no direct write after all: the cache takes the rest
      }
      p += done;
      n -= done;
      if (done < whole) stop_direct();
    }
    if (n > 0 && direct_ && !last) {
      std::memmove(buffer_.get(), p, n);  // less than a block: kept for the next one
      setp(buffer_.get(), buffer_.get() + size_);
      pbump(static_cast<int>(n));
      return true;
    }
    if (n > 0) {
      stop_direct();
      write_all(p, n);
    }
    setp(buffer_.get(), buffer_.get() + size_);
    return error_ == 0;
  }

 protected:
  int_type overflow(int_type c) override {
    if (!drain(false)) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* s, std::streamsize count) override {
    const auto n = static_cast<std::size_t>(count);
    if (n < kSize || direct_) return std::streambuf::xsputn(s, count);
    // A block of findings through the cache: written from where it is, not copied first.
    if (!drain(false)) return 0;
    if (direct_) return std::streambuf::xsputn(s, count);
    if (want_direct_ && written_ + n >= kDirectAfter) return std::streambuf::xsputn(s, count);
    return static_cast<std::streamsize>(write_all(s, n));
  }
  int sync() override { return drain(false) ? 0 : -1; }

 private:
  static constexpr std::size_t kAlign = 4096;  // a multiple of every device's logical block
  static constexpr std::size_t kSize = std::size_t{1} << 16;
  static constexpr std::size_t kDirectSize = std::size_t{4} << 20;
  static constexpr std::size_t kDirectAfter = std::size_t{16} << 20;

  using Buffer = std::unique_ptr<char, decltype(&std::free)>;
  static Buffer allocate(std::size_t bytes) {
    Buffer b(static_cast<char*>(std::aligned_alloc(kAlign, bytes)), &std::free);
    if (b == nullptr) throw std::bad_alloc();
    return b;
  }

  /// From the cache to direct writes: the buffered bytes up to an aligned file offset through the cache, the
  /// rest into the large aligned buffer the direct writes come from.
  bool go_direct(const char* p, std::size_t n) {
    want_direct_ = false;  // one try
    const std::size_t through = n - std::min(n, (written_ + n) % kAlign);
    if (write_all(p, through) < through) return false;
    Buffer big = allocate(kDirectSize);
    std::memcpy(big.get(), p + through, n - through);
    buffer_ = std::move(big);
    size_ = kDirectSize;
    setp(buffer_.get(), buffer_.get() + size_);
    pbump(static_cast<int>(n - through));
    const int flags = written_ % kAlign == 0 ? ::fcntl(fd_, F_GETFL) : -1;
    direct_ = flags >= 0 && ::fcntl(fd_, F_SETFL, flags | O_DIRECT) == 0;
    return true;
  }

  /// Bytes written from p; fewer than n when the OS refused (error_ set).
  std::size_t write_all(const char* p, std::size_t n) {
    std::size_t done = 0;
    while (error_ == 0 && done < n) {
      const ssize_t w = ::write(fd_, p + done, n - done);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) error_ = w < 0 ? errno : EIO;
      else done += static_cast<std::size_t>(w);
      // A short direct write leaves an unaligned offset: the rest goes through the cache.
      if (direct_ && w > 0 && static_cast<std::size_t>(w) % kAlign != 0) stop_direct();
    }
    written_ += done;
    return done;
  }
  void stop_direct() {
    if (!direct_) return;
    direct_ = false;
    const int flags = ::fcntl(fd_, F_GETFL);
    if (flags >= 0) ::fcntl(fd_, F_SETFL, flags & ~O_DIRECT);
  }

  int fd_;
  bool want_direct_;
  std::size_t size_ = 0;
  Buffer buffer_{nullptr, &std::free};
  std::uint64_t written_ = 0;  ///< bytes written to the file so far
  bool direct_ = false;
  int error_ = 0;
};

[[noreturn]] void fail(const std::string& what, int error) {
  const std::string reason = error != 0 ? std::strerror(error) : "unknown error";
  throw UserError({"Không ghi được " + what + ": " + reason + ".", "Cannot write " + what + ": " + reason + "."});
}

std::string file_named(const std::string& path) { return "'" + path + "'"; }

/// Streams into `fd`; throws with the OS's reason on any failed write. `direct`: `fd` is a new regular file,
/// written around the page cache (FdBuf).
void stream_to_fd(int fd, const std::function<void(std::ostream&)>& to_stream, const std::string& what,
                  bool direct = false) {
  FdBuf buf(fd, direct);
  std::ostream out(&buf);
  to_stream(out);
  out.flush();
  if (!buf.drain(true) || !out) fail(what, buf.error());
}

/// Copies the file `from` to `fd`.
void copy_to_fd(const std::string& from, int fd, const std::string& what) {
  const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
  if (in < 0) fail(what, errno);
  stream_to_fd(fd, [&](std::ostream& out) {
    char chunk[1 << 16];
    for (;;) {
      const ssize_t n = ::read(in, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      out.write(chunk, n);
    }
  }, what);
  ::close(in);
}

/// The mode a new file gets: an existing target keeps its own, else what the umask allows.
mode_t mode_for(const fs::path& target) {
  struct stat st {};
  if (::stat(target.c_str(), &st) == 0) return st.st_mode & 07777;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

/// Whether `target` exists and is something other than a regular file (a device, a pipe).
bool is_special(const fs::path& target) {
  struct stat st {};
  return ::stat(target.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
}

/// Writes into a device or pipe in place: it has no folder to put a temporary file in.
void write_special(const fs::path& target, const std::string& path,
                   const std::function<void(int fd)>& fill) {
  const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) fail(file_named(path), errno);
  try {
    fill(fd);
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::close(fd) != 0) fail(file_named(path), errno);
}

/// The temporary file beside `target`, created and opened; removed by the destructor unless committed.
class TempFile {
 public:
  TempFile(const fs::path& target, const std::string& shown) : shown_(shown) {
    std::string name = (target.parent_path() / ("." + target.filename().string() + ".kiemtra-XXXXXX")).string();
    fd_ = ::mkstemp(name.data());
    if (fd_ < 0) fail(file_named(shown_), errno);
    path_ = name;
    ::fchmod(fd_, mode_for(target));
  }
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  int fd() const { return fd_; }
  const std::string& path() const { return path_; }

  /// fsync, close and rename over `target`, then sync the folder so the rename itself survives a crash.
  void commit(const fs::path& target) {
    if (::fsync(fd_) != 0) fail(file_named(shown_), errno);
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) fail(file_named(shown_), errno);
    if (::rename(path_.c_str(), target.c_str()) != 0) fail(file_named(shown_), errno);
    path_.clear();
    const int dir = ::open(target.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
      ::fsync(dir);  // best effort: some file systems refuse to sync a folder
      ::close(dir);
    }
  }

 private:
  std::string shown_;
  std::string path_;
  int fd_ = -1;
};

/// The file a path names after its symlinks: replacing it leaves the link in place.
fs::path target_of(const std::string& path) {
  std::error_code ec;
  fs::path t = fs::weakly_canonical(fs::absolute(path), ec);
  return ec ? fs::absolute(path) : t;
}

}  // namespace

void write_output_file(const std::string& path, const std::function<void(std::ostream&)>& to_stream) {
  const fs::path target = target_of(path);
  if (is_special(target))
    return write_special(target, path, [&](int fd) { stream_to_fd(fd, to_stream, file_named(path)); });
  TempFile tmp(target, path);
  stream_to_fd(tmp.fd(), to_stream, file_named(path), /*direct=*/true);
  tmp.commit(target);
}

void write_output_file_by_name(const std::string& path, const std::function<void(const std::string&)>& to_file) {
  const fs::path target = target_of(path);
  if (is_special(target)) {
    TempFile tmp(fs::temp_directory_path() / "kiemtra-report", path);
    to_file(tmp.path());
    return write_special(target, path, [&](int fd) { copy_to_fd(tmp.path(), fd, file_named(path)); });
  }
  TempFile tmp(target, path);
  to_file(tmp.path());
  // The writer created its file anew by name: sync that one, not the descriptor mkstemp opened.
  const int fd = ::open(tmp.path().c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail(file_named(path), errno);
  const bool synced = ::fsync(fd) == 0;
  const int error = errno;
  ::close(fd);
  if (!synced) fail(file_named(path), error);
  ::chmod(tmp.path().c_str(), mode_for(target));
  tmp.commit(target);
}

void write_stdout(const std::function<void(std::ostream&)>& to_stream) {
  // What went to std::cout before must come first, and be checked as well.
  std::cout.flush();
  if (!std::cout || std::fflush(stdout) != 0) fail("standard output", errno);
  stream_to_fd(STDOUT_FILENO, to_stream, "standard output");
}

void write_stdout_by_name(const std::function<void(const std::string&)>& to_file) {
  TempFile tmp(fs::temp_directory_path() / "kiemtra-report", "standard output");
  to_file(tmp.path());
  std::cout.flush();
  if (!std::cout || std::fflush(stdout) != 0) fail("standard output", errno);
  copy_to_fd(tmp.path(), STDOUT_FILENO, "standard output");
}

}  // namespace kiemtra::core
