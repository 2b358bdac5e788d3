// The findings store: records, arguments and copied text; checks what a rule (or a child process) hands in.
#include "engine/findings.hpp"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <stdexcept>

#include "loader/message_format.hpp"

namespace kiemtra::core {

namespace {

/// The number of rows of the table a row-valued argument or subject names.
std::size_t rows_of(const Dataset& d, Arg::Type t) {
  switch (t) {
    case Arg::Type::member:
    case Arg::Type::member_name: return d.members.size();
    case Arg::Type::organization: return d.organizations.size();
    case Arg::Type::candidate: return d.candidates.size();
    default: return 0;
  }
}

std::size_t subject_rows(const Dataset& d, SubjectKind k) {
  switch (k) {
    case SubjectKind::organization: return d.organizations.size();
    case SubjectKind::member:
    case SubjectKind::payment: return d.members.size();
    case SubjectKind::candidate: return d.candidates.size();
    case SubjectKind::committee_seat: return d.committees.size();
    case SubjectKind::transfer: return d.transfers.size();
    case SubjectKind::event: return d.events.size();
    case SubjectKind::row: return 0;
  }
  return 0;
}

bool has_row(const Arg::Type t) {
  return t == Arg::Type::member || t == Arg::Type::member_name || t == Arg::Type::organization ||
         t == Arg::Type::candidate;
}

}  // namespace

std::uint16_t Findings::add_rule(RuleRef rule) {
  if (rules_.size() >= 0xFFFF) throw std::length_error("too many rules");
  if (!rule.compiled) rule.compiled = std::make_shared<const CompiledRule>(compile_messages(*rule.meta));
  rules_.push_back(std::move(rule));
  return static_cast<std::uint16_t>(rules_.size() - 1);
}

int Findings::rule_index(std::string_view id) const {
  for (std::size_t i = 0; i < rules_.size(); ++i)
    if (rules_[i].id == id) return static_cast<int>(i);
  return -1;
}

std::uint32_t Findings::put_raw(std::string_view s) {
  if (pool_.size() + s.size() + 4 > 0xFFFFFFF0u) throw std::length_error("the findings' text passed 4 GB");
  const auto at = static_cast<std::uint32_t>(pool_.size());
  pool_.append(s.data(), s.size());
  return at;
}

std::uint32_t Findings::put_text(std::string_view s) {
  if (pool_.size() + s.size() + 4 > 0xFFFFFFF0u) throw std::length_error("the findings' text passed 4 GB");
  const auto at = static_cast<std::uint32_t>(pool_.size());
  const auto n = static_cast<std::uint32_t>(s.size());
  char len[4];
  std::memcpy(len, &n, 4);
  pool_.append(len, 4);
  pool_.append(s.data(), s.size());
  return at;
}

std::string_view Findings::text(std::uint32_t offset) const {
  if (offset == kNoText || offset + 4 > pool_.size()) return {};
  std::uint32_t n = 0;
  std::memcpy(&n, pool_.data() + offset, 4);
  if (offset + 4 + n > pool_.size()) return {};
  return {pool_.data() + offset + 4, n};
}

void Findings::add(std::uint16_t rule, const Finding& f, Severity severity, std::string_view where) {
  const CompiledRule& c = *rules_.at(rule).compiled;
  const int message = c.find(f.message);
  if (message < 0)
    throw std::logic_error("message '" + std::string(f.message) + "' is not declared in the metadata of " +
                           rules_[rule].id);
  const CompiledMessage& m = c.messages[static_cast<std::size_t>(message)];
  if (f.nargs != m.names.size())
    throw std::logic_error("message '" + m.key + "' of " + rules_[rule].id + " takes " +
                           std::to_string(m.names.size()) + " arguments, the rule passed " + std::to_string(f.nargs));
  if (f.subject_kind != SubjectKind::row && data_ && f.subject != kNone &&
      f.subject >= subject_rows(*data_, f.subject_kind))
    throw std::logic_error("the subject row of a finding of " + rules_[rule].id + " does not exist");
  if (args_.size() + f.nargs > 0xFFFFFFF0u) throw std::length_error("too many finding arguments");

  FindingRecord r;
  r.org = data_ && f.org != kNone && f.org >= data_->organizations.size() ? kNone : f.org;
  r.subject = f.subject;
  r.month = f.month.index;
  r.line = f.line;
  r.column = f.column;
  r.table = f.table;
  r.rule = rule;
  r.severity = f.severity >= 0 && f.severity <= 2 ? static_cast<Severity>(f.severity) : severity;
  r.kind = f.subject_kind;
  r.message = static_cast<std::uint8_t>(message);
  r.edition = f.edition;
  r.nargs = f.nargs;
  r.args = static_cast<std::uint32_t>(args_.size());
  if (!f.name.empty()) r.name = put_text(f.name);
  if (!f.discriminator.empty()) r.discriminator = put_text(f.discriminator);
  if (!where.empty()) r.where = put_text(where);
  if (!f.key.empty()) r.key = put_text(f.key);
  for (std::size_t i = 0; i < f.nargs; ++i) {
    const Arg& a = f.args[i];
    ArgValue s;
    s.type = a.type;
    s.precision = a.precision;
    switch (a.type) {
      case Arg::Type::number: std::memcpy(&s.value, &a.d, sizeof a.d); break;
      case Arg::Type::text:
        s.len = static_cast<std::uint32_t>(a.vi.size());
        s.value = put_raw(a.vi);
        break;
      case Arg::Type::phrase:
        if (a.en.size() > kMaxPhraseBytes)
          throw std::logic_error("argument '" + m.names[i] + "' of a finding of " + rules_[rule].id +
                                 " is a phrase longer than 65,535 bytes in English");
        s.len = static_cast<std::uint32_t>(a.vi.size());
        s.len2 = static_cast<std::uint32_t>(a.en.size());
        s.value = put_raw(a.vi);
        put_raw(a.en);
        break;
      default:
        if (has_row(a.type) && data_ && (a.i < 0 || static_cast<std::size_t>(a.i) >= rows_of(*data_, a.type)))
          throw std::logic_error("argument '" + m.names[i] + "' of a finding of " + rules_[rule].id +
                                 " names a row that does not exist");
        s.value = a.i;
    }
    args_.push_back(StoredArg::make(s, pool_));
  }
  records_.push_back(r);
}

void Findings::append(Findings&& other) {
  if (other.records_.empty()) return;
  append_raw(other.records_, other.args_, other.pool_);
}

void Findings::append_raw(std::span<const FindingRecord> records, std::span<const StoredArg> args,
                          std::string_view pool) {
  // Everything is checked before anything is kept: these may come from a child process that went wrong.
  const auto fail = [](const char* what) { throw std::runtime_error(std::string("malformed findings: ") + what); };
  const auto text_ok = [&](std::uint32_t at) {
    if (at == kNoText) return true;
    if (static_cast<std::size_t>(at) + 4 > pool.size()) return false;
    std::uint32_t n = 0;
    std::memcpy(&n, pool.data() + at, 4);
    return static_cast<std::size_t>(at) + 4 + n <= pool.size();
  };
  for (const FindingRecord& r : records) {
    if (r.rule >= rules_.size()) fail("rule");
    const CompiledRule& c = *rules_[r.rule].compiled;
    if (r.message >= c.messages.size() || r.nargs != c.messages[r.message].names.size()) fail("message");
    if (static_cast<std::size_t>(r.args) + r.nargs > args.size()) fail("arguments");
    if (static_cast<std::uint8_t>(r.severity) > 2 || static_cast<std::uint8_t>(r.kind) > 7 ||
        static_cast<std::size_t>(r.table) >= kTableCount)
      fail("enumeration");
    if (data_ && r.org != kNone && r.org >= data_->organizations.size()) fail("organization");
    if (data_ && r.kind != SubjectKind::row && r.subject != kNone && r.subject >= subject_rows(*data_, r.kind))
      fail("subject");
    if (!text_ok(r.name) || !text_ok(r.discriminator) || !text_ok(r.where) || !text_ok(r.key)) fail("text");
  }
  for (const StoredArg& stored : args) {
    if (!stored.valid(pool)) fail("argument");
    const ArgValue a = stored.get(pool);
    if (has_row(a.type) && data_ && (a.value < 0 || static_cast<std::size_t>(a.value) >= rows_of(*data_, a.type)))
      fail("argument row");
  }
  if (pool_.size() + pool.size() > 0xFFFFFFF0u) throw std::length_error("the findings' text passed 4 GB");
  const auto pool_base = static_cast<std::uint32_t>(pool_.size());
  const auto args_base = static_cast<std::uint32_t>(args_.size());
  if (!pool.empty()) pool_.append(pool.data(), pool.size());
  args_.reserve_more(args.size());
  for (const StoredArg a : args) args_.push_back(a.rebased(pool_base));
  records_.reserve_more(records.size());
  for (FindingRecord r : records) {
    r.args += args_base;
    if (r.name != kNoText) r.name += pool_base;
    if (r.discriminator != kNoText) r.discriminator += pool_base;
    if (r.where != kNoText) r.where += pool_base;
    if (r.key != kNoText) r.key += pool_base;
    records_.push_back(r);
  }
}

void Findings::set_severity(std::uint16_t rule, Severity s) {
  for (FindingRecord& r : records_)
    if (r.rule == rule) r.severity = s;
}

void Findings::clear_findings() {
  // Released, not kept: a merged job's memory is given back before the next one is merged.
  records_.release();
  args_.release();
  std::string().swap(pool_);
}

void Findings::sort() {
  std::vector<std::uint32_t> rank(rules_.size());
  {
    std::vector<std::uint32_t> by_id(rules_.size());
    std::iota(by_id.begin(), by_id.end(), 0u);
    std::sort(by_id.begin(), by_id.end(), [&](std::uint32_t a, std::uint32_t b) { return rules_[a].id < rules_[b].id; });
    for (std::uint32_t i = 0; i < by_id.size(); ++i) rank[by_id[i]] = i;
  }
  const auto position = [&](std::uint32_t org) -> std::uint32_t {
    if (!data_ || org == kNone || org >= data_->tree.position.size()) return 0;
    return data_->tree.position[org];
  };
  // The order's integer keys packed in two words a finding, sorted with the finding's index: 20 bytes a
  // finding where a stable sort of the records would copy all of them (68 bytes each, 140 MB at the nation,
  // in memory touched for the first time). The discriminator's text only breaks the rare remaining ties, and
  // the index keeps the order stable.
  struct Key {
    std::uint64_t first;   // organization position, severity (highest first), rule rank, subject kind
    std::uint64_t second;  // subject, month
    std::uint32_t index;
  };
  const std::size_t n = records_.size();
  std::vector<Key> keys(n);
  for (std::size_t i = 0; i < n; ++i) {
    const FindingRecord& r = records_[i];
    keys[i].first = static_cast<std::uint64_t>(position(r.org)) << 32 |
                    static_cast<std::uint64_t>(3 - static_cast<unsigned>(r.severity)) << 30 |
                    static_cast<std::uint64_t>(rank[r.rule]) << 8 | static_cast<std::uint64_t>(r.kind);
    keys[i].second = static_cast<std::uint64_t>(r.subject) << 32 |
                     (static_cast<std::uint32_t>(r.month) ^ 0x80000000u);  // kNone (the least int) first
    keys[i].index = static_cast<std::uint32_t>(i);
  }
  std::sort(keys.begin(), keys.end(), [&](const Key& x, const Key& y) {
    if (x.first != y.first) return x.first < y.first;
    if (x.second != y.second) return x.second < y.second;
    const FindingRecord& a = records_[x.index];
    const FindingRecord& b = records_[y.index];
    if (a.line != b.line) return a.line < b.line;
    if (a.column != b.column) return a.column < b.column;
    if (a.message != b.message) return a.message < b.message;
    if (a.discriminator != b.discriminator) {
      const std::string_view ta = text(a.discriminator), tb = text(b.discriminator);
      if (ta != tb) return ta < tb;
    }
    return x.index < y.index;
  });
  // Records moved into place cycle by cycle: source[j] is the record position j takes, and is set to j once
  // that is done.
  std::vector<std::uint32_t> source(n);
  for (std::size_t i = 0; i < n; ++i) source[i] = keys[i].index;
  std::vector<Key>().swap(keys);
  for (std::size_t i = 0; i < n; ++i) {
    if (source[i] == i) continue;
    const FindingRecord held = records_[i];
    std::size_t j = i;
    for (;;) {
      const std::size_t k = source[j];
      source[j] = static_cast<std::uint32_t>(j);
      if (k == i) {
        records_[j] = held;
        break;
      }
      records_[j] = records_[k];
      j = k;
    }
  }
}

}  // namespace kiemtra::core
