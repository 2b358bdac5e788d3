// Loading a plugin runs its code (static constructors, the descriptor's relocations, rule factories) before
// any handshake can refuse it: a corrupt or hostile library would kill the host there, isolated or not.
// So the libraries are first loaded in a child process; only those that load cleanly there are loaded here.
// One child loads them all in turn, telling the host after each, so a run pays one fork, not one per plugin;
// a library that kills or hangs the child is refused, and a new child goes on from the next one.
#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "loader/internal.hpp"

namespace kiemtra::core::loader_detail {

namespace {

/// How long loading one plugin may take in the probe: 60 s, or KIEMTRA_PLUGIN_LOAD_TIMEOUT seconds.
std::chrono::seconds probe_timeout() {
  const char* v = std::getenv("KIEMTRA_PLUGIN_LOAD_TIMEOUT");
  const long s = v != nullptr ? std::strtol(v, nullptr, 10) : 0;
  return std::chrono::seconds(s > 0 ? s : 60);
}

Text failure(const fs::path& library, bool timed_out, int status, std::chrono::seconds limit) {
  std::string how_en, how_vi;
  if (timed_out) {
    how_en = fmt::format("did not finish loading within {} seconds", limit.count());
    how_vi = fmt::format("không nạp xong trong {} giây", limit.count());
  } else if (WIFSIGNALED(status)) {
    const char* name = ::sigabbrev_np(WTERMSIG(status));
    const std::string sig = name ? std::string("SIG") + name : fmt::format("signal {}", WTERMSIG(status));
    how_en = "crashed while loading (" + sig + ")";
    how_vi = "bị dừng khi nạp (" + sig + ")";
  } else {
    how_en = fmt::format("failed while loading (exit {})", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    how_vi = fmt::format("bị lỗi khi nạp (mã thoát {})", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  }
  return Text{fmt::format("Thư viện '{}' {}, khi được nạp thử trong một tiến trình riêng: kiemtra không nạp nó. Hãy "
                          "biên dịch lại plugin, hoặc xóa nó khỏi thư mục plugin.",
                          library.string(), how_vi),
              fmt::format("The library '{}' {} when loaded on trial in a separate process: kiemtra does not load it. "
                          "Rebuild the plugin, or remove it from the plugin folder.",
                          library.string(), how_en)};
}

/// The child: loads libraries `from`.. in turn, one byte to `out` after each.
[[noreturn]] void probe_child(std::size_t from, std::size_t count, const std::function<void(std::size_t)>& load, int out) {
  ::setpgid(0, 0);
  ::dup2(STDERR_FILENO, STDOUT_FILENO);  // whatever a plugin prints stays out of a report
  for (std::size_t i = from; i < count; ++i) {
    try {
      load(i);
    } catch (...) {
      ::_exit(3);
    }
    const char done = 1;
    while (::write(out, &done, 1) < 0 && errno == EINTR) {
    }
  }
  ::_exit(0);  // no destructors, no atexit handlers: they belong to the parent
}

/// Waits for the child's next byte (true), its end (false), or the deadline (false, `timed_out`).
bool next_done(int in, int pidfd, std::chrono::steady_clock::time_point deadline, bool& timed_out) {
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      return false;
    }
    pollfd p[2] = {{in, POLLIN, 0}, {pidfd, POLLIN, 0}};
    const int n = ::poll(p, pidfd >= 0 ? 2 : 1, static_cast<int>(std::min<long long>(left.count() + 1, 1000)));
    if (n < 0 && errno != EINTR) return false;
    if (n <= 0) continue;
    if ((p[0].revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
      char b = 0;
      const ssize_t r = ::read(in, &b, 1);
      if (r == 1) return true;
      if (r == 0 || errno != EINTR) return false;  // the pipe closed: the child ended
    }
    // The child ended with its pipe still open (a grandchild holds it): nothing more will come.
    if (pidfd >= 0 && (p[1].revents & POLLIN) != 0 && (p[0].revents & POLLIN) == 0) return false;
  }
}

}  // namespace

void probe_in_children(const std::vector<fs::path>& libraries, const std::function<void(std::size_t)>& load,
                       const std::function<void(std::size_t, std::optional<Text>)>& outcome, const TrialHooks* hooks) {
  // The caller may start other threads once the first fork is behind (or none will come), whatever happens.
  struct FirstFork {
    const TrialHooks* hooks;
    bool told = false;
    void tell() {
      if (!told && hooks && hooks->forked_first) hooks->forked_first();
      told = true;
    }
    ~FirstFork() { tell(); }
  } first{hooks};
  const std::size_t count = libraries.size();
  const std::chrono::seconds limit = probe_timeout();
  // Without a pipe or a process to spare, the rest load as before rather than all being refused.
  const auto load_rest_untried = [&](std::size_t from) {
    for (std::size_t i = from; i < count; ++i) outcome(i, std::nullopt);
  };
  std::size_t next = 0;
  while (next < count) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) return load_rest_untried(next);
    if (first.told && hooks && hooks->before_refork) hooks->before_refork();
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0) {
      ::close(fds[0]);
      ::close(fds[1]);
      return load_rest_untried(next);
    }
    if (pid == 0) {
      ::close(fds[0]);
      probe_child(next, count, load, fds[1]);
    }
    first.tell();
    ::close(fds[1]);
    const int pidfd = static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
    bool timed_out = false;
    // Each library has the whole limit, counted from when the host starts waiting for it; the host loads
    // each one as soon as the child is past it, while the child tries the next.
    while (next < count && next_done(fds[0], pidfd, std::chrono::steady_clock::now() + limit, timed_out))
      outcome(next++, std::nullopt);
    if (timed_out) {
      ::kill(-pid, SIGKILL);
      ::kill(pid, SIGKILL);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    ::kill(-pid, SIGKILL);  // anything it forked
    ::close(fds[0]);
    if (pidfd >= 0) ::close(pidfd);
    if (next >= count) break;
    // The child stopped before telling that `next` was loaded: that library killed, failed or hung it.
    outcome(next, failure(libraries[next], timed_out, status, limit));
    ++next;
  }
}

}  // namespace kiemtra::core::loader_detail
