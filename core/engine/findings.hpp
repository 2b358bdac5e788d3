// The findings of a run as compact records: ids, a message key and typed arguments, rendered into a
// sentence only when a report writes it, in the report's language.
#pragma once

#include <array>
#include <memory>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/pod_array.hpp"
#include "kiemtra/dataset.hpp"
#include "kiemtra/finding.hpp"
#include "kiemtra/params.hpp"
#include "kiemtra/rule.hpp"
#include "loader/message_format.hpp"

namespace kiemtra::core {

/// A rule whose findings the store holds: what renders them (its messages) and cites them (its editions).
struct RuleRef {
  std::string id;
  std::string plugin;
  const RuleMeta* meta = nullptr;  ///< its messages; must outlive the store
  const Params* params = nullptr;  ///< the run's effective editions (citations); null: the metadata's editions
  /// Its messages parsed; filled by Findings::add_rule when null, and shared by every store the rule's
  /// findings pass through (a job's, a worker's, the run's), so each rule is parsed once a run.
  std::shared_ptr<const CompiledRule> compiled;
};

/// An argument read back from a store: its type and value, or where its text is in the pool.
struct ArgValue {
  std::int64_t value = 0;  ///< integer, money, date days, month index, row; number: the double's bits; text: pool offset
  std::uint32_t len = 0;   ///< text, phrase: bytes of the first text (phrase: vi; en follows it in the pool)
  std::uint32_t len2 = 0;  ///< phrase: bytes of the English text
  Arg::Type type = Arg::Type::integer;
  std::uint8_t precision = 0;
};

/// An argument as stored, in 8 bytes: a nation's findings hold some 13 million (at 16 bytes, 100 MB more of
/// the run's peak). The type is in the top 4 bits; the 60 below hold a value within +-2^59 (integers, money,
/// dates, months, rows), or a text's pool offset and length (28 bits; a phrase's two lengths: 14 bits each).
/// What does not fit (a decimal with its precision, a longer text, a huge integer) is boxed: the pool holds a
/// Box, its texts right after it, and the 60 bits hold the box's offset. Offsets are the only thing a store
/// merging another's pool moves.
class StoredArg {
 public:
  /// A box's bytes in the pool (value 8, lengths 4 + 4, type, precision); its texts follow.
  static constexpr std::size_t kBoxBytes = 24;

  /// `v` as stored; its text (for text and phrase) is already in `pool` at v.value. May box into `pool`.
  static StoredArg make(const ArgValue& v, std::string& pool);
  /// The argument, read through `pool` (whose bounds `valid` checked when it came from elsewhere).
  ArgValue get(std::string_view pool) const;
  /// Whether the argument's text and box lie within `pool` (an argument from another process).
  bool valid(std::string_view pool) const;
  /// The same argument with its pool offset moved by `base` (the pool it referred to appended at `base`).
  StoredArg rebased(std::uint32_t base) const;

 private:
  static constexpr unsigned kPayloadBits = 60;
  static constexpr std::uint64_t kPayloadMask = (std::uint64_t{1} << kPayloadBits) - 1;
  static constexpr std::uint64_t kBoxedTag = 15;
  bool boxed() const { return (bits_ >> kPayloadBits) == kBoxedTag; }
  static StoredArg of(std::uint64_t tag, std::uint64_t payload) {
    StoredArg a;
    a.bits_ = tag << kPayloadBits | (payload & kPayloadMask);
    return a;
  }

