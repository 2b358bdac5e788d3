// Loading a plugin runs its code (static constructors, the descriptor's relocations, rule factories) before
// any handshake can refuse it: a corrupt or hostile library would kill the host there, isolated or not.
// So each library is first loaded once in a child process; only one that loads cleanly there is loaded here.
#include <fmt/format.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <thread>

#include "loader/internal.hpp"

namespace kiemtra::core::loader_detail {

namespace {

/// How long loading one plugin may take in the probe.
constexpr auto kProbeTimeout = std::chrono::seconds(60);

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
  const auto deadline = std::chrono::steady_clock::now() + kProbeTimeout;
  int status = 0;
  bool timed_out = false;
  for (;;) {
    const pid_t r = ::waitpid(pid, &status, WNOHANG);
    if (r == pid) break;
    if (r < 0 && errno != EINTR) return std::nullopt;
    if (!timed_out && std::chrono::steady_clock::now() >= deadline) {
      timed_out = true;
      ::kill(-pid, SIGKILL);
      ::kill(pid, SIGKILL);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ::kill(-pid, SIGKILL);  // anything it forked
  if (!timed_out && WIFEXITED(status) && WEXITSTATUS(status) == 0) return std::nullopt;
  std::string how_en, how_vi;
  if (timed_out) {
    how_en = fmt::format("did not finish loading within {} seconds", kProbeTimeout.count());
    how_vi = fmt::format("không nạp xong trong {} giây", kProbeTimeout.count());
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
