// Isolated runs: the rules run in worker processes forked after loading, findings back over a pipe.
// A worker shares the parent's dataset copy-on-write (nothing is copied or parsed again) and runs one rule
// after another, each sent to it by the parent as the previous one is done: as many workers as --jobs,
// given rules in turn as threads would be, so forks and the copy-on-write of their pages are paid per
// worker, not per plugin. A worker that dies (a signal, an abort, SIGKILL after --rule-timeout) costs only
// the rule it was running; the rules still to run go to a new worker.
// The host trusts nothing it gets from a child: what one rule may send is capped (RuleBudget, and a frame
// is never longer than that), the child and whatever it forks form one process group killed as a whole,
// and a child's own writes to standard output go to standard error, never into the report.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <deque>
#include <iostream>
#include <stdexcept>
#include <tuple>

#include "engine/finding_wire.hpp"
#include "engine/jobs.hpp"

namespace kiemtra::core::engine_detail {

namespace {

using Clock = std::chrono::steady_clock;

/// A worker process and what the parent knows of it.
struct Child {
  pid_t pid = -1;
  int fd = -1;      ///< findings and progress from the worker
  int orders = -1;  ///< the parent's end of the socket the worker reads its next rule from
  std::string buffer;
  std::deque<std::uint32_t> assigned;  ///< jobs sent and not yet done, in the order sent
  std::int64_t current = -1;   ///< job the worker said it started, -1 between rules
  Clock::time_point started;
  bool timed_out = false;
  bool broken = false;                ///< sent something unreadable, or past its rule's limit: killed
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

/// Reads exactly `size` bytes; false at end of file or on an error.
bool read_all(int fd, char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::read(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

[[noreturn]] void child_main(int fd, int orders, pid_t parent, const Dataset& data, const Config& config,
                             const RunOptions& options, const std::vector<Job>& jobs) {
  // Die with the parent: an operator's kill of `kiemtra validate` must not leave rule processes behind.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) ::_exit(5);
  // Its own process group, so a timeout kills whatever the plugin forks too (the parent sets it as well).
  ::setpgid(0, 0);
  // A plugin printing to standard output would land ahead of the report: its output goes to stderr.
  ::dup2(STDERR_FILENO, STDOUT_FILENO);
  std::string frame;
  for (;;) {
    std::uint32_t index = 0;
    char order[sizeof index];
    if (!read_all(orders, order, sizeof order)) break;  // end of file: nothing more to run
    std::memcpy(&index, order, sizeof index);
    if (index >= jobs.size()) ::_exit(6);
    const Job& job = jobs[index];
    frame.clear();
    wire::put_started(frame, index);
    if (!write_all(fd, frame.data(), frame.size())) ::_exit(4);
    PipeSink sink(fd, index, data, job.findings.rules().front(), job.settings->severity, options);
    auto error = check_rule(data, config, options, job, sink);
    if (sink.budget().exceeded())
      error = sink.budget().failure();
    else
      sink.flush();
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
      : data_(data),
        config_(config),
        options_(options),
        jobs_(jobs),
        crashes_(crashes),
        done_(jobs.size(), 0),
        tries_(jobs.size(), 0) {
    for (std::uint32_t i = 0; i < jobs.size(); ++i) pending_.push_back(i);
  }

  void run() {
    const std::size_t slots = isolated_workers(options_.jobs, data_);
    // A lone worker is sent its next rule ahead of its answer: the order already waits in its socket when a
    // rule is done, so it never idles for the parent's reply (a province's 50 rules: 1-5 ms of 58-65). Among
    // several workers, a rule sent ahead could wait behind a long one while another worker idles.
    orders_in_flight_ = slots == 1 ? 2 : 1;
    while (!pending_.empty() || !children_.empty()) {
      while (children_.size() < slots && !pending_.empty()) spawn();
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
  void spawn() {
    int fds[2];
    int orders[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) return run_here();
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, orders) != 0) {
      ::close(fds[0]);
      ::close(fds[1]);
      return run_here();
    }
    // Anything buffered would otherwise be written twice, once by each process.
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
      for (int fd : {fds[0], fds[1], orders[0], orders[1]}) ::close(fd);
      return run_here();
    }
    if (pid == 0) {
      ::close(fds[0]);
      ::close(orders[0]);
      for (const Child& c : children_) {
        ::close(c.fd);
        ::close(c.orders);
      }
      child_main(fds[1], orders[1], parent, data_, config_, options_, jobs_);
    }
    ::close(fds[1]);
    ::close(orders[1]);
    ::setpgid(pid, pid);  // also in the child: whichever runs first, the group exists before any kill
    Child c;
    c.pid = pid;
    c.fd = fds[0];
    c.orders = orders[0];
    children_.push_back(std::move(c));
    give_work(children_.back());
  }

  /// Tops the worker's orders up to orders_in_flight_; once no rule is left to send, closes them: the worker
  /// runs what it was sent, then exits.
  void give_work(Child& c) {
    while (c.orders >= 0 && c.assigned.size() < orders_in_flight_) {
      if (pending_.empty()) {
        ::close(c.orders);
        c.orders = -1;
        return;
      }
      send_order(c);
    }
  }

  void send_order(Child& c) {
    const std::uint32_t index = pending_.front();
    char order[sizeof index];
    std::memcpy(order, &index, sizeof index);
    // MSG_NOSIGNAL: a worker that just died must not take the parent with it through SIGPIPE. A failed send
    // leaves the rule assigned; the worker's end is then seen and the rule given to another worker.
    ssize_t n;
    do {
      n = ::send(c.orders, order, sizeof order, MSG_NOSIGNAL);
    } while (n < 0 && errno == EINTR);
    pending_.pop_front();
    if (c.assigned.empty()) c.started = Clock::now();  // a worker that never says it started is timed from here
    c.assigned.push_back(index);
  }

  /// Without a process to spare, the next rule runs here, unprotected, rather than not at all.
  void run_here() {
    const std::uint32_t i = pending_.front();
    pending_.pop_front();
    run_job(data_, config_, options_, jobs_[i]);
    mark_done(i);
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
      if (!c.assigned.empty() && !c.timed_out)
        wait = std::min(wait, std::chrono::ceil<std::chrono::milliseconds>(c.started + limit - now));
    return static_cast<int>(std::max<std::int64_t>(wait.count(), 0));
  }

  void enforce_timeouts() {
    const auto limit = this->limit();
    if (limit == Clock::duration::zero()) return;
    for (Child& c : children_)
      if (!c.assigned.empty() && !c.timed_out && Clock::now() - c.started >= limit) {
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
    // A worker speaks only of the rule it was given, and only after saying it started it.
    const std::int64_t expected = m.kind != wire::Kind::started ? c.current
                                  : c.assigned.empty()          ? std::int64_t{-1}
                                                                : std::int64_t{c.assigned.front()};
    if (expected < 0 || m.job != static_cast<std::uint64_t>(expected) ||
        (m.kind == wire::Kind::started && c.current >= 0))
      throw std::runtime_error("a rule it was not given");
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
        c.received_bytes +=
            m.records.size() * sizeof(FindingRecord) + m.args.size() * sizeof(StoredArg) + m.pool.size();
        if (c.received_findings > options_.max_findings_per_rule || c.received_bytes > options_.max_bytes_per_rule) {
          job.findings.clear_findings();
          job.failed = true;
          job.error = RuleBudget(options_).failure();
          c.current = -1;
          c.assigned.pop_front();
          mark_done(m.job);
          requeue_unstarted(c);
          throw std::runtime_error("past the rule's limit");
        }
        job.findings.append_raw(m.records, m.args, m.pool);
        break;
      }
      case wire::Kind::done:
        job.failed = m.failed;
        job.error = std::move(m.error);
        c.current = -1;
        c.assigned.pop_front();
        c.started = Clock::now();  // the next rule sent is timed from here until it says it started
        mark_done(m.job);
        give_work(c);
        break;
    }
  }

  /// The rules sent to a worker that it never reached go back to the head of the queue, in their order, for
  /// another worker: none of them was the cause of its end.
  void requeue_unstarted(Child& c) {
    for (std::size_t k = c.assigned.size(); k-- > 0;) pending_.push_front(c.assigned[k]);
    c.assigned.clear();
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
    if (c.orders >= 0) ::close(c.orders);
    const int status = reap(c.pid);
    if (c.assigned.empty()) return;  // nothing of it is lost
    const std::uint32_t index = c.assigned.front();
    c.assigned.pop_front();
    requeue_unstarted(c);
    // A rule the worker died before starting was not the cause: it goes to another worker, once.
    if (c.current < 0 && !c.timed_out && !c.broken && tries_[index]++ == 0) {
      pending_.push_front(index);
      return;
    }
    Job& job = jobs_[index];
    PluginCrash crash;
    crash.plugin = job.rule->plugin;
    crash.rule = job.rule->meta.id;
    crash.timed_out = c.timed_out;
    if (WIFSIGNALED(status)) crash.signal = WTERMSIG(status);
    if (WIFEXITED(status)) crash.exit_status = WEXITSTATUS(status);
    job.lost = true;
    job.findings.clear_findings();
    crash.lost_rules.push_back(job.rule->meta.id);
    mark_done(index);
    crashes_.push_back(std::move(crash));
  }

  const Dataset& data_;
  const Config& config_;
  const RunOptions& options_;
  std::vector<Job>& jobs_;
  std::vector<PluginCrash>& crashes_;
  std::deque<std::uint32_t> pending_;  ///< rules no worker has been given yet
  std::vector<Child> children_;
  std::vector<char> done_;
  std::vector<std::uint8_t> tries_;  ///< times a worker died holding the rule before starting it
  std::size_t finished_ = 0;
  std::size_t orders_in_flight_ = 1;  ///< rules a worker is sent before it reports the first done
};

}  // namespace

std::size_t isolated_workers(int jobs, const Dataset& data) {
  const auto wanted = static_cast<std::size_t>(std::max(1, jobs));
  return dataset_rows(data) < kRowsForSecondWorker ? 1 : wanted;
}

void run_isolated(const Dataset& data, const Config& config, const RunOptions& options, std::vector<Job>& jobs,
                  std::vector<PluginCrash>& crashes) {
  Scheduler(data, config, options, jobs, crashes).run();
  std::sort(crashes.begin(), crashes.end(), [](const PluginCrash& a, const PluginCrash& b) {
    return std::tie(a.plugin, a.rule) < std::tie(b.plugin, b.rule);
  });
}

}  // namespace kiemtra::core::engine_detail
