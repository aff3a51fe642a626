#include "dossier/lexicon/lexicon_file.h"

#include <charconv>
#include <fstream>
#include <sstream>
#include <string_view>

#include "dossier/core/error.h"

namespace dossier {
namespace {

enum Column {
  kKey,
  kType,
  kSubtype,
  kName,
  kAliases,
  kCountry,
  kParent,
  kLat,
  kLon,
  kPopulation,
  kDefault,
  kLinksTo,
  kNote,
  kWord,
  kColumnCount
};

constexpr std::string_view kColumnNames[kColumnCount] = {
    "key", "type", "subtype",    "name",    "aliases",  "country", "parent",
    "lat", "lon",  "population", "default", "links_to", "note",    "word"};

std::string read_whole(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path.string() + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

// The tab-separated fields of line, into *fields (cleared first: one vector serves every
// line of a file).
void split_tabs(std::string_view line, std::vector<std::string_view>* fields) {
  fields->clear();
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields->push_back(line.substr(start));
      return;
    }
    fields->push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

// Iterates the data lines of a TSV text: calls fn(line_number, line) for each
// line that is not blank or a comment; stops when fn returns false.
template <typename Fn>
bool for_each_line(std::string_view text, Fn fn) {
  std::uint32_t number = 0;
  size_t pos = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (!fn(number, line)) return false;
  }
  return true;
}

// Maps header fields to columns; index -1 for a column the header lacks.
bool parse_header(std::string_view line, int (*index)[kColumnCount], std::string* what) {
  for (int& i : *index) i = -1;
  std::vector<std::string_view> fields;
  split_tabs(line, &fields);
  for (size_t f = 0; f < fields.size(); ++f) {
    int column = -1;
    for (int c = 0; c < kColumnCount; ++c)
      if (kColumnNames[c] == fields[f]) column = c;
    if (column < 0) {
      *what = "unknown column '" + std::string(fields[f]) + "' in header";
      return false;
    }
    (*index)[column] = static_cast<int>(f);
  }
  return true;
}

template <typename T>
bool parse_number(std::string_view s, T* out) {
  if (s.empty()) return true;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size();
}

bool fill_entry(const std::vector<std::string_view>& fields, const int (&index)[kColumnCount],
                LexEntry* e, std::string* what) {
  auto field = [&](Column c) -> std::string_view {
    int i = index[c];
    return i >= 0 && static_cast<size_t>(i) < fields.size() ? fields[i] : std::string_view();
  };
  e->key = field(kKey);
  e->name = field(kName);
  if (e->key.empty() || e->key.find(' ') != std::string::npos) {
    *what = "missing or malformed key";
    return false;
  }
  if (e->name.empty()) {
    *what = "missing name";
    return false;
  }
  std::optional<EntityType> type = parse_entity_type(field(kType));
  if (!type) {
    *what = "unknown type '" + std::string(field(kType)) + "'";
    return false;
  }
  e->type = *type;
  e->subtype = field(kSubtype);
  e->country = field(kCountry);
  e->parent = field(kParent);
  e->links_to = field(kLinksTo);
  std::string_view aliases = field(kAliases);
  while (!aliases.empty()) {
    size_t bar = aliases.find('|');
    std::string_view alias = aliases.substr(0, bar);
    if (alias.empty()) {
      *what = "empty alias";
      return false;
    }
    e->aliases.emplace_back(alias);
    if (bar == std::string_view::npos) break;
    aliases.remove_prefix(bar + 1);
    if (aliases.empty()) {
      *what = "empty alias";
      return false;
    }
  }
  std::string_view lat = field(kLat), lon = field(kLon);
  if (!parse_number(lat, &e->lat) || !parse_number(lon, &e->lon) || lat.empty() != lon.empty() ||
      e->lat < -90 || e->lat > 90 || e->lon < -180 || e->lon > 180) {
    *what = "bad coordinates";
    return false;
  }
  e->has_coords = !lat.empty();
  if (!parse_number(field(kPopulation), &e->population)) {
    *what = "bad population";
    return false;
  }
  std::string_view is_default = field(kDefault);
  if (is_default != "" && is_default != "0" && is_default != "1") {
    *what = "default must be 0 or 1";
    return false;
  }
  e->is_default = is_default == "1";
  std::string_view is_word = field(kWord);
  if (is_word != "" && is_word != "0" && is_word != "1") {
    *what = "word must be 0 or 1";
    return false;
  }
  e->is_word = is_word == "1";
  return true;
}

std::string located(const std::filesystem::path& path, std::uint32_t line,
                    const std::string& what) {
  return path.string() + ":" + std::to_string(line) + ": " + what;
}

}  // namespace

void read_lexicon_file(const std::filesystem::path& path, std::vector<LexEntry>* entries,
                       std::vector<std::uint32_t>* lines) {
  const std::string text = read_whole(path);
  int index[kColumnCount];
  bool have_header = false;
  std::string what;
  std::uint32_t bad_line = 0;
  std::vector<std::string_view> fields;
  bool ok = for_each_line(text, [&](std::uint32_t number, std::string_view line) {
    bad_line = number;
    if (!have_header) {
      have_header = true;
      if (!parse_header(line, &index, &what)) return false;
      if (index[kKey] < 0 || index[kType] < 0 || index[kName] < 0) {
        what = "header lacks key, type or name";
        return false;
      }
      return true;
    }
    split_tabs(line, &fields);
    int columns = 0;
    for (int i : index) columns += i >= 0;
    if (static_cast<int>(fields.size()) > columns) {
      what = "more fields than the header names";
      return false;
    }
    LexEntry e;
    if (!fill_entry(fields, index, &e, &what)) return false;
    entries->push_back(std::move(e));
    lines->push_back(number);
    return true;
  });
  if (!ok) throw Error(located(path, bad_line, what));
}

void read_stopnames_file(const std::filesystem::path& path, std::vector<std::string>* names) {
  const std::string text = read_whole(path);
  int index[kColumnCount];
  bool have_header = false;
  std::string what;
  std::uint32_t bad_line = 0;
  bool ok = for_each_line(text, [&](std::uint32_t number, std::string_view line) {
    bad_line = number;
    if (!have_header) {
      have_header = true;
      if (!parse_header(line, &index, &what)) return false;
      if (index[kName] < 0) {
        what = "header lacks name";
        return false;
      }
      return true;
    }
    std::vector<std::string_view> fields;
    split_tabs(line, &fields);
    if (static_cast<size_t>(index[kName]) >= fields.size() || fields[index[kName]].empty()) {
      what = "missing name";
      return false;
    }
    names->emplace_back(fields[index[kName]]);
    return true;
  });
  if (!ok) throw Error(located(path, bad_line, what));
}

}  // namespace dossier
