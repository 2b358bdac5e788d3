// Escaping for HTML, XML, JSON inside HTML and CSV; UTF-8 repair; SHA-256 and base64.
#include "report/text_escape.hpp"

#include <gtest/gtest.h>

#include "util/sha256.hpp"

namespace {

using namespace kiemtra::core;

TEST(HtmlEscape, TurnsMarkupIntoText) {
  EXPECT_EQ(html_escape("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
  EXPECT_EQ(html_escape("\"><img src=x onerror=alert(1)>"), "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  EXPECT_EQ(html_escape("a & 'b'"), "a &amp; &#39;b&#39;");
  EXPECT_EQ(html_escape("Đảng bộ"), "Đảng bộ");
}

TEST(Utf8, InvalidBytesBecomeReplacementCharacters) {
  EXPECT_EQ(valid_utf8("ab\xFF"
                       "c"),
            "ab\xEF\xBF\xBD"
            "c");
  EXPECT_EQ(valid_utf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
  EXPECT_EQ(valid_utf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  EXPECT_EQ(valid_utf8("Nguyễn"), "Nguyễn");
  EXPECT_EQ(utf8_prefix("Đảng", 3), "Đ");  // never cuts a character in two
}

TEST(XmlEscape, DropsWhatXmlCannotHold) {
  EXPECT_EQ(xml_escape("a\x01"
                       "b<c>&\"d\""),
            "ab&lt;c&gt;&amp;\"d\"");
  EXPECT_EQ(xml_escape("x\"y\nz", true), "x&quot;y&#10;z");
  EXPECT_EQ(xml_escape("ok\xFF"), "ok\xEF\xBF\xBD");
}

TEST(ScriptSafeJson, NothingCanCloseTheScriptElement) {
  const std::string out = script_safe_json(R"({"a":"</script><!--<b>&"})");
  EXPECT_EQ(out.find('<'), std::string::npos);
  EXPECT_EQ(out.find('>'), std::string::npos);
  EXPECT_EQ(out, R"({"a":"\u003c/script\u003e\u003c!--\u003cb\u003e\u0026"})");
  EXPECT_EQ(script_safe_json("\"\xE2\x80\xA8\""), "\"\\u2028\"");
}

TEST(CsvField, QuotesWhenNeededAndDisarmsFormulas) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(csv_field("+1"), "'+1");
  EXPECT_EQ(csv_field("@SUM(A1)"), "'@SUM(A1)");
}

TEST(Sha256, MatchesTheStandardVectors) {
  EXPECT_EQ(to_hex(sha256("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(to_hex(sha256("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(to_hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(to_hex(sha256(std::string(1000000, 'a'))),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  EXPECT_EQ(to_base64(sha256("abc")), "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
  EXPECT_EQ(to_hex(sha256("abc"), 4), "ba7816bf");
}

}  // namespace
