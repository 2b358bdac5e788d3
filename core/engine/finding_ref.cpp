// Reading a stored finding: its subject, location and citation, and its message rendered in one language.
#include <fmt/format.h>

#include <cstring>

#include "engine/db_location.hpp"
#include "engine/findings.hpp"
#include "kiemtra/wording.hpp"
#include "util/excel_cell.hpp"
#include "util/numbers.hpp"

namespace kiemtra::core {

namespace {

std::string_view file_name(std::string_view path) {
  const auto slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

const std::string& table_file(const Dataset& d, TableId t) {
  switch (t) {
    case TableId::organizations: return d.organizations.file;
    case TableId::members: return d.members.file;
    case TableId::dues: return d.dues.file;
    case TableId::candidates: return d.candidates.file;
    case TableId::committees: return d.committees.file;
    case TableId::transfers: return d.transfers.file;
    case TableId::events: return d.events.file;
    case TableId::ratings: return d.ratings.file;
    case TableId::meetings: return d.meetings.file;
    case TableId::attendance: return d.attendance.file;
  }
  return d.organizations.file;
}

/// "1.250.000" / "1,250,000".
void group_digits(std::int64_t v, char sep, std::string& out) {
  const auto digits = fmt::format_int(v < 0 ? -static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v));
  const std::string_view s(digits.data(), digits.size());
  if (v < 0) out += '-';
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && (s.size() - i) % 3 == 0) out += sep;
    out += s[i];
  }
}

void append_int(std::int64_t v, std::string& out) {
  const auto f = fmt::format_int(v);
  out.append(f.data(), f.size());
}

// A table read from a workbook's sheet ("…/members.xlsx:Danh sách", as the reader names it) is located as Excel
// names a cell, "members.xlsx:Danh sách!H6", or a row, "members.xlsx:Danh sách!6:6". Excel forbids ':' and '/'
// in sheet names, so the first ".xlsx:" ends the workbook's path. False for any other file.
bool append_cell(std::string_view file, std::uint32_t line, std::uint32_t column, std::string& out) {
  const std::size_t dot = file.find(".xlsx:");
  if (dot == std::string_view::npos) return false;
  out += file_name(file.substr(0, dot + 5));
  out += file.substr(dot + 5);
  out += '!';
  if (column == 0) {
    append_int(line, out);
    out += ':';
    append_int(line, out);
    return true;
  }
  append_excel_column(column, out);
  append_int(line, out);
  return true;
}

void append_2(int v, std::string& out) {
  out += static_cast<char>('0' + v / 10 % 10);
  out += static_cast<char>('0' + v % 10);
}
void append_4(int v, std::string& out) {
  if (v < 0 || v > 9999) {
    append_int(v, out);
    return;
  }
  append_2(v / 100, out);
  append_2(v % 100, out);
}

void append_date(Date d, bool vi, std::string& out) {
  if (!d.valid()) return;
  const Ymd v = d.ymd();
  if (vi) {
    append_2(v.day, out);
    out += '/';
    append_2(v.month, out);
    out += '/';
    append_4(v.year, out);
  } else {
    append_4(v.year, out);
    out += '-';
    append_2(v.month, out);
    out += '-';
    append_2(v.day, out);
  }
}

void append_month(Month m, bool vi, std::string& out) {
  if (!m.valid()) return;
  if (vi) {
    append_2(m.month(), out);
    out += '/';
    append_4(m.year(), out);
  } else {
    append_4(m.year(), out);
    out += '-';
    append_2(m.month(), out);
  }
}

double number_of(const ArgValue& a) {
  double d = 0;
  std::memcpy(&d, &a.value, sizeof d);
  return d;
}

}  // namespace

FindingRef::FindingRef(const Findings& store, std::size_t index)
    : s_(&store), r_(&store.records()[index]), index_(index) {}

const RuleRef& FindingRef::rule() const { return s_->rules()[r_->rule]; }

const Dataset& FindingRef::data() const { return s_->data(); }

std::string FindingRef::fingerprint() const {
  std::string out;
  append_fingerprint(out);
  return out;
}

void FindingRef::append_fingerprint(std::string& out) const {
  static const char* const kHex = "0123456789abcdef";
  char hex[2 * sizeof r_->fingerprint];
  for (std::size_t i = 0; i < r_->fingerprint.size(); ++i) {
    hex[2 * i] = kHex[r_->fingerprint[i] >> 4];
    hex[2 * i + 1] = kHex[r_->fingerprint[i] & 15];
  }
  out.append(hex, sizeof hex);
}

const std::string& FindingRef::message_key() const { return s_->compiled(r_->rule).messages[r_->message].key; }

std::string FindingRef::subject_id() const {
  std::string out;
  append_subject_id(out);
  return out;
}

