// Dispatch from a format name to its writer, and from a file extension to a format.
#include "report/formats.hpp"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

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
};

std::string lowercase(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

UserError cannot_write(const std::string& path) {
  return UserError({"Không ghi được tệp '" + path + "'.", "Cannot write the file '" + path + "'."});
}

/// A file-only format asked for on standard output: written to a temporary file, then copied.
void file_to_stdout(const FormatEntry& entry, const RunReport& report) {
  std::string tmpl = (std::filesystem::temp_directory_path() / "kiemtra-report-XXXXXX").string();
  const int fd = mkstemp(tmpl.data());
  if (fd < 0) throw cannot_write(tmpl);
  close(fd);
  struct Remove {
    std::string path;
    ~Remove() { std::filesystem::remove(path); }
  } cleanup{tmpl};
  entry.to_file(report, tmpl);
  std::ifstream in(tmpl, std::ios::binary);
  std::cout << in.rdbuf();
  std::cout.flush();
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
      file_to_stdout(*entry, report);
    else
      entry->to_file(report, path);
    return;
  }
  if (to_stdout) {
    entry->to_stream(report, std::cout);
    std::cout.flush();
    return;
  }
  std::ofstream out(path, std::ios::binary);
  if (!out) throw cannot_write(path);
  entry->to_stream(report, out);
  out.flush();
  if (!out) throw UserError({"Ghi tệp '" + path + "' bị lỗi.", "Writing the file '" + path + "' failed."});
}

const RunAnnotations& annotations_of(const RunReport& report, RunAnnotations& storage) {
  return report.annotations ? *report.annotations : storage;
}

}  // namespace kiemtra::core
