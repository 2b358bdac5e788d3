// Isolated runs: each plugin's rules in a child process forked after loading, findings back over a pipe.
// The child shares the parent's dataset copy-on-write (nothing is copied or parsed again); a child that
// dies (a signal, an abort, SIGKILL after --rule-timeout) costs only the rules it had not finished.
// The host trusts nothing it gets from a child: what one rule may send is capped (RuleBudget, and a frame
// is never longer than that), the child and whatever it forks form one process group killed as a whole,
// and a child's own writes to standard output go to standard error, never into the report.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <stdexcept>

#include "engine/finding_wire.hpp"
#include "engine/jobs.hpp"

namespace kiemtra::core::engine_detail {

namespace {

using Clock = std::chrono::steady_clock;

/// The rules of one plugin: they share a child process.
struct Group {
  std::string plugin;
  std::vector<std::uint32_t> jobs;
};

struct Child {
  pid_t pid = -1;
  int fd = -1;
  std::size_t group = 0;
  std::string buffer;
  std::int64_t current = -1;  ///< job running now, -1 between rules
  Clock::time_point started;
  bool timed_out = false;
  bool broken = false;  ///< sent something unreadable, or past its rule's limit: killed
  std::size_t received_findings = 0;  ///< by the rule running now
  std::size_t received_bytes = 0;
  bool would_block = false;  ///< the last read found nothing yet
};

/// Kills a running child and everything it forked (its process group).
void kill_group(pid_t pid) {
  ::kill(-pid, SIGKILL);
  ::kill(pid, SIGKILL);
}

/// Whether the child has exited; it is left a zombie, so its pid and group id cannot be reused yet.
bool has_exited(pid_t pid, bool wait) {
  siginfo_t info{};
  while (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT | (wait ? 0 : WNOHANG)) < 0) {
    if (errno != EINTR) return true;  // nothing to wait for: treat as gone
  }
  return info.si_pid == pid;
}

/// Reaps an exited child after killing what is left of its group (processes it forked).
int reap(pid_t pid) {
  has_exited(pid, true);
  ::kill(-pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

bool write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

/// Records findings as they come and sends them as compact batches.
class PipeSink final : public FindingSink {
 public:
  PipeSink(int fd, std::uint32_t job, const Dataset& data, const RuleRef& rule, Severity severity,
           const RunOptions& options)
      : fd_(fd), job_(job), store_(data), severity_(severity), budget_(options) {
    store_.add_rule(rule);
  }
  void emit(const Finding& f) override {
    // Past the limit nothing more is sent: the parent would kill a child that went on.
    budget_.add(store_, f, severity_);
    if (store_.size() >= 8192 || store_.pool().size() >= (1u << 20)) flush();
  }
  const RuleBudget& budget() const { return budget_; }
  void flush() {
    if (store_.empty()) return;
    buffer_.clear();
    wire::put_findings(buffer_, job_, store_);
    store_.clear_findings();
    if (!write_all(fd_, buffer_.data(), buffer_.size())) ::_exit(4);  // the parent is gone
  }

 private:
  int fd_;
  std::uint32_t job_;
  Findings store_;
  Severity severity_;
  RuleBudget budget_;
  std::string buffer_;
};

[[noreturn]] void child_main(int fd, pid_t parent, const Dataset& data, const Config& config, const RunOptions& options,
                             const std::vector<Job>& jobs, const Group& group) {
  // Die with the parent: an operator's kill of `kiemtra validate` must not leave rule processes behind.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) ::_exit(5);
  // Its own process group, so a timeout kills whatever the plugin forks too (the parent sets it as well).
  ::setpgid(0, 0);
  // A plugin printing to standard output would land ahead of the report: its output goes to stderr.
  ::dup2(STDERR_FILENO, STDOUT_FILENO);
  std::string frame;
  for (std::uint32_t index : group.jobs) {
    const Job& job = jobs[index];
    frame.clear();
    wire::put_started(frame, index);
    if (!write_all(fd, frame.data(), frame.size())) ::_exit(4);
    PipeSink sink(fd, index, data, job.findings.rules().front(), job.settings->severity, options);
    auto error = check_rule(data, config, options, job, sink);
    if (sink.budget().exceeded()) error = sink.budget().failure();
    else sink.flush();
    frame.clear();
    wire::put_done(frame, index, error.has_value(), error.value_or(""));
    if (!write_all(fd, frame.data(), frame.size())) ::_exit(4);
  }
  ::close(fd);
  ::_exit(0);  // no destructors, no atexit handlers: they belong to the parent
}

class Scheduler {
 public:
  Scheduler(const Dataset& data, const Config& config, const RunOptions& options, std::vector<Job>& jobs,
            std::vector<PluginCrash>& crashes)
      : data_(data), config_(config), options_(options), jobs_(jobs), crashes_(crashes), done_(jobs.size(), 0) {
    std::map<std::string, std::size_t> index;
    for (std::uint32_t i = 0; i < jobs.size(); ++i) {
      const auto [it, fresh] = index.try_emplace(jobs[i].rule->plugin, groups_.size());
      if (fresh) groups_.push_back({jobs[i].rule->plugin, {}});
      groups_[it->second].jobs.push_back(i);
    }
  }

  void run() {
    const std::size_t slots = static_cast<std::size_t>(std::max(1, options_.jobs));
    std::size_t next = 0;
    while (next < groups_.size() || !children_.empty()) {
      while (children_.size() < slots && next < groups_.size()) spawn(next++);
      if (children_.empty()) continue;
      std::vector<pollfd> fds;
      for (const Child& c : children_) fds.push_back({c.fd, POLLIN, 0});
      const int ready = ::poll(fds.data(), fds.size(), poll_timeout_ms());
      if (ready < 0 && errno != EINTR) break;
      for (std::size_t k = children_.size(); k-- > 0;)
        if (ready > 0 && fds[k].revents != 0 && !drain(children_[k])) finish(k);
      enforce_timeouts();
      reap_exited();
    }
  }

 private:
  void spawn(std::size_t g) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) return run_here(g);
    // Anything buffered would otherwise be written twice, once by each process.
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
      ::close(fds[0]);
      ::close(fds[1]);
      return run_here(g);
    }
    if (pid == 0) {
      ::close(fds[0]);
      for (const Child& c : children_) ::close(c.fd);
      child_main(fds[1], parent, data_, config_, options_, jobs_, groups_[g]);
    }
    ::close(fds[1]);
    ::setpgid(pid, pid);  // also in the child: whichever runs first, the group exists before any kill
    Child c;
    c.pid = pid;
    c.fd = fds[0];
    c.group = g;
    children_.push_back(std::move(c));
  }