  std::uint64_t bits_ = 0;
};
static_assert(sizeof(StoredArg) == 8);

/// The longest English text of a phrase argument a finding may carry (a rule passing a longer one fails).
inline constexpr std::size_t kMaxPhraseBytes = 0xFFFF;

/// A finding against the last run of the same dataset.
enum class Baseline : std::uint8_t { none, fresh, unchanged };  ///< none: no history to compare with

/// "No waiver" for FindingRecord::waiver.
inline constexpr std::uint16_t kNoWaiver = 0xFFFF;

/// "No text" for a record's pool references.
inline constexpr std::uint32_t kNoText = 0xFFFFFFFFu;

/// One finding, 68 bytes plus its arguments: what a rule said, and what the run found out about it.
struct FindingRecord {
  std::array<std::uint8_t, 16> fingerprint{};  ///< its identity across runs (set by the run, see core/run)
  std::uint32_t org = kNone;
  std::uint32_t subject = kNone;
  std::int32_t month = Month::kNone;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint32_t args = 0;  ///< first StoredArg
  std::uint32_t name = kNoText;           ///< pool offset of a length-prefixed text
  std::uint32_t discriminator = kNoText;  ///< pool offset of a length-prefixed text
  std::uint32_t where = kNoText;          ///< a location outside the dataset ("rules/x.yaml:12"), pool offset
  std::uint32_t key = kNoText;            ///< a row finding's subject key (Finding::key), pool offset
  std::uint16_t rule = 0;                 ///< index in Findings::rules
  Severity severity = Severity::error;
  SubjectKind kind = SubjectKind::organization;
  std::uint8_t message = 0;  ///< index in the rule's MessageSpecs
  std::uint8_t edition = 0;  ///< index in the rule's editions
  std::uint8_t nargs = 0;
  TableId table = TableId::organizations;
  Baseline baseline = Baseline::none;  ///< against the last run (set by the run with a history)
  std::uint16_t waiver = kNoWaiver;    ///< index of the configuration's waiver that covers it
};

/// A figure that makes a finding true, as the reports show it ("official_members" = "2").
struct Evidence {
  std::string key;
  std::string value;
};

class Findings;

/// An argument in its evidence form (ISO dates, plain numbers, ids), appended to `out`.
void append_neutral(const Findings& s, const ArgValue& a, std::string& out);

/// One finding of a store, read through its rule's formats and the dataset. Cheap to copy.
class FindingRef {
 public:
  FindingRef(const Findings& store, std::size_t index);

  const FindingRecord& record() const { return *r_; }
  std::size_t index() const { return index_; }
  const RuleRef& rule() const;
  const Dataset& data() const;
  const std::string& rule_id() const { return rule().id; }
  Severity severity() const { return r_->severity; }
  std::uint32_t org() const { return r_->org; }
  SubjectKind subject_kind() const { return r_->kind; }
  /// What the finding is about, in the data's terms: "DV01", "DV01/2024-02", "members/DV01", "dues/#3f9c…" ...;
  /// a row finding without a key (a plugin that sets none): its "file:line".
  std::string subject_id() const;
  /// A row finding's subject as it was identified before keys ("members.csv:17"): the identity stored by
  /// history files of earlier versions, matched once after an upgrade (see run/compare_history.cpp). "" for
  /// other kinds.
  std::string legacy_row_subject() const;
  /// Its name: the member's, the organization's ..., or "".
  std::string subject_name() const;
  /// The same, appended to `out` (no allocation of its own).
  void append_subject_id(std::string& out) const;
  void append_subject_name(std::string& out) const;
  /// Calls fn(key, value) for each evidence entry, `value` valid during the call only.
  template <class Fn>
  void each_evidence(Fn&& fn) const;
  /// The message in "vi" or "en".
  std::string message(std::string_view lang) const;
  void append_message(std::string_view lang, std::string& out) const;
  /// Escapes text for the inside of a JSON string (report/json_writer.hpp's append_json_escaped).
  using JsonEscape = void (*)(std::string_view text, std::string& out);
  /// The message as the inside of a JSON string: only text that may need it goes through `escape` (null: none
  /// does, the message as it reads; append_message).
  void append_message_json(std::string_view lang, std::string& out, JsonEscape escape) const;
  /// The evidence as a JSON object, `{"name":"value",...}`.
  void append_evidence_json(std::string& out, JsonEscape escape) const;
  std::string message_vi() const { return message("vi"); }
  std::string message_en() const { return message("en"); }
  std::vector<Evidence> evidence() const;
  const Citation& citation() const;
  std::string discriminator() const;
  /// "members.csv:12:3", "dues.csv:40", or "".
  std::string location() const;
  const std::string& message_key() const;
  /// 32 hex digits.
  std::string fingerprint() const;
  void append_fingerprint(std::string& out) const;
  void append_location(std::string& out) const;
  Baseline baseline() const { return r_->baseline; }
  /// Index of the waiver covering it in the configuration's waivers, or kNoWaiver.
  std::uint16_t waiver() const { return r_->waiver; }
  bool waived() const { return r_->waiver != kNoWaiver; }

 private:
  /// Calls fn(argument index, value, its type) for each evidence entry; each_evidence and the JSON evidence share it.
  template <class Fn>
  void each_evidence_arg(Fn&& fn) const;

