// Loads rule plugins: exports and descriptor are checked before any C++ symbol of a library is used.
#include <dlfcn.h>
#include <fmt/format.h>

#include <algorithm>
#include <boost/dll/shared_library.hpp>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "kiemtra/configured.hpp"
#include "kiemtra/plugin.hpp"
#include "loader/internal.hpp"
#include "loader/loader.hpp"

namespace kiemtra::core {

namespace {

namespace fs = std::filesystem;
using namespace loader_detail;
using Library = std::shared_ptr<boost::dll::shared_library>;

constexpr const char* kDescriptorSymbol = "kiemtra_plugin_descriptor";
constexpr const char* kRulesAlias = "kiemtra_plugin_rules";
constexpr const char* kConfigureAlias = "kiemtra_plugin_configure";

/// Who provides what among the plugins loaded so far, for the duplicate checks.
struct Registry {
  std::map<std::string, fs::path> plugin_paths;                        ///< plugin name -> its library
  std::map<std::string, std::pair<std::string, fs::path>> rule_owner;  ///< rule id -> plugin name, library
  const PluginSources* sources = nullptr;                              ///< files named for configured plugins
};

/// "the plugin 'x' (path)" in both languages, lowercase so it fits inside a sentence too.
struct Ref {
  std::string en;
  std::string vi;
};
Ref plugin_ref(const std::string& name, const fs::path& path) {
  if (name.empty())
    return {fmt::format("the plugin at {}", path.string()), fmt::format("plugin tại {}", path.string())};
  return {fmt::format("the plugin '{}' ({})", name, path.string()),
          fmt::format("plugin '{}' ({})", name, path.string())};
}

/// Runs plugin code. An exception's text is copied into a core string here, so no exception object
/// (whose destructor and type_info may live in the plugin) survives the call.
template <class F>
std::optional<Text> guarded(F&& plugin_code) {
  try {
    plugin_code();
    return std::nullopt;
  } catch (const std::exception& e) {
    const char* what = e.what();
    std::string text = what ? what : "";
    return Text{text, text};
  } catch (...) {
    return Text{"một ngoại lệ không phải std::exception", "an exception that is not a std::exception"};
  }
}

std::string copy_c_string(const char* s) { return s ? std::string(s) : std::string(); }

/// The handshake: every mismatch between the plugin's descriptor and this build, one sentence each.
std::vector<Text> check_descriptor(const KiemtraPluginDescriptor& d, const PluginInfo& info, const Ref& ref) {
  std::vector<Text> out;
  const std::string sdk = KIEMTRA_SDK_VERSION_STRING;
  const std::string en = capitalize(ref.en), vi = capitalize(ref.vi);
  if (info.name.empty())
    out.push_back({fmt::format("{} không có tên trong bộ mô tả (descriptor): hãy khai báo plugin bằng macro "
                               "KIEMTRA_PLUGIN của SDK kiemtra {}.",
                               vi, sdk),
                   fmt::format("{} has no name in its descriptor: declare it with the KIEMTRA_PLUGIN macro of the "
                               "kiemtra SDK {}.",
                               en, sdk)});
  if (d.abi_version != KIEMTRA_ABI_VERSION)
    out.push_back({fmt::format("{} được biên dịch cho ABI plugin {}, nhưng kiemtra này chỉ nạp ABI {}: hãy biên dịch "
                               "lại plugin với SDK kiemtra {}.",
                               vi, d.abi_version, KIEMTRA_ABI_VERSION, sdk),
                   fmt::format("{} was built for plugin ABI {}, but this kiemtra loads ABI {}: rebuild it against the "
                               "kiemtra SDK {}.",
                               en, d.abi_version, KIEMTRA_ABI_VERSION, sdk)});
  if (d.sdk_major != KIEMTRA_SDK_VERSION_MAJOR)
    out.push_back({fmt::format("{} được biên dịch với SDK kiemtra {}, nhưng kiemtra này cung cấp SDK {} và chỉ nạp "
                               "plugin của SDK phiên bản chính {}: hãy biên dịch lại plugin với SDK kiemtra {}.",
                               vi, info.sdk_version, sdk, KIEMTRA_SDK_VERSION_MAJOR, sdk),
                   fmt::format("{} was built against kiemtra SDK {}, but this kiemtra provides SDK {} and loads only "
                               "plugins of SDK major version {}: rebuild it against the kiemtra SDK {}.",
                               en, info.sdk_version, sdk, KIEMTRA_SDK_VERSION_MAJOR, sdk)});
  else if (d.sdk_minor > KIEMTRA_SDK_VERSION_MINOR)
    out.push_back({fmt::format("{} được biên dịch với SDK kiemtra {}, mới hơn SDK {} của kiemtra này: hãy nâng cấp "
                               "kiemtra, hoặc biên dịch lại plugin với SDK kiemtra {}.",
                               vi, info.sdk_version, sdk, sdk),
                   fmt::format("{} was built against kiemtra SDK {}, which is newer than this kiemtra's SDK {}: "
                               "upgrade kiemtra, or rebuild the plugin against the kiemtra SDK {}.",
                               en, info.sdk_version, sdk, sdk)});
  if (info.toolchain != KIEMTRA_TOOLCHAIN_TAG) {
    const std::string theirs_en = d.toolchain ? "the toolchain '" + info.toolchain + "'" : "no toolchain tag";
    const std::string theirs_vi = d.toolchain ? "bộ công cụ '" + info.toolchain + "'" : "bộ công cụ không rõ";
    out.push_back({fmt::format("{} được biên dịch bằng {}, nhưng kiemtra này được biên dịch bằng '{}': hãy "
                               "biên dịch lại plugin bằng cùng trình biên dịch và thư viện chuẩn C++ với kiemtra.",
                               vi, theirs_vi, KIEMTRA_TOOLCHAIN_TAG),
                   fmt::format("{} was built with {}, but this kiemtra was built with '{}': rebuild it "
                               "with the same compiler and C++ standard library as kiemtra.",
                               en, theirs_en, KIEMTRA_TOOLCHAIN_TAG)});
  }
  return out;
}

/// Asks the plugin for its rules and makes each one; fills `problems` with every refusal reason.
std::vector<LoadedRule> make_rules(const Library& lib, const PluginInfo& info, const Ref& ref, const Registry& registry,
                                   std::vector<Text>& problems) {
  std::vector<LoadedRule> rules;
  const std::string en = capitalize(ref.en), vi = capitalize(ref.vi);
  if (!lib->has(kRulesAlias)) {
    problems.push_back({fmt::format("{} không xuất danh sách quy tắc dưới bí danh '{}': hãy khai báo plugin bằng macro "
                                    "KIEMTRA_PLUGIN của SDK kiemtra.",
                                    vi, kRulesAlias),
                        fmt::format("{} does not export its rules under the alias '{}': declare it with the "
                                    "KIEMTRA_PLUGIN macro of the kiemtra SDK.",
                                    en, kRulesAlias)});
    return rules;
  }
  PluginRulesFn& list_rules = lib->get_alias<PluginRulesFn>(kRulesAlias);
  std::vector<RuleEntry> entries;
  if (auto err = guarded([&] {
        const std::span<const RuleEntry> listed = list_rules();
        entries.assign(listed.begin(), listed.end());
      })) {
    problems.push_back({fmt::format("{} gặp lỗi khi liệt kê các quy tắc ({}): hãy sửa plugin, hoặc xóa nó khỏi thư "
                                    "mục plugin.",
                                    vi, err->vi),
                        fmt::format("{} failed while listing its rules ({}): fix the plugin, or remove it from the "
                                    "plugin folder.",
                                    en, err->en)});
    return rules;
  }

  std::set<std::string> ids;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const RuleEntry& entry = entries[i];
    if (!entry.meta || !entry.create) {
      problems.push_back({fmt::format("{} có mục rỗng ở vị trí {} trong danh sách quy tắc: hãy đăng ký mỗi quy tắc "
                                      "bằng kiemtra::rule<T>().",
                                      vi, i + 1),
                          fmt::format("{} has an empty entry at position {} of its rule list: register each rule "
                                      "with kiemtra::rule<T>().",
                                      en, i + 1)});
      continue;
    }
    RuleMeta meta;
    if (auto err = guarded([&] { meta = entry.meta(); })) {
      problems.push_back({fmt::format("{} gặp lỗi khi mô tả quy tắc thứ {} ({}): hãy sửa hàm metadata() của quy tắc.",
                                      vi, i + 1, err->vi),
                          fmt::format("{} failed while describing its rule number {} ({}): fix the rule's metadata() "
                                      "function.",
                                      en, i + 1, err->en)});
      continue;
    }
    std::vector<Text> meta_problems = check_meta(meta, ref.en, ref.vi);
    if (!meta_problems.empty()) {
      problems.insert(problems.end(), meta_problems.begin(), meta_problems.end());
      continue;
    }
    if (!ids.insert(meta.id).second) {
      problems.push_back(
          {fmt::format("{} khai báo quy tắc '{}' hai lần: hãy đăng ký mỗi quy tắc một lần.", vi, meta.id),
           fmt::format("{} declares the rule '{}' twice: register each rule once.", en, meta.id)});
      continue;
    }
    if (auto it = registry.rule_owner.find(meta.id); it != registry.rule_owner.end()) {
      const Ref first = plugin_ref(it->second.first, it->second.second);
      problems.push_back({fmt::format("{} khai báo quy tắc '{}', nhưng {} đã cung cấp quy tắc này: hãy bỏ quy tắc khỏi "
                                      "một trong hai plugin, hoặc bỏ một plugin khỏi đường dẫn tìm plugin.",
                                      vi, meta.id, first.vi),
                          fmt::format("{} declares the rule '{}', which {} already provides: remove the rule from one "
                                      "of the two plugins, or one plugin from the plugin search path.",
                                      en, meta.id, first.en)});
      continue;
    }
    Rule* raw = nullptr;
    if (auto err = guarded([&] { raw = entry.create(); })) {
      problems.push_back({fmt::format("{} không tạo được quy tắc '{}' ({}): hãy sửa hàm khởi tạo của quy tắc, hoặc xóa "
                                      "plugin khỏi thư mục plugin.",
                                      vi, meta.id, err->vi),
                          fmt::format("{} failed to create its rule '{}' ({}): fix the rule's constructor, or remove "
                                      "the plugin from the plugin folder.",
                                      en, meta.id, err->en)});
      continue;
    }
    if (!raw) {
      problems.push_back({fmt::format("{} không trả về đối tượng nào cho quy tắc '{}': hãy để hàm tạo quy tắc trả về "
                                      "một quy tắc mới.",
                                      vi, meta.id),
                          fmt::format("{} returned no object for its rule '{}': make the rule's factory return a new "
                                      "rule.",
                                      en, meta.id)});
      continue;
    }
    // The deleter is core code holding the library: the rule's destructor (plugin code) runs before
    // the last reference to the library goes, however long the rule outlives the PluginSet.
    std::shared_ptr<const Rule> rule(raw, [lib](const Rule* r) { delete r; });
    rules.push_back(LoadedRule{std::move(meta), std::move(rule), info.name});
  }
  return rules;
}

/// The rules a configured plugin makes from `files`. A problem of the files (or of a rule they describe) goes to
/// `source_problems`; a failure of the plugin itself to `problems`.
std::vector<LoadedRule> make_configured_rules(const Library& lib, const std::vector<std::string>& files,
                                              const PluginInfo& info, const Ref& ref,
                                              std::vector<Text>& problems, std::vector<Text>& source_problems) {
  std::vector<LoadedRule> out;
  PluginConfigureFn& configure = lib->get_alias<PluginConfigureFn>(kConfigureAlias);
  ConfiguredRules made;
  if (auto err = guarded([&] { made = configure(files); })) {
    problems.push_back({fmt::format("{} gặp lỗi khi đọc các tệp quy tắc ({}).", capitalize(ref.vi), err->vi),
                        fmt::format("{} failed while reading its rule files ({}).", capitalize(ref.en), err->en)});
    return out;
  }
  for (const SourceProblem& p : made.problems) {
    const std::string where = p.line ? fmt::format("{}:{}:{}: ", p.file, p.line, p.column) : p.file + ": ";
    source_problems.push_back({where + p.vi, where + p.en});
  }
  std::set<std::string> ids;
  for (ConfiguredRule& r : made.rules) {
    const std::string where = fmt::format("{}:{}: ", r.file, r.line);
    std::vector<Text> meta_problems = check_meta(r.meta, "the rule file " + r.file, "tệp quy tắc " + r.file);
    for (Text& t : meta_problems) source_problems.push_back({where + t.vi, where + t.en});
    if (!meta_problems.empty()) continue;
    if (!ids.insert(r.meta.id).second) {
      source_problems.push_back({fmt::format("{}mã quy tắc '{}' đã được một quy tắc SQL khác dùng: hãy đặt mã khác.",
                                             where, r.meta.id),
                                 fmt::format("{}the rule id '{}' is already used by another SQL rule: choose another id.",
                                             where, r.meta.id)});
      continue;
    }
    // As for a compiled rule: the deleter holds the library, so the rule's code outlives every use of it.
    std::shared_ptr<const Rule> rule(r.rule.release(), [lib](const Rule* p) { delete p; });
    out.push_back(LoadedRule{std::move(r.meta), std::move(rule), info.name, fmt::format("{}:{}", r.file, r.line)});
  }
  return out;
}

/// Loads one library file into `set`, or records why it was refused.
void load_library(const fs::path& path, Registry& registry, PluginSet& set);

void load_library(const fs::path& path, Registry& registry, PluginSet& set) {
  PluginInfo info;
  info.path = path;
  auto refuse = [&](const std::vector<Text>& problems) {
    info.error = join(problems);
    set.plugins.push_back(std::move(info));
  };
  const Ref file_ref = plugin_ref("", path);

  switch (check_exports(path)) {
    case Exports::not_a_library:
      return refuse({{fmt::format("Tệp '{}' không phải là thư viện dùng chung: hãy xóa nó khỏi thư mục plugin, hoặc "
                                  "thay bằng một plugin được biên dịch với SDK kiemtra {}.",
                                  path.string(), KIEMTRA_SDK_VERSION_STRING),
                      fmt::format("The file '{}' is not a shared library: remove it from the plugin folder, or "
                                  "replace it with a plugin built with the kiemtra SDK {}.",
                                  path.string(), KIEMTRA_SDK_VERSION_STRING)}});
    case Exports::no_descriptor:
      return refuse(
          {{fmt::format("Thư viện '{}' không xuất ký hiệu '{}', nên không phải là plugin kiemtra: hãy khai "
                        "báo nó bằng macro KIEMTRA_PLUGIN của SDK kiemtra {}, hoặc xóa nó khỏi thư mục plugin.",
                        path.string(), kDescriptorSymbol, KIEMTRA_SDK_VERSION_STRING),
            fmt::format("The library '{}' does not export the symbol '{}', so it is not a kiemtra plugin: "
                        "declare it with the KIEMTRA_PLUGIN macro of the kiemtra SDK {}, or remove it from "
                        "the plugin folder.",
                        path.string(), kDescriptorSymbol, KIEMTRA_SDK_VERSION_STRING)}});
    case Exports::bad_descriptor:
      return refuse(
          {{fmt::format("Thư viện '{}' xuất ký hiệu '{}' nhưng đó không phải là một bộ mô tả plugin (sai kiểu hoặc "
                        "kích thước): hãy khai báo plugin bằng macro KIEMTRA_PLUGIN của SDK kiemtra {}.",
                        path.string(), kDescriptorSymbol, KIEMTRA_SDK_VERSION_STRING),
            fmt::format("The library '{}' exports '{}', but not as a plugin descriptor (wrong type or size): "
                        "declare the plugin with the KIEMTRA_PLUGIN macro of the kiemtra SDK {}.",
                        path.string(), kDescriptorSymbol, KIEMTRA_SDK_VERSION_STRING)}});
    case Exports::plugin: break;
  }

  auto lib = std::make_shared<boost::dll::shared_library>();
  boost::dll::fs::error_code ec;
  // rtld_now: a missing dependency or symbol fails here, with a message, instead of aborting mid-run.
  lib->load(path, ec, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
  if (ec || !lib->is_loaded() || !lib->has(kDescriptorSymbol)) {
    const char* dl = ::dlerror();  // Boost.DLL keeps only a generic error code; dlerror has the reason
    const std::string why = dl ? dl : (ec ? ec.message() : std::string("no descriptor after loading"));
    return refuse({{fmt::format("Không nạp được thư viện '{}' ({}): hãy biên dịch lại nó, hoặc cài đặt các thư viện mà "
                                "nó cần.",
                                path.string(), why),
                    fmt::format("The library '{}' could not be loaded ({}): rebuild it, or install the libraries it "
                                "needs.",
                                path.string(), why)}});
  }

  // Plain C data with a fixed layout: safe to read whatever the plugin was built with.
  const auto& d = lib->get<const KiemtraPluginDescriptor>(kDescriptorSymbol);
  info.name = copy_c_string(d.name);
  info.version = copy_c_string(d.version);
  info.toolchain = copy_c_string(d.toolchain);
  info.abi_version = d.abi_version;
  info.sdk_version = fmt::format("{}.{}.{}", d.sdk_major, d.sdk_minor, d.sdk_patch);
  const Ref ref = plugin_ref(info.name, path);
  if (std::vector<Text> problems = check_descriptor(d, info, ref); !problems.empty()) return refuse(problems);

  if (auto it = registry.plugin_paths.find(info.name); it != registry.plugin_paths.end())
    return refuse({{fmt::format("{} đã được nạp từ '{}': hãy bỏ một trong hai bản khỏi đường dẫn tìm plugin.",
                                capitalize(ref.vi), it->second.string()),
                    fmt::format("{} is already loaded from '{}': remove one of the two copies from the plugin search "
                                "path.",
                                capitalize(ref.en), it->second.string())}});

  std::vector<Text> problems;
  std::vector<LoadedRule> rules = make_rules(lib, info, ref, registry, problems);
  if (!problems.empty()) return refuse(problems);  // `rules` die here, while `lib` still holds the library
  if (lib->has(kConfigureAlias)) {
    static const std::vector<std::string> none;
    const auto it = registry.sources ? registry.sources->find(info.name) : PluginSources::const_iterator();
    const std::vector<std::string>& files = registry.sources && it != registry.sources->end() ? it->second : none;
    std::vector<LoadedRule> made = make_configured_rules(lib, files, info, ref, problems, set.source_problems);
    if (!problems.empty()) return refuse(problems);
    for (LoadedRule& r : made) rules.push_back(std::move(r));
  }

  registry.plugin_paths.emplace(info.name, path);
  for (LoadedRule& r : rules) {
    // A rule made from a file never makes a compiled plugin refused: a clash is the file's problem (below).
    if (r.source.empty()) registry.rule_owner.emplace(r.meta.id, std::make_pair(info.name, path));
    info.rule_ids.push_back(r.meta.id);
    set.rules.push_back(std::move(r));
  }
  std::sort(info.rule_ids.begin(), info.rule_ids.end());
  info.loaded = true;
  set.plugins.push_back(std::move(info));
}

/// A rule made from a file whose id a compiled rule has is dropped, and the file told so.
void drop_clashing_configured(PluginSet& set) {
  std::map<std::string, std::string> compiled;
  for (const LoadedRule& r : set.rules)
    if (r.source.empty()) compiled.emplace(r.meta.id, r.plugin);
  std::erase_if(set.rules, [&](const LoadedRule& r) {
    if (r.source.empty()) return false;
    const auto it = compiled.find(r.meta.id);
    if (it == compiled.end()) return false;
    set.source_problems.push_back(
        {fmt::format("{}: mã quy tắc '{}' đã được plugin '{}' dùng: hãy đặt mã khác.", r.source, r.meta.id, it->second),
         fmt::format("{}: the rule id '{}' is already used by the plugin '{}': choose another id.", r.source, r.meta.id,
                     it->second)});
    for (PluginInfo& p : set.plugins)
      if (p.name == r.plugin) std::erase(p.rule_ids, r.meta.id);
    return true;
  });
}

}  // namespace

PluginSet load_plugins(const std::vector<fs::path>& dirs, const PluginSources& sources, const TrialHooks* hooks) {
  PluginSet set;
  Registry registry;
  registry.sources = &sources;
  // In order: a folder's refusals, then its libraries (each file once, even when a folder is listed twice).
  std::vector<PluginInfo> refusals;
  std::vector<fs::path> paths;
  std::vector<std::size_t> refusals_before;  // how many refusals come before each library
  std::set<fs::path> seen_files;
  for (const fs::path& entry : dirs) {
    Listing listing = list_libraries(entry);
    if (listing.failed) {
      PluginInfo info;
      info.path = entry;
      info.error = std::move(listing.error);
      refusals.push_back(std::move(info));
      continue;
    }
    for (auto& [library, why] : listing.refused) {
      PluginInfo info;
      info.path = library;
      info.error = std::move(why);
      refusals.push_back(std::move(info));
    }
    for (const fs::path& library : listing.libraries) {
      std::error_code ec;
      fs::path canonical = fs::weakly_canonical(library, ec);
      if (ec) canonical = library;
      if (!seen_files.insert(canonical).second) continue;
      paths.push_back(library);
      refusals_before.push_back(refusals.size());
    }
  }
  // Every library is loaded on trial in a child first; one that crashes or hangs there is refused unloaded.
  // The host loads each one as soon as the child is past it. Kiemtra's own built-in plugins are not tried:
  // they are the host's own code (builtin_token.cpp). Libraries are settled in search order all the same.
  std::vector<std::size_t> tried;  // indexes into paths
  std::vector<fs::path> tried_paths;
  for (std::size_t i = 0; i < paths.size(); ++i)
    if (!built_with_this_kiemtra(paths[i])) {
      tried.push_back(i);
      tried_paths.push_back(paths[i]);
    }
  Registry scratch_registry = registry;
  PluginSet scratch;
  std::size_t r = 0, settled = 0;
  const auto settle = [&](std::size_t i, std::optional<Text> crashed, bool on_trial) {
    for (; r < refusals_before[i]; ++r) set.plugins.push_back(std::move(refusals[r]));
    if (crashed) {
      PluginInfo info;
      info.path = paths[i];
      info.error = std::move(*crashed);
      info.tried = true;
      set.plugins.push_back(std::move(info));
    } else {
      load_library(paths[i], registry, set);
      set.plugins.back().tried = on_trial;
    }
    settled = i + 1;
  };
  const auto settle_untried_before = [&](std::size_t end) {
    for (std::size_t i = settled; i < end; ++i) settle(i, std::nullopt, false);
  };
  probe_in_children(
      tried_paths, [&](std::size_t k) { load_library(tried_paths[k], scratch_registry, scratch); },
      [&](std::size_t k, std::optional<Text> crashed) {
        settle_untried_before(tried[k]);
        settle(tried[k], std::move(crashed), true);
      },
      hooks);
  settle_untried_before(paths.size());
  for (; r < refusals.size(); ++r) set.plugins.push_back(std::move(refusals[r]));
  drop_clashing_configured(set);
  std::sort(set.rules.begin(), set.rules.end(),
            [](const LoadedRule& a, const LoadedRule& b) { return a.meta.id < b.meta.id; });
  return set;
}

}  // namespace kiemtra::core
