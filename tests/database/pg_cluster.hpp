// A throwaway PostgreSQL cluster for the tests: initdb into a temporary folder, the server on a free local
// port with its socket in that folder, stopped and removed at the end. Debian's postgresql package provides the
// binaries (/usr/lib/postgresql/<version>/bin); the server refuses to run as root, so as root every server
// command runs as the unprivileged user nobody, owning the folder.
#pragma once

#include <libpq-fe.h>

#include <filesystem>
#include <string>
#include <vector>

namespace kiemtra::test {

class PgCluster {
 public:
  /// Starts the cluster; false with error() saying why (no binaries, initdb or the server failed).
  bool start();
  /// Stops the server and removes the folder (idempotent).
  void stop();
  ~PgCluster() { stop(); }

  const std::string& error() const { return error_; }
  /// libpq connection string for database `db` as the cluster's superuser (kiemtra) over the socket.
  std::string conninfo(const std::string& db = "postgres") const;
  /// The same over TCP on 127.0.0.1, where a password is required.
  std::string tcp_conninfo(const std::string& user, const std::string& db) const;
  int port() const { return port_; }
  const std::filesystem::path& folder() const { return root_; }
  /// The uid the server runs as (nobody when the tests run as root).
  unsigned server_uid() const { return uid_; }
  /// Runs SQL; on error, returns the server's message (empty when it succeeded).
  std::string exec(const std::string& db, const std::string& sql) const;

 private:
  bool run(const std::string& what, const std::vector<std::string>& argv);
  std::filesystem::path bin_, root_;
  std::string error_;
  int port_ = 0;
  unsigned uid_ = 0, gid_ = 0;
  bool as_other_ = false;
  bool running_ = false;
};

/// The directory holding initdb and pg_ctl (KIEMTRA_PG_BIN, or the newest /usr/lib/postgresql/<v>/bin); empty
/// when none is installed.
std::filesystem::path postgres_bin_dir();

/// The suite's one cluster, started by the global environment (pg_environment.cpp).
PgCluster& cluster();

}  // namespace kiemtra::test
