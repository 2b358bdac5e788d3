// Dispatch from a format name to its writer, and from a file extension to a format.
#include "report/formats.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>

namespace kiemtra::core {

namespace {

struct FormatEntry {
  const char* name;
  const char* extension;
  void (*write)(const RunReport&, std::ostream&);
};

// One line per format; a format that needs a file rather than a stream gets its own branch in write_report.
const FormatEntry kFormats[] = {
    {"text", ".txt", &write_text},
    {"json", ".json", &write_json},
};

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
  for (const auto& f : kFormats)
    if (ends_with(path, f.extension)) return f.name;
  return "";
}

void write_report(const std::string& format, const RunReport& report, const std::string& path) {
  const auto* entry = std::find_if(std::begin(kFormats), std::end(kFormats),
                                   [&](const FormatEntry& f) { return format == f.name; });
  if (entry == std::end(kFormats))
    throw UserError({"Định dạng không hỗ trợ: '" + format + "'.", "Unsupported format: '" + format + "'."});
  if (path.empty() || path == "-") {
    entry->write(report, std::cout);
    std::cout.flush();
    return;
  }
  std::ofstream out(path, std::ios::binary);
  if (!out) throw UserError({"Không ghi được tệp '" + path + "'.", "Cannot write the file '" + path + "'."});
  entry->write(report, out);
  out.flush();
  if (!out) throw UserError({"Ghi tệp '" + path + "' bị lỗi.", "Writing the file '" + path + "' failed."});
}

}  // namespace kiemtra::core
