// A finding: what a rule reports, as a compact record of ids and typed arguments, and the sink it goes to.
//
// A rule does not write sentences. It names one of the messages its metadata declares and passes that
// message's arguments as typed values (dates, months, amounts, counts, rows of the dataset); the report
// renders the sentence in its own language when it is written, from the rule's formats. A run with
// millions of findings so holds no text it does not print (as clang's diagnostics: an id and arguments).
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "kiemtra/dataset.hpp"
#include "kiemtra/date.hpp"
#include "kiemtra/text_view.hpp"
#include "kiemtra/version.hpp"

KIEMTRA_NAMESPACE_BEGIN

enum class Severity : std::uint8_t { info = 0, warning = 1, error = 2 };

inline std::string_view code(Severity s) {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "?";
}

/// What a finding is about.
enum class SubjectKind : std::uint8_t { organization, member, candidate, payment, committee_seat, transfer, event, row };

inline std::string_view code(SubjectKind k) {
  switch (k) {
    case SubjectKind::organization: return "organization";
    case SubjectKind::member: return "member";
    case SubjectKind::candidate: return "candidate";
    case SubjectKind::payment: return "payment";
    case SubjectKind::committee_seat: return "committee_seat";
    case SubjectKind::transfer: return "transfer";
    case SubjectKind::event: return "event";
    case SubjectKind::row: return "row";
  }
  return "?";
}

/// One message a rule may emit: its key, the names of its arguments in the order `say` passes them, and its
/// format in Vietnamese and English.
///
/// A format is text with placeholders: `{name}` is the argument's value as the language writes it (a date
/// 05/02/2024 or 2024-02-05, an amount 1.250.000 đ or 1,250,000 VND, a member "Đảng viên Nguyễn Văn An (DV01)"
/// or "Member Nguyễn Văn An (DV01)"); `{name:one|other}` is `one` when the integer argument is 1, else
/// `other` (English plurals: "{days} {days:day|days}"); `{{` and `}}` are braces. Every argument whose name
/// does not start with '_' is also the finding's evidence, in a neutral form (ISO dates, plain numbers, ids);
/// one declared with a trailing '?' ("card_issued_on?") is left out of the evidence when it is empty (a
/// date that is not valid, an empty text); formats name it without the '?'.
struct MessageSpec {
  std::string key;
  std::vector<std::string> args;
  std::string vi;
  std::string en;
};

/// A typed argument of a message. Text is copied when the finding is emitted; rows are rendered from the
/// dataset when the report is written.
struct Arg {
  enum class Type : std::uint8_t {
    integer,       ///< a count or a number of days: 12
    number,        ///< a decimal with `precision` digits after the point: 95.3
    date,          ///< 05/02/2024 (vi) / 2024-02-05 (en); "" when not valid
    month,         ///< 02/2024 (vi) / 2024-02 (en)
    money,         ///< 1.250.000 đ (vi) / 1,250,000 VND (en); evidence: the plain amount
    text,          ///< the same text in both languages (a value from the data)
    phrase,        ///< a text per language
    member,        ///< a member row: "Đảng viên Nguyễn Văn An (DV01)" / "Member Nguyễn Văn An (DV01)"; evidence: its id
    member_name,   ///< a member row: "Nguyễn Văn An (DV01)" in both languages; evidence: its id
    organization,  ///< an organization row: "Chi bộ 1 (CB01, Chi bộ cơ sở)" / "Chi bộ 1 (CB01, grassroots cell)"
    candidate,     ///< a candidate row: "Hồ sơ kết nạp Nguyễn Văn An (UV01)" / "The admission file of Nguyễn Văn An (UV01)"
  };
  Type type = Type::integer;
  std::uint8_t precision = 0;
  std::int64_t i = 0;  ///< integer, money, date (days), month (index), row
  double d = 0;        ///< number
  std::string_view vi, en;  ///< text (vi only), phrase

  Arg() = default;
  explicit Arg(Type t) : type(t) {}
  Arg(int v) : i(v) {}
  Arg(long v) : i(v) {}
  Arg(long long v) : i(v) {}
  Arg(unsigned v) : i(v) {}
  Arg(unsigned long v) : i(static_cast<std::int64_t>(v)) {}
  Arg(unsigned long long v) : i(static_cast<std::int64_t>(v)) {}
  Arg(Date v) : type(Type::date), i(v.days) {}
  Arg(Month v) : type(Type::month), i(v.index) {}
  Arg(std::string_view v) : type(Type::text), vi(v) {}
  Arg(const std::string& v) : type(Type::text), vi(v) {}
  Arg(const char* v) : type(Type::text), vi(v) {}
  Arg(TextView v) : type(Type::text), vi(v) {}
  Arg(bool) = delete;  ///< say what the flag means: phrase("có", "yes") or text("true")

};