void FindingRef::append_subject_id(std::string& out) const {
  const Dataset& d = s_->data();
  const std::uint32_t row = r_->subject;
  switch (r_->kind) {
    case SubjectKind::organization:
      if (row < d.organizations.size()) out += d.organizations[row].id;
      break;
    case SubjectKind::member:
      if (row < d.members.size()) out += d.members[row].id;
      break;
    case SubjectKind::candidate:
      if (row < d.candidates.size()) out += d.candidates[row].id;
      break;
    case SubjectKind::payment:
      if (row < d.members.size()) out += d.members[row].id;
      out += '/';
      append_month(Month{r_->month}, false, out);
      break;
    case SubjectKind::committee_seat:
      if (row < d.committees.size()) out += d.committees[row].member_code;
      break;
    case SubjectKind::transfer:
      if (row < d.transfers.size()) out += d.transfers[row].member_code;
      break;
    case SubjectKind::event:
      if (row < d.events.size())
        out += d.events[row].member_code.empty() ? d.events[row].org_code : d.events[row].member_code;
      break;
    case SubjectKind::row:
      if (r_->key != kNoText) {
        out += s_->text(r_->key);
      } else {
        out += file_name(table_file(d, r_->table));
        out += ':';
        append_int(r_->line, out);
      }
      break;
  }
}

std::string FindingRef::legacy_row_subject() const {
  if (r_->kind != SubjectKind::row) return {};
  std::string out(file_name(table_file(s_->data(), r_->table)));
  out += ':';
  append_int(r_->line, out);
  return out;
}

std::string FindingRef::subject_name() const {
  std::string out;
  append_subject_name(out);
  return out;
}

void FindingRef::append_subject_name(std::string& out) const {
  if (r_->name != kNoText) {
    out += s_->text(r_->name);
    return;
  }
  const Dataset& d = s_->data();
  const std::uint32_t row = r_->subject;
  switch (r_->kind) {
    case SubjectKind::organization:
      if (row < d.organizations.size()) out += d.organizations[row].name;
      return;
    case SubjectKind::member:
    case SubjectKind::payment:
      if (row < d.members.size()) out += d.members[row].full_name;
      return;
    case SubjectKind::candidate:
      if (row < d.candidates.size()) out += d.candidates[row].full_name;
      return;
    case SubjectKind::committee_seat:
      if (row < d.committees.size() && d.committees[row].member < d.members.size())
        out += d.members[d.committees[row].member].full_name;
      return;
    case SubjectKind::transfer:
      if (row < d.transfers.size()) out += d.transfers[row].full_name;
      return;
    case SubjectKind::event:
      if (row < d.events.size() && d.events[row].member < d.members.size())
        out += d.members[d.events[row].member].full_name;
      return;
    case SubjectKind::row: return;
  }
}

std::string FindingRef::discriminator() const {
  if (r_->discriminator != kNoText) return std::string(s_->text(r_->discriminator));
  const Dataset& d = s_->data();
  // The subject kinds whose id alone does not tell two findings apart carry their own.
  if (r_->kind == SubjectKind::payment) {
    std::string out;
    append_month(Month{r_->month}, false, out);
    return out;
  }
  if (r_->kind == SubjectKind::committee_seat && r_->subject < d.committees.size()) {
    const CommitteeSeat& s = d.committees[r_->subject];
    return std::string(s.term) + "/" + std::string(code(s.role));
  }
  return {};
}

std::string FindingRef::location() const {
  std::string out;
  append_location(out);
  return out;
}

void FindingRef::append_location(std::string& out) const {
  if (r_->where != kNoText) {
    out += s_->text(r_->where);
    return;
  }
  if (r_->line == 0) return;
  const std::string& file = table_file(s_->data(), r_->table);
  if (append_cell(file, r_->line, r_->column, out)) return;
  if (append_db_row(s_->data(), r_->table, file, r_->line, out)) return;
  out += file_name(file);
  out += ':';
  append_int(r_->line, out);
  if (r_->column > 0) {
    out += ':';
    append_int(r_->column, out);
  }
}

const Citation& FindingRef::citation() const {
  static const Citation kNoCitation;
  const RuleRef& rule = this->rule();
  const std::vector<Edition>* editions = rule.params ? &rule.params->editions : rule.meta ? &rule.meta->editions : nullptr;
  if (!editions || editions->empty()) return kNoCitation;
  return (*editions)[r_->edition < editions->size() ? r_->edition : editions->size() - 1].citation;
}

