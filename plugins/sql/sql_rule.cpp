// Running the query and turning each row into a finding through the SDK's builders.
#include "sql_rule.hpp"

#include <kiemtra/builders.hpp>

#include <fmt/format.h>

#include <stdexcept>
#include <unordered_map>

#include "connection.hpp"

namespace kiemtra::plugins::sql {

namespace {

std::string_view text_at(sqlite3_stmt* s, int col) {
  const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, col));
  return t ? std::string_view(t, static_cast<std::size_t>(sqlite3_column_bytes(s, col))) : std::string_view();
}

Month parse_month(std::string_view s) {
  // 2019-09
  if (s.size() != 7 || s[4] != '-') return {};
  int y = 0, m = 0;
  for (char c : s.substr(0, 4)) {
    if (c < '0' || c > '9') return {};
    y = y * 10 + (c - '0');
  }
  for (char c : s.substr(5)) {
    if (c < '0' || c > '9') return {};
    m = m * 10 + (c - '0');
  }
  return m >= 1 && m <= 12 ? Month::of(y, m) : Month{};
}

/// Turns result rows into findings; throws std::runtime_error naming the rule's file and the row.
class RowReader {
 public:
  RowReader(const RunContext& ctx, const SqlRuleSpec& spec, sqlite3_stmt* s, std::map<std::string, int> cols)
      : ctx_(ctx), spec_(spec), s_(s), cols_(std::move(cols)) {}

  Finding finding(std::int64_t n) {
    n_ = n;
    const SubjectKind kind = spec_.subject ? *spec_.subject : kind_of_row();
    Finding f = subject(kind);
    if (const int c = col(kOrgId); c >= 0 && sqlite3_column_type(s_, c) != SQLITE_NULL) {
      const std::string_view id = text_at(s_, c);
      const std::uint32_t o = ctx_.data.find_org(id);
      if (o == kNone) fail(fmt::format("org_id '{}' không phải tổ chức nào", id), fmt::format("org_id '{}' names no organization", id));
      f.org = o;
    }
    const MessageSpec& m = message();
    f.message = m.key;
    f.nargs = 0;
    const auto types = spec_.arg_types.find(m.key);
    for (const std::string& a : m.args) {
      ArgType t;
      if (types != spec_.arg_types.end())
        if (auto it = types->second.find(a); it != types->second.end()) t = it->second;
      f.args[f.nargs++] = arg(col(a), t);
    }
    return f;
  }

 private:
  int col(const std::string& name) const {
    const auto it = cols_.find(name);
    return it == cols_.end() ? -1 : it->second;
  }

  [[noreturn]] void fail(const std::string& vi, const std::string& en) const {
    throw std::runtime_error(fmt::format("{}:{}:{}: dòng {} của kết quả: {} | result row {}: {}", spec_.file,
                                         spec_.query_at.line, spec_.query_at.column, n_, vi, n_, en));
  }

  SubjectKind kind_of_row() const {
    const std::string_view k = text_at(s_, col(kSubjectKind));
    if (const auto kind = subject_kind_named(k)) return *kind;
    fail(fmt::format("subject_kind '{}' không phải organization, member, candidate, payment, committee_seat, "
                     "transfer hay event",
                     k),
         fmt::format("subject_kind '{}' is not organization, member, candidate, payment, committee_seat, transfer "
                     "or event",
                     k));
  }

  std::uint32_t member_row(std::string_view id) const {
    const std::uint32_t m = ctx_.data.find_member(id);
    if (m == kNone) fail(fmt::format("'{}' không phải đảng viên nào", id), fmt::format("'{}' names no member", id));
    return m;
  }

  /// A committee, transfer or event row: subject_id is its rowid.
  std::uint32_t row_number(std::size_t size) const {
    const int c = col(kSubjectId);
    const std::int64_t r = sqlite3_column_type(s_, c) == SQLITE_INTEGER ? sqlite3_column_int64(s_, c) : -1;
    if (r < 0 || static_cast<std::size_t>(r) >= size)
      fail("subject_id của dòng ủy ban, chuyển sinh hoạt hay sự kiện là rowid của nó",
           "the subject_id of a committee seat, transfer or event is its rowid");
    return static_cast<std::uint32_t>(r);
  }

  Finding subject(SubjectKind kind) {
    const std::string_view id = text_at(s_, col(kSubjectId));
    switch (kind) {
      case SubjectKind::organization: {
        const std::uint32_t o = ctx_.data.find_org(id);
        if (o == kNone)
          fail(fmt::format("'{}' không phải tổ chức nào", id), fmt::format("'{}' names no organization", id));
        return about_org(ctx_, o);
      }
      case SubjectKind::member: return about_member(ctx_, member_row(id));
      case SubjectKind::candidate: {
        if (candidates_.empty())
          for (std::uint32_t i = 0; i < ctx_.data.candidates.size(); ++i) candidates_.emplace(ctx_.data.candidates[i].id, i);
        const auto it = candidates_.find(id);
        if (it == candidates_.end())
          fail(fmt::format("'{}' không phải hồ sơ kết nạp nào", id), fmt::format("'{}' names no candidate", id));
        return about_candidate(ctx_, it->second);
      }
      case SubjectKind::payment: {
        const Month month = col(kMonth) >= 0 ? parse_month(text_at(s_, col(kMonth))) : Month{};
        if (!month.valid())
          fail("phát hiện về đóng đảng phí cần cột month (2019-09)", "a payment finding needs a month column (2019-09)");
        return about_payment(ctx_, member_row(id), month);
      }
      case SubjectKind::committee_seat: return about_seat(ctx_, row_number(ctx_.data.committees.size()));
      case SubjectKind::transfer: return about_transfer(ctx_, row_number(ctx_.data.transfers.size()));
      case SubjectKind::event: return about_event(ctx_, row_number(ctx_.data.events.size()));
      case SubjectKind::row: break;
    }
    fail("loại đối tượng không hỗ trợ", "unsupported subject kind");
  }

