// The test cluster: every server command is run by fork and exec, dropping root to nobody in the child.
#include "database/pg_cluster.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <system_error>
#include <vector>

namespace kiemtra::test {

namespace fs = std::filesystem;

fs::path postgres_bin_dir() {
  if (const char* env = std::getenv("KIEMTRA_PG_BIN"); env != nullptr && *env != '\0') return env;
  fs::path best;
  int best_version = -1;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    const std::string name = e.path().filename().string();
    if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos) continue;
    if (!fs::exists(e.path() / "bin" / "pg_ctl") || !fs::exists(e.path() / "bin" / "initdb")) continue;
    if (const int v = std::stoi(name); v > best_version) {
      best_version = v;
      best = e.path() / "bin";
    }
  }
  return best;
}

namespace {

int free_port() {
  const int s = ::socket(AF_INET, SOCK_STREAM, 0);
  if (s < 0) return 0;
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = 0;
  socklen_t len = sizeof a;
  int port = 0;
  if (::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
      ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) == 0)
    port = ntohs(a.sin_port);
  ::close(s);
  return port;
}

}  // namespace

bool PgCluster::run(const std::string& what, const std::vector<std::string>& argv) {
  const fs::path log = root_ / (what + ".log");
  const pid_t pid = ::fork();
  if (pid < 0) {
    error_ = what + ": fork failed";
    return false;
  }
  if (pid == 0) {
    const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
      ::dup2(fd, 1);
      ::dup2(fd, 2);
    }
    if (as_other_) {
      // The server refuses root: become nobody for good (groups, gid, then uid), as setpriv would.
      if (::setgroups(0, nullptr) != 0 || ::setgid(gid_) != 0 || ::setuid(uid_) != 0) ::_exit(126);
    }
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    ::execv(args[0], args.data());
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return true;
  std::ifstream in(log);
  std::stringstream text;
  text << in.rdbuf();
  error_ = what + " failed (" + argv[0] + "): " + text.str();
  return false;
}

bool PgCluster::start() {
  bin_ = postgres_bin_dir();
  if (bin_.empty()) {
    error_ =
        "PostgreSQL server binaries not found (no /usr/lib/postgresql/<version>/bin/pg_ctl): install Debian's "
        "postgresql package (scripts/deps.sh does), or set KIEMTRA_PG_BIN";
    return false;
  }
  char tmpl[] = "/tmp/kiemtra-pg-XXXXXX";
  if (::mkdtemp(tmpl) == nullptr) {
    error_ = "cannot create a temporary folder";
    return false;
  }
  root_ = tmpl;
  as_other_ = ::geteuid() == 0;
  uid_ = ::geteuid();
  gid_ = ::getegid();
  if (as_other_) {
    const passwd* pw = ::getpwnam("nobody");
    if (pw == nullptr) {
      error_ = "running as root, and there is no user 'nobody' to run the PostgreSQL server as";
      return false;
    }
    uid_ = pw->pw_uid;
    gid_ = pw->pw_gid;
    if (::chown(root_.c_str(), uid_, gid_) != 0) {
      error_ = "cannot give the temporary folder to nobody";
      return false;
    }
  }
  port_ = free_port();
  const std::string data = (root_ / "data").string();
  // trust on the socket (the tests' superuser), a password over TCP (the bad-password test).
  if (!run("initdb", {(bin_ / "initdb").string(), "-D", data, "-U", "kiemtra", "--auth-local=trust",
                      "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync"}))
    return false;
  const std::string options = "-p " + std::to_string(port_) + " -k " + root_.string() +
                              " -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
                              " -c synchronous_commit=off -c max_connections=20 -c shared_buffers=32MB";
  if (!run("pg_ctl-start", {(bin_ / "pg_ctl").string(), "-D", data, "-l", (root_ / "server.log").string(), "-o",
                            options, "-w", "-t", "60", "start"}))
    return false;
  running_ = true;
  return true;
}

void PgCluster::stop() {
  if (running_) {
    run("pg_ctl-stop", {(bin_ / "pg_ctl").string(), "-D", (root_ / "data").string(), "-m", "immediate", "-w", "stop"});
    running_ = false;
  }
  if (!root_.empty()) {
    std::error_code ec;
    fs::remove_all(root_, ec);
    root_.clear();
  }
}

std::string PgCluster::conninfo(const std::string& db) const {
  return "host=" + root_.string() + " port=" + std::to_string(port_) + " user=kiemtra dbname=" + db;
}

std::string PgCluster::tcp_conninfo(const std::string& user, const std::string& db) const {
  return "host=127.0.0.1 port=" + std::to_string(port_) + " user=" + user + " dbname=" + db;
}

std::string PgCluster::exec(const std::string& db, const std::string& sql) const {
  std::unique_ptr<PGconn, void (*)(PGconn*)> c(PQconnectdb(conninfo(db).c_str()), PQfinish);
  if (PQstatus(c.get()) != CONNECTION_OK) return PQerrorMessage(c.get());
  std::unique_ptr<PGresult, void (*)(PGresult*)> r(PQexec(c.get(), sql.c_str()), PQclear);
  const ExecStatusType s = PQresultStatus(r.get());
  if (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK) return {};
  return PQresultErrorMessage(r.get());
}

}  // namespace kiemtra::test
