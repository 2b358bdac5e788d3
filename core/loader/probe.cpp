// Loading a plugin runs its code (static constructors, the descriptor's relocations, rule factories) before
// any handshake can refuse it: a corrupt or hostile library would kill the host there, isolated or not.
// So each library is first loaded once in a child process; only one that loads cleanly there is loaded here.
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
#include <thread>

#include "loader/internal.hpp"

namespace kiemtra::core::loader_detail {

namespace {

/// How long loading one plugin may take in the probe: 60 s, or KIEMTRA_PLUGIN_LOAD_TIMEOUT seconds.
std::chrono::seconds probe_timeout() {
  const char* v = std::getenv("KIEMTRA_PLUGIN_LOAD_TIMEOUT");
  const long s = v != nullptr ? std::strtol(v, nullptr, 10) : 0;
  return std::chrono::seconds(s > 0 ? s : 60);
}

}  // namespace

std::optional<Text> probe_in_child(const fs::path& library, const std::function<void()>& load) {
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  const pid_t pid = ::fork();
  if (pid < 0) return std::nullopt;  // no process to spare: load as before rather than refuse every plugin
  if (pid == 0) {
    ::setpgid(0, 0);
    ::dup2(STDERR_FILENO, STDOUT_FILENO);  // whatever the plugin prints stays out of a report
    try {
      load();
    } catch (...) {
      ::_exit(3);
    }
    ::_exit(0);  // no destructors, no atexit handlers: they belong to the parent
  }
  const std::chrono::seconds limit = probe_timeout();
  const auto deadline = std::chrono::steady_clock::now() + limit;
  // Woken the moment the child ends (a pidfd becomes readable then), not at the next tick of a polling loop:
  // a 5 ms tick per plugin was most of a province's run (eight plugins, 40 ms of a 70 ms run).
  const int pidfd = static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
  int status = 0;
  bool timed_out = false;
  auto pause = std::chrono::microseconds(100);  // without a pidfd (a kernel before 5.3): a growing sleep
  for (;;) {
    const pid_t r = ::waitpid(pid, &status, WNOHANG);
    if (r == pid) break;
    if (r < 0 && errno != EINTR) {
      if (pidfd >= 0) ::close(pidfd);
      return std::nullopt;
    }
    const auto now = std::chrono::steady_clock::now();
    if (!timed_out && now >= deadline) {
      timed_out = true;
      ::kill(-pid, SIGKILL);
      ::kill(pid, SIGKILL);
    }
    if (pidfd >= 0) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now).count();
      pollfd p{pidfd, POLLIN, 0};
      (void)::poll(&p, 1, timed_out ? 100 : static_cast<int>(std::clamp<long long>(left + 1, 1, 1000)));
    } else {
      std::this_thread::sleep_for(pause);
      pause = std::min(pause * 2, std::chrono::microseconds(5000));
    }
  }
  if (pidfd >= 0) ::close(pidfd);
  ::kill(-pid, SIGKILL);  // anything it forked
  if (!timed_out && WIFEXITED(status) && WEXITSTATUS(status) == 0) return std::nullopt;
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
    how_en = fmt::format("failed while loading (exit {})", WEXITSTATUS(status));
    how_vi = fmt::format("bị lỗi khi nạp (mã thoát {})", WEXITSTATUS(status));
  }
  return Text{fmt::format("Thư viện '{}' {}, khi được nạp thử trong một tiến trình riêng: kiemtra không nạp nó. Hãy "
                          "biên dịch lại plugin, hoặc xóa nó khỏi thư mục plugin.",
                          library.string(), how_vi),
              fmt::format("The library '{}' {} when loaded on trial in a separate process: kiemtra does not load it. "
                          "Rebuild the plugin, or remove it from the plugin folder.",
                          library.string(), how_en)};
}

}  // namespace kiemtra::core::loader_detail