  const Findings* s_;
  const FindingRecord* r_;
  std::size_t index_;
};

/// The findings of a run: records, their arguments and the text they copied, and the rules they belong to.
class Findings {
 public:
  Findings() = default;
  explicit Findings(const Dataset& data) : data_(&data) {}

  const Dataset& data() const { return *data_; }
  void set_data(const Dataset& data) { data_ = &data; }

  /// Registers a rule; the index its findings are recorded under.
  std::uint16_t add_rule(RuleRef rule);
  const std::vector<RuleRef>& rules() const { return rules_; }
  /// The index of rule `id`, or -1.
  int rule_index(std::string_view id) const;

  /// Records one finding of rule `rule`; `severity` unless the finding sets its own. Throws std::logic_error
  /// when the message is not one the rule declares or its arguments are not the declared ones.
  void add(std::uint16_t rule, const Finding& f, Severity severity, std::string_view where = {});
  /// Moves every finding of `other` (whose rules must be registered here under the same indexes) into this.
  void append(Findings&& other);
  /// Records as they come from another store, with its arguments and pool (a child process's findings).
  void append_raw(std::span<const FindingRecord> records, std::span<const StoredArg> args, std::string_view pool);

  std::size_t size() const { return records_.size(); }
  void reserve(std::size_t n) { records_.reserve(n); }
  bool empty() const { return records_.empty(); }
  FindingRef operator[](std::size_t i) const { return FindingRef(*this, i); }
  const PodArray<FindingRecord>& records() const { return records_; }
  PodArray<FindingRecord>& records() { return records_; }
  const PodArray<StoredArg>& args() const { return args_; }
  /// Argument `i` of the store (a record's first is records()[k].args).
  ArgValue arg(std::size_t i) const { return args_[i].get(pool_); }
  const std::string& pool() const { return pool_; }
  /// Sets every record's severity for rule `rule` (a profile's severity wins over the rule's choice).
  void set_severity(std::uint16_t rule, Severity s);

  /// Text the pool holds at `offset` ("" for kNoText).
  std::string_view text(std::uint32_t offset) const;

  /// Tree order of the organization, then severity (highest first), rule id, subject, location.
  void sort();

  /// Drops every finding, keeping the rules.
  void clear_findings();
  /// The compiled messages of rule `rule`.
  const CompiledRule& compiled(std::uint16_t rule) const { return *rules_[rule].compiled; }

 private:
  std::uint32_t put_text(std::string_view s);
  std::uint32_t put_raw(std::string_view s);

  const Dataset* data_ = nullptr;
  std::vector<RuleRef> rules_;
  PodArray<FindingRecord> records_;
  PodArray<StoredArg> args_;
  std::string pool_;
};

template <class Fn>
void FindingRef::each_evidence_arg(Fn&& fn) const {
  const CompiledMessage& m = s_->compiled(r_->rule).messages[r_->message];
  thread_local std::string value;  // reused: evidence is written for millions of findings
  for (std::size_t i = 0; i < m.names.size(); ++i) {
    if (!m.evidence[i]) continue;
    value.clear();
    const ArgValue a = s_->arg(r_->args + i);
    append_neutral(*s_, a, value);
    if (m.optional[i] && value.empty()) continue;
    fn(i, std::string_view(value), a.type);
  }
}

template <class Fn>
void FindingRef::each_evidence(Fn&& fn) const {
  const CompiledMessage& m = s_->compiled(r_->rule).messages[r_->message];
  each_evidence_arg([&](std::size_t i, std::string_view value, Arg::Type) { fn(std::string_view(m.names[i]), value); });
}

/// Every loop over a store's findings reads like one over a vector.
class FindingIterator {
 public:
  FindingIterator(const Findings& s, std::size_t i) : s_(&s), i_(i) {}
  FindingRef operator*() const { return (*s_)[i_]; }
  FindingIterator& operator++() {
    ++i_;
    return *this;
  }
  bool operator!=(const FindingIterator& o) const { return i_ != o.i_; }
  bool operator==(const FindingIterator& o) const { return i_ == o.i_; }

 private:
  const Findings* s_;
  std::size_t i_;
};
inline FindingIterator begin(const Findings& s) { return {s, 0}; }
inline FindingIterator end(const Findings& s) { return {s, s.size()}; }

}  // namespace kiemtra::core
