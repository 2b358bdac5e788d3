// Profiles and waivers files that are not regular, or too large: refused at once, one language per message.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include "config/waiver.hpp"
#include "config_fixture.hpp"

namespace kiemtra::core::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(ConfigInputFiles, FolderIsRefusedInOneLanguage) {
  // Was "không đọc được tệp cấu hình 'prof': is a directory": half Vietnamese, half English.
  ProfileDir d("input-folder");
  const Text t = load_error(d.dir());
  EXPECT_THAT(t.vi, HasSubstr("không đọc được tệp cấu hình '" + d.dir().generic_string() +
                              "': đây là một thư mục, không phải một tệp"));
  EXPECT_THAT(t.vi, Not(HasSubstr("directory")));
  EXPECT_THAT(t.en, HasSubstr("cannot read the configuration file '" + d.dir().generic_string() +
                              "': is a directory, not a file"));
}

TEST(ConfigInputFiles, MissingFileReasonIsTranslated) {
  ProfileDir d("input-missing");
  const Text t = load_error(d.dir() / "absent.yaml");
  EXPECT_THAT(t.vi, HasSubstr("không có tệp hay thư mục này"));
  EXPECT_THAT(t.en, HasSubstr("no such file or directory"));
}

TEST(ConfigInputFiles, DevZeroAndFifoAreRefusedAtOnce) {
  // Both ran until killed: /dev/zero never ends, and opening a FIFO waits for a writer.
  const Text zero = load_error("/dev/zero");
  EXPECT_THAT(zero.en, HasSubstr("'/dev/zero': is a device, not a regular file"));
  EXPECT_THAT(zero.vi, HasSubstr("'/dev/zero': đây là một thiết bị, không phải một tệp thường"));

  ProfileDir d("input-fifo");
  const fs::path fifo = d.dir() / "p.yaml";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_THAT(load_error(fifo).en, HasSubstr("is a pipe (FIFO), not a regular file"));
  EXPECT_THROW(check_config_file(fifo, {}, fake_rules()), UserError);
}

TEST(ConfigInputFiles, ProfileOverFourMegabytesIsRefused) {
  ProfileDir d("input-huge");
  const fs::path f = d.write("p.yaml", "# big\n");
  fs::resize_file(f, (std::size_t{4} << 20) + 1);
  const Text t = load_error(f);
  EXPECT_THAT(t.en, HasSubstr("the file is larger than 4 MB"));
  EXPECT_THAT(t.vi, HasSubstr("tệp lớn hơn 4 MB"));
  // At the limit it is read: comments only, so it loads as an empty profile.
  std::string text;
  while (text.size() < (std::size_t{4} << 20)) text += "# x\n";
  d.write("p.yaml", text);
  EXPECT_NO_THROW(load_config_file(f, {}, fake_rules()));
}

TEST(ConfigInputFiles, WaiversFileThatIsNotRegularIsRefusedWithTheReason) {
  try {
    load_waivers_file("/dev/zero");
    FAIL() << "expected UserError";
  } catch (const UserError& e) {
    EXPECT_EQ(e.text().en, "cannot read the waivers file '/dev/zero': is a device, not a regular file");
    EXPECT_EQ(e.text().vi, "không đọc được tệp miễn trừ '/dev/zero': đây là một thiết bị, không phải một tệp thường");
  }
  ProfileDir d("input-waivers-fifo");
  const fs::path fifo = d.dir() / "w.yaml";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_THROW(load_waivers_file(fifo), UserError);
}

}  // namespace
}  // namespace kiemtra::core::testing