/// An amount of money in đồng.
inline Arg money(std::int64_t v) {
  Arg a(Arg::Type::money);
  a.i = v;
  return a;
}
/// A decimal with `precision` digits after the point.
inline Arg number(double v, int precision) {
  Arg a(Arg::Type::number);
  a.d = v;
  a.precision = static_cast<std::uint8_t>(precision < 0 ? 0 : precision > 12 ? 12 : precision);
  return a;
}
/// Text that differs by language ("(cùng với đoàn thanh niên)" / "(besides the Youth Union)").
inline Arg phrase(std::string_view vi, std::string_view en) {
  Arg a(Arg::Type::phrase);
  a.vi = vi;
  a.en = en;
  return a;
}
/// A member row, named as a sentence starts: "Đảng viên Nguyễn Văn An (DV01)" / "Member Nguyễn Văn An (DV01)".
inline Arg member(std::uint32_t row) {
  Arg a(Arg::Type::member);
  a.i = row;
  return a;
}
/// A member row by name and id: "Nguyễn Văn An (DV01)".
inline Arg member_name(std::uint32_t row) {
  Arg a(Arg::Type::member_name);
  a.i = row;
  return a;
}
/// An organization row: "Chi bộ Thôn 1 (CB01, Chi bộ cơ sở)" / "Chi bộ Thôn 1 (CB01, grassroots cell)".
inline Arg organization(std::uint32_t row) {
  Arg a(Arg::Type::organization);
  a.i = row;
  return a;
}

/// A candidate's admission file, as a sentence starts: "Hồ sơ kết nạp Nguyễn Văn An (UV01)" / "The admission
/// file of Nguyễn Văn An (UV01)".
inline Arg candidate(std::uint32_t row) {
  Arg a(Arg::Type::candidate);
  a.i = row;
  return a;
}

/// The most arguments one message takes.
inline constexpr std::size_t kMaxArgs = 16;

/// One finding, as a rule emits it. Start from a builder of kiemtra/builders.hpp (about_member,
/// about_payment ...), then `say` which message and with which arguments:
///
///     out.emit(about_payment(ctx, row, p).say("late", {p.period, p.paid_on, deadline, days_late}));
///
/// The engine sets the rule id and the configured severity; the sink copies what it keeps, so a Finding
/// may point at the rule's own buffers — but only while they live: text arguments and names are views, so a
/// temporary std::string passed to `say` must be emitted in the same statement
/// (`out.emit(f.say("k", {fmt::format(...)}))`), not in the next one.
struct Finding {
  SubjectKind subject_kind = SubjectKind::organization;
  std::uint32_t subject = kNone;  ///< row in the subject's table (payment: the member's row; row: kNone)
  std::uint32_t org = kNone;      ///< organization row it belongs to; kNone: the dataset root
  Month month;                    ///< a payment's month
  TableId table = TableId::organizations;  ///< where the finding is in a file: table, line, column (0: none)
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint8_t edition = 0;       ///< index in the rule's effective editions: the citation
  std::int8_t severity = -1;      ///< -1: the rule's configured severity; else a Severity for this finding only
  std::string_view name;          ///< the subject's name when it is not a row of a table (a row's key)
  std::string_view discriminator; ///< what tells apart two findings of one rule on one subject (a month, a term)
  /// A row finding's subject in the data's terms ("members/DV01", "dues/#3f9c…", a missing id): what its
  /// identity across runs is made of, so that re-sorting a file does not make it a new finding. Empty: the
  /// subject is its file and line, which changes whenever rows move (see docs/nightly.md).
  std::string_view key;
  std::string_view message;       ///< key of one of the rule's MessageSpecs
  std::uint8_t nargs = 0;
  std::array<Arg, kMaxArgs> args{};

  /// The message and its arguments, in the order its MessageSpec names them.
  Finding& say(std::string_view key, std::initializer_list<Arg> values) {
    if (values.size() > kMaxArgs) throw std::logic_error("a message takes at most 16 arguments");
    message = key;
    nargs = 0;
    for (const Arg& a : values) args[nargs++] = a;
    return *this;
  }
  /// This finding's severity, when the rule decides it per finding (the profile's setting still wins).
  Finding& with_severity(Severity s) {
    severity = static_cast<std::int8_t>(s);
    return *this;
  }
  Finding& with_discriminator(std::string_view d) {
    discriminator = d;
    return *this;
  }
  /// The subject's key in the data's terms, for a finding about a row (see `key`).
  Finding& keyed(std::string_view k) {
    key = k;
    return *this;
  }
  /// The place in a file the finding is about (the row's first line when it spans several).
  Finding& at(TableId t, std::uint32_t at_line, std::uint32_t at_column = 0) {
    table = t;
    line = at_line;
    column = at_column;
    return *this;
  }
};

/// Receives findings from a rule. Implemented by the engine; `emit` throws std::logic_error when the
/// message is not one the rule declares or its arguments do not match, which fails the rule.
class FindingSink {
 public:
  virtual ~FindingSink() = default;
  virtual void emit(const Finding& finding) = 0;
};

KIEMTRA_NAMESPACE_END