  const MessageSpec& message() const {
    const auto& ms = spec_.meta.messages;
    if (ms.size() == 2) return ms.front();  // one of its own, and row-limit
    const std::string_view key = text_at(s_, col(kMessage));
    for (const auto& m : ms)
      if (m.key == key && m.key != kRowLimitMessage) return m;
    fail(fmt::format("message '{}' không phải thông điệp nào của quy tắc", key),
         fmt::format("message '{}' is not one of the rule's messages", key));
  }

  Arg arg(int c, ArgType t) const {
    const int type = sqlite3_column_type(s_, c);
    if (type == SQLITE_NULL && t.kind != ArgKind::date && t.kind != ArgKind::month) return Arg(std::string_view());
    switch (t.kind) {
      case ArgKind::automatic:
        if (type == SQLITE_INTEGER) return Arg(static_cast<long long>(sqlite3_column_int64(s_, c)));
        if (type == SQLITE_FLOAT) return number(sqlite3_column_double(s_, c), 1);
        return Arg(text_at(s_, c));
      case ArgKind::text: return Arg(text_at(s_, c));
      case ArgKind::integer: return Arg(static_cast<long long>(sqlite3_column_int64(s_, c)));
      case ArgKind::number: return number(sqlite3_column_double(s_, c), t.precision);
      case ArgKind::money: return money(sqlite3_column_int64(s_, c));
      case ArgKind::date: return Arg(type == SQLITE_NULL ? Date{} : Date::parse(text_at(s_, c)));
      case ArgKind::month: return Arg(type == SQLITE_NULL ? Month{} : parse_month(text_at(s_, c)));
      case ArgKind::member: return member(member_row(text_at(s_, c)));
      case ArgKind::member_name: return member_name(member_row(text_at(s_, c)));
      case ArgKind::organization: {
        const std::uint32_t o = ctx_.data.find_org(text_at(s_, c));
        if (o == kNone)
          fail(fmt::format("'{}' không phải tổ chức nào", text_at(s_, c)),
               fmt::format("'{}' names no organization", text_at(s_, c)));
        return organization(o);
      }
    }
    return Arg(text_at(s_, c));
  }

  const RunContext& ctx_;
  const SqlRuleSpec& spec_;
  sqlite3_stmt* s_;
  std::map<std::string, int> cols_;
  std::unordered_map<std::string_view, std::uint32_t> candidates_;
  std::int64_t n_ = 0;
};

}  // namespace

void SqlRule::check(const RunContext& ctx, FindingSink& out) const {
  const Connection c(ctx);
  std::optional<SourceProblem> problem;
  const Statement stmt = prepare(c, ctx, spec_, problem);
  if (problem) throw std::runtime_error(failure_text(*problem));
  RowReader rows(ctx, spec_, stmt.get(), stmt.columns());
  std::int64_t n = 0;
  for (;;) {
    const int rc = sqlite3_step(stmt.get());
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW)
      throw std::runtime_error(fmt::format("{}:{}:{}: lỗi SQL khi chạy | SQL error while running: {}", spec_.file,
                                           spec_.query_at.line, spec_.query_at.column, sqlite3_errmsg(c.db())));
    if (n == spec_.max_rows) {
      // Capped: what was found is kept, and the cut is a finding of its own rather than silence.
      const std::uint32_t root = ctx.data.root;
      Finding f = about_org(ctx, root);
      out.emit(f.say(kRowLimitMessage, {spec_.max_rows}));
      return;
    }
    ++n;
    out.emit(rows.finding(n));
  }
}

std::optional<SourceProblem> check_query(const SqlRuleSpec& spec) {
  static const Dataset empty{};
  static const Calendar calendar{};
  Params params;
  Edition e = spec.meta.editions.empty() ? Edition{} : spec.meta.editions.front();
  for (const auto& p : spec.meta.params)
    if (!e.find(p.name)) e.values.emplace_back(p.name, p.default_value);
  params.editions.push_back(e);
  const RunContext x{empty, Date::from_ymd(2000, 1, 1), params, calendar};
  const Connection c(x);
  std::optional<SourceProblem> problem;
  prepare(c, x, spec, problem);
  if (problem && depends_on_data(*problem)) return std::nullopt;
  return problem;
}

}  // namespace kiemtra::plugins::sql