namespace {

void render_arg(const Findings& s, const ArgValue& a, bool vi, std::string& out) {
  const Dataset& d = s.data();
  switch (a.type) {
    // Counts and decimals as every report writes them (util/numbers.hpp): 2.774 and 95,3 in Vietnamese,
    // 2,774 and 95.3 in English. The evidence keeps them plain (append_neutral).
    case Arg::Type::integer:
      if (a.value > -1000 && a.value < 1000) append_int(a.value, out);
      else group_digits(a.value, vi ? '.' : ',', out);
      break;
    case Arg::Type::number: out += format_decimal(number_of(a), static_cast<int>(a.precision), vi ? "vi" : "en"); break;
    case Arg::Type::date: append_date(Date{static_cast<std::int32_t>(a.value)}, vi, out); break;
    case Arg::Type::month: append_month(Month{static_cast<std::int32_t>(a.value)}, vi, out); break;
    case Arg::Type::money:
      group_digits(a.value, vi ? '.' : ',', out);
      out += vi ? " đ" : " VND";
      break;
    case Arg::Type::text: out.append(s.pool(), static_cast<std::size_t>(a.value), a.len); break;
    case Arg::Type::phrase:
      if (vi)
        out.append(s.pool(), static_cast<std::size_t>(a.value), a.len);
      else
        out.append(s.pool(), static_cast<std::size_t>(a.value) + a.len, a.len2);
      break;
    case Arg::Type::member:
    case Arg::Type::member_name: {
      const Member& m = d.members[static_cast<std::size_t>(a.value)];
      if (a.type == Arg::Type::member) out += vi ? "Đảng viên " : "Member ";
      out += m.full_name;
      out += " (";
      out += m.id;
      out += ')';
      break;
    }
    case Arg::Type::organization: {
      const Organization& o = d.organizations[static_cast<std::size_t>(a.value)];
      out += o.name;
      out += " (";
      out += o.id;
      out += ", ";
      out += vi ? label_vi(o.kind) : label_en(o.kind);
      out += ')';
      break;
    }
    case Arg::Type::candidate: {
      const Candidate& c = d.candidates[static_cast<std::size_t>(a.value)];
      out += vi ? "Hồ sơ kết nạp " : "The admission file of ";
      out += c.full_name;
      out += " (";
      out += c.id;
      out += ')';
      break;
    }
  }
}

}  // namespace

/// The evidence form: ISO dates, plain numbers, ids; a phrase in English.
void append_neutral(const Findings& s, const ArgValue& a, std::string& out) {
  const Dataset& d = s.data();
  switch (a.type) {
    case Arg::Type::integer:
    case Arg::Type::money: append_int(a.value, out); break;
    case Arg::Type::number: out += fmt::format("{}", number_of(a)); break;
    case Arg::Type::date: append_date(Date{static_cast<std::int32_t>(a.value)}, false, out); break;
    case Arg::Type::month: append_month(Month{static_cast<std::int32_t>(a.value)}, false, out); break;
    case Arg::Type::text:
    case Arg::Type::phrase: render_arg(s, a, a.type == Arg::Type::text, out); break;
    case Arg::Type::member:
    case Arg::Type::member_name: out += d.members[static_cast<std::size_t>(a.value)].id; break;
    case Arg::Type::organization: out += d.organizations[static_cast<std::size_t>(a.value)].id; break;
    case Arg::Type::candidate: out += d.candidates[static_cast<std::size_t>(a.value)].id; break;
  }
}

void FindingRef::append_message(std::string_view lang, std::string& out) const {
  append_message_json(lang, out, nullptr);
}

namespace {

/// Arguments whose text is digits, separators, dates and the currency: never anything JSON escapes.
bool renders_plain(Arg::Type t) {
  switch (t) {
    case Arg::Type::integer:
    case Arg::Type::number:
    case Arg::Type::date:
    case Arg::Type::month:
    case Arg::Type::money: return true;
    default: return false;
  }
}

}  // namespace

void FindingRef::append_message_json(std::string_view lang, std::string& out, JsonEscape escape) const {
  const bool vi = lang != "en";
  const CompiledMessage& m = s_->compiled(r_->rule).messages[r_->message];
  thread_local std::string text;
  for (const FormatPiece& p : vi ? m.vi : m.en) {
    const ArgValue a = p.arg >= 0 ? s_->arg(r_->args + static_cast<std::size_t>(p.arg)) : ArgValue{};
    if (p.arg < 0 || p.choice) {
      const std::string& literal = p.arg >= 0 && a.value != 1 ? p.other : p.text;
      if (!escape || p.plain) out += literal;
      else escape(literal, out);
    } else if (!escape || renders_plain(a.type)) {
      render_arg(*s_, a, vi, out);
    } else {
      text.clear();
      render_arg(*s_, a, vi, text);
      escape(text, out);
    }
  }
}

void FindingRef::append_evidence_json(std::string& out, JsonEscape escape) const {
  const CompiledMessage& m = s_->compiled(r_->rule).messages[r_->message];
  out += '{';
  bool first = true;
  each_evidence_arg([&](std::size_t i, std::string_view value, Arg::Type type) {
    if (!first) out += ',';
    first = false;
    out += m.json_keys[i];
    out += '"';
    if (renders_plain(type)) out += value;
    else escape(value, out);
    out += '"';
  });
  out += '}';
}

std::string FindingRef::message(std::string_view lang) const {
  std::string out;
  append_message(lang, out);
  return out;
}

std::vector<Evidence> FindingRef::evidence() const {
  std::vector<Evidence> out;
  each_evidence([&](std::string_view k, std::string_view v) { out.push_back({std::string(k), std::string(v)}); });
  return out;
}

}  // namespace kiemtra::core
