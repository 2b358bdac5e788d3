// The cluster starts whoever runs the tests: as root (CI) the server runs as nobody; as an ordinary user it
// runs as that user. Under root both ways are tried: this binary is run again as nobody, where it starts a
// cluster of its own without changing user.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "database/pg_cluster.hpp"

namespace kiemtra::test {
namespace {

TEST(PgClusterUser, ServerRunsAsTheTestUserOrNobodyUnderRoot) {
  ASSERT_FALSE(cluster().folder().empty()) << cluster().error();
  struct stat st {};
  ASSERT_EQ(::stat((cluster().folder() / "data").c_str(), &st), 0);
  EXPECT_EQ(st.st_uid, cluster().server_uid());
  if (::geteuid() == 0) {
    EXPECT_NE(cluster().server_uid(), 0u) << "the server must not run as root";
  } else {
    EXPECT_EQ(cluster().server_uid(), ::geteuid());
  }
  // The cluster answers, whoever owns it.
  EXPECT_EQ(cluster().exec("postgres", "SELECT 1"), "");
}

TEST(PgClusterUser, AnOrdinaryUserStartsItToo) {
  if (::geteuid() != 0) {
    // Not root: the suite's own cluster was started by this ordinary user (the test above checks it).
    EXPECT_EQ(cluster().server_uid(), ::geteuid());
    return;
  }
  const passwd* pw = ::getpwnam("nobody");
  ASSERT_NE(pw, nullptr);
  // A copy of this binary in a folder nobody can reach: the build tree may sit under /root (mode 700).
  char folder[] = "/tmp/kiemtra-pg-self-XXXXXX";
  ASSERT_NE(::mkdtemp(folder), nullptr);
  std::filesystem::permissions(folder, std::filesystem::perms(0755));
  const std::string copy = std::string(folder) + "/kiemtra_database_tests";
  std::filesystem::copy_file("/proc/self/exe", copy);
  std::filesystem::permissions(copy, std::filesystem::perms(0755));
  const char* self = copy.c_str();
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    if (::setgroups(0, nullptr) != 0 || ::setgid(pw->pw_gid) != 0 || ::setuid(pw->pw_uid) != 0) ::_exit(126);
    ::setenv("HOME", "/tmp", 1);
    const int null = ::open("/dev/null", O_WRONLY);
    if (null >= 0) ::dup2(null, 1);
    ::execl(self, self, "--gtest_filter=PgClusterUser.ServerRunsAsTheTestUserOrNobodyUnderRoot", nullptr);
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  std::filesystem::remove_all(folder);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "the suite run as nobody could not start its cluster (126: could not become "
                                       "nobody; 127: could not run " << self << ")";
}

}  // namespace
}  // namespace kiemtra::test
