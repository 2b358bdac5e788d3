// `kiemtra stats`: the period's figures of a party-building report, from the same data the rules check.
#include <iostream>

#include "cli/app.hpp"
#include "dataset/reader.hpp"
#include "stats/stats.hpp"

namespace kiemtra::core::cli {

int run_stats(const CommonOptions& common, const StatsOptions& o) {
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
  if (o.format == "json")
    write_stats_json(stats, *data, org, std::cout);
  else
    write_stats_text(stats, *data, org, common.lang, std::cout);
  return kExitOk;
}

}  // namespace kiemtra::core::cli
