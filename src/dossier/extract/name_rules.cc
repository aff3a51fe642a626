#include "dossier/extract/name_rules.h"

#include <fstream>

#include "dossier/core/error.h"
#include "dossier/core/name_key.h"

namespace dossier {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  for (;;) {
    std::size_t tab = line.find('\t', pos);
    out.push_back(line.substr(pos, tab == std::string::npos ? std::string::npos : tab - pos));
    if (tab == std::string::npos) break;
    pos = tab + 1;
  }
  return out;
}

std::string pair_key(const std::string& a, const std::string& b) {
  return a < b ? a + '\t' + b : b + '\t' + a;
}

}  // namespace

void NameRules::load(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw Error(file.string() + ": cannot open aliases file");
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto f = split_tabs(line);
    auto fail = [&](const std::string& why) {
      throw Error(file.string() + ":" + std::to_string(number) + ": " + why);
    };
    if (f[0] == "never" && f.size() == 2 && !f[1].empty()) {
      add_never(f[1]);
    } else if ((f[0] == "same" || f[0] == "distinct") && f.size() == 3 && !f[1].empty() &&
               !f[2].empty()) {
      if (f[0] == "same")
        add_same(f[1], f[2]);
      else
        add_distinct(f[1], f[2]);
    } else if (f[0] == "never" || f[0] == "same" || f[0] == "distinct") {
      fail("rule '" + f[0] + "' expects " + (f[0] == "never" ? "one name" : "two names") +
           " separated by tabs");
    } else {
      fail("unknown rule '" + f[0] + "' (expected never, same or distinct)");
    }
  }
}

void NameRules::add_never(std::string_view name) { never_.insert(name_key(name)); }

void NameRules::add_same(std::string_view a, std::string_view b) {
  std::string ra = find_root(name_key(a)), rb = find_root(name_key(b));
  if (ra != rb) same_[std::max(ra, rb)] = std::min(ra, rb);
}

void NameRules::add_distinct(std::string_view a, std::string_view b) {
  distinct_.insert(pair_key(name_key(a), name_key(b)));
  distinct_names_.insert(name_key(a));
  distinct_names_.insert(name_key(b));
}

bool NameRules::in_distinct_rule(std::string_view name) const {
  return !distinct_names_.empty() && distinct_names_.count(name_key(name)) > 0;
}

bool NameRules::never(std::string_view name) const { return never_.count(name_key(name)) > 0; }

std::string NameRules::find_root(std::string key) const {
  for (auto it = same_.find(key); it != same_.end(); it = same_.find(key)) key = it->second;
  return key;
}

std::string NameRules::forced_key(std::string_view name) const { return find_root(name_key(name)); }

bool NameRules::distinct(std::string_view a, std::string_view b) const {
  return !distinct_.empty() && distinct_.count(pair_key(name_key(a), name_key(b))) > 0;
}

}  // namespace dossier
