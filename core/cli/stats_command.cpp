// `kiemtra stats`: the period's figures of a party-building report, from the same data the rules check.
#include <iostream>

#include "cli/app.hpp"
#include "cli/output_guard.hpp"
#include "dataset/reader.hpp"
#include "report/output_file.hpp"
#include "report/stats_documents.hpp"
#include "stats/stats.hpp"

namespace kiemtra::core::cli {

int run_stats(const CommonOptions& common, const StatsOptions& o) {
  // The file's kind comes from its extension, checked before the dataset is read.
  std::string format = o.format;
  const bool to_file = !o.output.empty() && o.output != "-";
  if (to_file) {
    const std::string ext = std::filesystem::path(o.output).extension().string();
    if (ext == ".html" || ext == ".htm") format = "html";
    else if (ext == ".xlsx") format = "xlsx";
    else if (ext == ".json") format = "json";
    else if (ext == ".txt") format = "text";
    else
      throw UserError({"--output của stats phải là tệp .html, .xlsx, .json hoặc .txt, không phải '" + o.output + "'.",
                       "stats's --output must be an .html, .xlsx, .json or .txt file, not '" + o.output + "'."});
    refuse_outputs_over_inputs({o.output}, RunInputs{o.dataset, {}});
  }
  const Date cli_as_of = o.as_of.empty() ? Date{} : parse_cli_date(o.as_of, "--as-of");
  ReadOptions read_options;
  read_options.jobs = o.jobs;
  const auto data = read_dataset(o.dataset, read_options);
  const Date as_of = cli_as_of.valid() ? cli_as_of : data->as_of.valid() ? data->as_of : today();
  const Date start = data->period_start.valid() && data->period_start <= as_of ? data->period_start
                                                                               : Date::from_ymd(as_of.year(), 1, 1);
  std::uint32_t org = kNone;
  if (!o.org.empty()) {
    org = data->find_org(o.org);
    if (org == kNone)
      throw UserError(
          {"--org: không có tổ chức mã '" + o.org + "' trong " + o.dataset + " (mã là cột id của organizations.csv).",
           "--org: no organization with id '" + o.org + "' in " + o.dataset +
               " (ids are the id column of organizations.csv)."});
  }
  const StatsReport stats = compute_stats(*data, start, as_of);
  if (format == "xlsx") {
    write_stats_xlsx(stats, *data, org, common.lang, o.output);
    return kExitOk;
  }
  const auto write = [&](std::ostream& out) {
    if (format == "html") write_stats_html(stats, *data, org, common.lang, out);
    else if (format == "json") write_stats_json(stats, *data, org, out);
    else write_stats_text(stats, *data, org, common.lang, out);
  };
  if (to_file) write_output_file(o.output, write);
  else write_stdout(write);
  return kExitOk;
}

}  // namespace kiemtra::core::cli
