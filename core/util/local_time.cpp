// Parsing the history's ISO 8601 times and printing them in local time.
#include "util/local_time.hpp"

#include <cstdio>
#include <ctime>

namespace kiemtra::core {

namespace {

/// Seconds east of UTC from "+0700", "+07:00", "-05", "Z"; false when it is none of these.
bool parse_offset(std::string_view z, long& seconds) {
  if (z == "Z" || z == "z") return seconds = 0, true;
  if (z.size() < 3 || (z[0] != '+' && z[0] != '-')) return false;
  int hours = 0, minutes = 0;
  std::string s(z.substr(1));
  if (s.size() == 5 && s[2] == ':') s.erase(2, 1);
  if (s.size() == 2) s += "00";
  if (s.size() != 4 || std::sscanf(s.c_str(), "%2d%2d", &hours, &minutes) != 2) return false;
  seconds = (z[0] == '-' ? -1L : 1L) * (hours * 3600L + minutes * 60L);
  return true;
}

}  // namespace

std::string display_time(std::string_view stored, std::string_view lang) {
  std::tm tm{};
  int consumed = 0;
  std::string text(stored);
  if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
                  &tm.tm_min, &tm.tm_sec, &consumed) != 6)
    return text;
  long offset = 0;
  if (!parse_offset(std::string_view(text).substr(static_cast<std::size_t>(consumed)), offset)) return text;
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  const std::time_t when = timegm(&tm) - offset;
  std::tm local{};
  if (!localtime_r(&when, &local)) return text;
  char body[64], zone[16];
  std::strftime(body, sizeof body, lang == "en" ? "%Y-%m-%d %H:%M:%S" : "%d/%m/%Y %H:%M:%S", &local);
  std::strftime(zone, sizeof zone, "%z", &local);  // "+0700"
  const std::string z = zone;
  return std::string(body) + " " + (z.size() == 5 ? z.substr(0, 3) + ":" + z.substr(3) : z);
}

}  // namespace kiemtra::core
