// Dispatch from a format name to its writer, and from a file extension to a format.
#include "report/formats.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "report/output_file.hpp"

namespace kiemtra::core {

namespace {

using StreamWriter = void (*)(const RunReport&, std::ostream&);
using FileWriter = void (*)(const RunReport&, const std::string&);

/// A format writes either to a stream, or (a zip container such as xlsx) to a file it creates itself.
struct FormatEntry {
  const char* name;
  const char* extensions[2];  ///< nullptr when fewer
  StreamWriter to_stream;
  FileWriter to_file;
};

const FormatEntry kFormats[] = {
    {"text", {".txt", nullptr}, &write_text, nullptr},
    {"json", {".json", nullptr}, &write_json, nullptr},
    {"html", {".html", ".htm"}, &write_html, nullptr},
    {"xlsx", {".xlsx", nullptr}, nullptr, &write_xlsx},
    {"sarif", {".sarif", ".sarif.json"}, &write_sarif, nullptr},
    {"junit", {".junit.xml", ".xml"}, &write_junit, nullptr},
    {"csv", {".csv", nullptr}, &write_csv, nullptr},
    {"jsonl", {".jsonl", ".ndjson"}, &write_jsonl, nullptr},
    {"diagnostics", {nullptr, nullptr}, &write_diagnostics, nullptr},
};

std::string lowercase(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

const std::vector<std::string>& report_formats() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (const auto& f : kFormats) v.emplace_back(f.name);
    return v;
  }();
  return names;
}

std::string format_for_path(const std::string& path) {
  const std::string lower = lowercase(path);
  std::string best;
  std::size_t best_length = 0;
  for (const auto& f : kFormats)
    for (const char* ext : f.extensions) {
      if (ext == nullptr) continue;
      const std::string e = ext;
      if (e.size() > best_length && ends_with(lower, e)) {
        best = f.name;
        best_length = e.size();
      }
    }
  return best;
}

void write_report(const std::string& format, const RunReport& report, const std::string& path) {
  const auto* entry =
      std::find_if(std::begin(kFormats), std::end(kFormats), [&](const FormatEntry& f) { return format == f.name; });
  if (entry == std::end(kFormats))
    throw UserError({"Định dạng không hỗ trợ: '" + format + "'.", "Unsupported format: '" + format + "'."});
  const bool to_stdout = path.empty() || path == "-";
  if (entry->to_file) {
    if (to_stdout)
      write_stdout_by_name([&](const std::string& tmp) { entry->to_file(report, tmp); });
    else
      write_output_file_by_name(path, [&](const std::string& tmp) { entry->to_file(report, tmp); });
    return;
  }
  const auto writer = [&](std::ostream& out) { entry->to_stream(report, out); };
  if (to_stdout)
    write_stdout(writer);
  else
    write_output_file(path, writer);
}

const RunAnnotations& annotations_of(const RunReport& report, RunAnnotations& storage) {
  return report.annotations ? *report.annotations : storage;
}

}  // namespace kiemtra::core
