// The one-line diagnostic form compilers print, for editors and terminals:
//   examples/sample/members.csv:12:3: error: <message> [integrity/bad-value]
//   examples/sample/organizations.csv:5: error: <message> [structure/cell-min-official-members]
// The severity word stays the English code whatever the language, because editors' problem matchers
// (Vim's errorformat, VS Code, Emacs compilation-mode) look for "error"/"warning"/"info"; the message follows --lang.
#include <filesystem>

#include "engine/findings.hpp"
#include "report/ansi.hpp"
#include "report/run_report.hpp"

namespace kiemtra::core {

namespace {

/// "members.csv:12:3" -> "<dataset folder>/members.csv:12:3".
std::string in_dataset(const Dataset& d, const std::string& location) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path source(d.source);
  const fs::path folder = fs::is_directory(source, ec) ? source : source.parent_path();
  return folder.empty() ? location : (folder / location).string();
}

/// "<file>:<line>" of a row, or "" when its table has no file or the row no line.
template <class Row>
std::string row_of(const Table<Row>& table, std::uint32_t index) {
  if (table.file.empty() || index >= table.size() || table[index].line == 0) return "";
  return table.file + ":" + std::to_string(table[index].line);
}

/// Where an editor should open: the data problem's file:line:column; else the row of the finding's subject
/// (the member's line in members.csv ...); else the dataset itself.
std::string where(const Dataset& d, FindingRef f) {
  if (std::string location = f.location(); !location.empty()) return in_dataset(d, location);
  const std::uint32_t i = f.record().subject;
  std::string row;
  switch (f.subject_kind()) {
    case SubjectKind::organization: row = row_of(d.organizations, i); break;
    case SubjectKind::member: row = row_of(d.members, i); break;
    case SubjectKind::candidate: row = row_of(d.candidates, i); break;
    case SubjectKind::payment: row = row_of(d.members, i); break;  // a payment's subject is its member
    case SubjectKind::committee_seat: row = row_of(d.committees, i); break;
    case SubjectKind::transfer: row = row_of(d.transfers, i); break;
    case SubjectKind::event: row = row_of(d.events, i); break;
    case SubjectKind::row: break;
  }
  return row.empty() ? d.source : row;
}

}  // namespace

void write_diagnostics(const RunReport& r, std::ostream& out) {
  std::string line;
  for (FindingRef f : r.result.findings) {
    line.clear();
    line += paint(where(r.data, f) + ":", Paint::bold, r.color);
    line += ' ';
    line += paint(std::string(code(f.severity())) + ":", paint_of(f.severity()), r.color);
    line += ' ';
    f.append_message(r.lang, line);
    line += ' ';
    line += paint("[" + f.rule_id() + "]", Paint::dim, r.color);
    line += '\n';
    out << line;
  }
}

}  // namespace kiemtra::core
