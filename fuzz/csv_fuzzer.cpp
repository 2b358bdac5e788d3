// Fuzzes the CSV record parser and every value form a cell may hold (dates, months, money, booleans,
// education, citizen ids, terms, enumeration labels), plus the text helpers the reader runs on cells.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dataset/csv_parser.hpp"
#include "dataset/enum_parse.hpp"
#include "dataset/text.hpp"
#include "dataset/utf8.hpp"
#include "dataset/values.hpp"
#include "fuzz_support.hpp"

using namespace kiemtra;
using namespace kiemtra::core::dataset;

namespace {

void values_of(std::string_view raw) {
  const std::string_view s = trim(raw);
  if (s.empty()) return;  // the parsers take trimmed, non-empty text, as the reader gives them
  Date d;
  Month m;
  std::int64_t money = 0;
  bool b = false;
  std::int8_t edu = 0;
  std::int16_t a = 0, z = 0;
  (void)parse_date(s, d);
  (void)parse_month(s, m);
  (void)parse_money(s, money);
  (void)parse_bool(s, b);
  (void)parse_education(s, edu);
  (void)check_citizen_id(s);
  (void)parse_term(s, a, z);
  OrgKind k;
  Gender g;
  MemberStatus st;
  DuesCategory dc;
  CommitteeRole r;
  TransferDirection td;
  EventKind ek;
  (void)parse_choice(s, k);
  (void)parse_choice(s, g);
  (void)parse_choice(s, st);
  (void)parse_choice(s, dc);
  (void)parse_choice(s, r);
  (void)parse_choice(s, td);
  (void)parse_choice(s, ek);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::as_text(data, size);
  CsvCursor cursor(text.data(), text.data() + text.size());
  std::string scratch;
  TextPos at{};
  const char* from = text.data();
  while (cursor.next()) {
    for (const Cell& c : cursor.cells()) {
      if (c.raw != nullptr && c.raw >= from) {
        at = locate_from(at, from, c.raw);
        from = c.raw;
      }
      values_of(c.text);
      (void)to_nfc(c.text, scratch);
      (void)fold_key(c.text, scratch);
    }
  }
  if (cursor.failure() != CsvFailure::none) (void)locate(text.data(), cursor.failure_at());
  (void)guess_legacy_encoding(text.data(), text.data() + text.size());
  return 0;
}