  /// Without a process to spare, the plugin runs here, unprotected, rather than not at all.
  void run_here(std::size_t g) {
    for (std::uint32_t i : groups_[g].jobs) {
      run_job(data_, config_, options_, jobs_[i]);
      mark_done(i);
    }
  }

  /// The time one rule may run; zero when unlimited. Bounded: a day at most, whatever the caller asked.
  Clock::duration limit() const {
    const double seconds = options_.rule_timeout;
    if (!(seconds > 0)) return Clock::duration::zero();
    return std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(std::min(seconds, kMaxRuleTimeout)));
  }

  int poll_timeout_ms() const {
    // Woken at least every 200 ms to notice a child that exited while something it forked holds the pipe.
    auto wait = std::chrono::milliseconds(200);
    const auto limit = this->limit();
    if (limit == Clock::duration::zero()) return static_cast<int>(wait.count());
    const auto now = Clock::now();
    for (const Child& c : children_)
      if (c.current >= 0 && !c.timed_out)
        wait = std::min(wait, std::chrono::ceil<std::chrono::milliseconds>(c.started + limit - now));
    return static_cast<int>(std::max<std::int64_t>(wait.count(), 0));
  }

  void enforce_timeouts() {
    const auto limit = this->limit();
    if (limit == Clock::duration::zero()) return;
    for (Child& c : children_)
      if (c.current >= 0 && !c.timed_out && Clock::now() - c.started >= limit) {
        c.timed_out = true;
        kill_group(c.pid);
      }
  }

  /// A child that exited is finished even when the pipe has no end of file yet (a process it forked
  /// still holds it): what it sent before is read, the rest of its group killed.
  void reap_exited() {
    for (std::size_t k = children_.size(); k-- > 0;) {
      Child& c = children_[k];
      if (!has_exited(c.pid, false)) continue;
      ::kill(-c.pid, SIGKILL);  // the processes it forked, which hold the pipe
      ::fcntl(c.fd, F_SETFL, ::fcntl(c.fd, F_GETFL) | O_NONBLOCK);
      while (drain(c)) {
        if (c.would_block) break;
      }
      finish(k);
    }
  }

  /// Reads what the child sent; false at end of file.
  bool drain(Child& c) {
    char chunk[1 << 16];
    c.would_block = false;
    const ssize_t n = ::read(c.fd, chunk, sizeof chunk);
    if (n < 0) {
      c.would_block = errno == EAGAIN;
      return errno == EINTR || errno == EAGAIN;
    }
    if (n == 0) return false;
    c.buffer.append(chunk, static_cast<std::size_t>(n));
    std::size_t offset = 0;
    try {
      // No frame may be longer than a rule may send in all: the buffer stays bounded.
      while (auto m = wire::take(c.buffer, offset, options_.max_bytes_per_rule + (1u << 16))) handle(c, *m);
    } catch (const std::exception&) {
      c.broken = true;
      kill_group(c.pid);
      return false;
    }
    c.buffer.erase(0, offset);
    return true;
  }

  void handle(Child& c, wire::Message& m) {
    const auto& mine = groups_[c.group].jobs;
    if (std::find(mine.begin(), mine.end(), m.job) == mine.end()) throw std::runtime_error("job of another plugin");
    Job& job = jobs_[m.job];
    switch (m.kind) {
      case wire::Kind::started:
        c.current = m.job;
        c.started = Clock::now();
        c.received_findings = 0;
        c.received_bytes = 0;
        break;
      case wire::Kind::findings: {
        // The child stops at its limit by itself; one that goes on is not trusted further.
        c.received_findings += m.records.size();
        c.received_bytes += m.records.size() * sizeof(FindingRecord) + m.args.size() * sizeof(StoredArg) + m.pool.size();
        if (c.received_findings > options_.max_findings_per_rule || c.received_bytes > options_.max_bytes_per_rule) {
          job.findings.clear_findings();
          job.failed = true;
          job.error = RuleBudget(options_).failure();
          c.current = -1;
          mark_done(m.job);
          throw std::runtime_error("past the rule's limit");
        }
        job.findings.append_raw(m.records, m.args, m.pool);
        break;
      }
      case wire::Kind::done:
        job.failed = m.failed;
        job.error = std::move(m.error);
        c.current = -1;
        mark_done(m.job);
        break;
    }
  }

  void mark_done(std::uint32_t job) {
    done_[job] = 1;
    ++finished_;
    if (options_.on_rule_done) options_.on_rule_done(finished_, jobs_.size());
  }

  void finish(std::size_t k) {
    Child c = std::move(children_[k]);
    children_.erase(children_.begin() + static_cast<std::ptrdiff_t>(k));
    ::close(c.fd);
    const int status = reap(c.pid);
    const Group& g = groups_[c.group];
    const bool all_done = std::all_of(g.jobs.begin(), g.jobs.end(), [&](std::uint32_t i) { return done_[i] != 0; });
    if (!c.broken && !c.timed_out && WIFEXITED(status) && WEXITSTATUS(status) == 0 && all_done) return;
    PluginCrash crash;
    crash.plugin = g.plugin;
    if (c.current >= 0) crash.rule = jobs_[c.current].rule->meta.id;
    crash.timed_out = c.timed_out;
    if (WIFSIGNALED(status)) crash.signal = WTERMSIG(status);
    if (WIFEXITED(status)) crash.exit_status = WEXITSTATUS(status);
    for (std::uint32_t i : g.jobs) {
      if (done_[i]) continue;
      jobs_[i].lost = true;
      jobs_[i].findings.clear_findings();
      crash.lost_rules.push_back(jobs_[i].rule->meta.id);
      mark_done(i);
    }
    crashes_.push_back(std::move(crash));
  }

  const Dataset& data_;
  const Config& config_;
  const RunOptions& options_;
  std::vector<Job>& jobs_;
  std::vector<PluginCrash>& crashes_;
  std::vector<Group> groups_;
  std::vector<Child> children_;
  std::vector<char> done_;
  std::size_t finished_ = 0;
};

}  // namespace

void run_isolated(const Dataset& data, const Config& config, const RunOptions& options, std::vector<Job>& jobs,
                  std::vector<PluginCrash>& crashes) {
  Scheduler(data, config, options, jobs, crashes).run();
  std::sort(crashes.begin(), crashes.end(),
            [](const PluginCrash& a, const PluginCrash& b) { return a.plugin < b.plugin; });
}

}  // namespace kiemtra::core::engine_detail
