#include "dossier/lexicon/gazetteer.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "dossier/core/error.h"
#include "dossier/core/name_key.h"
#include "dossier/lexicon/lexicon_file.h"
#include "dossier/lexicon/name_pieces.h"
#include "dossier/lexicon/name_trie.h"

namespace dossier {
namespace {

// Preference ranks when entries share a name; smaller wins.
enum Rank : std::uint64_t {
  kCountryRank = 0,
  kRegionRank = 1,
  kActorRank = 2,
  kDemonymRank = 3,
  kCapitalRank = 4,
  kDefaultCityRank = 5,
  kSubdivisionRank = 6,
  kCityRank = 7,
};

enum class FileKind { kCountries, kRegions, kActors, kDemonyms, kCities, kSubdivisions, kTowns };

struct LexiconFileSpec {
  const char* name;
  FileKind kind;
};

constexpr std::array<LexiconFileSpec, 8> kFiles = {{
    {"countries.tsv", FileKind::kCountries},
    {"regions.tsv", FileKind::kRegions},
    {"actors.tsv", FileKind::kActors},
    {"demonyms.tsv", FileKind::kDemonyms},
    {"cities.tsv", FileKind::kCities},
    {"subdivisions.tsv", FileKind::kSubdivisions},
    {"towns.tsv", FileKind::kTowns},
    {"counties.tsv", FileKind::kTowns},  // read like towns: only where a report names its scene
}};

std::uint64_t rank_of(FileKind kind, const LexEntry& e) {
  switch (kind) {
    case FileKind::kCountries:
      return kCountryRank;
    case FileKind::kRegions:
      return kRegionRank;
    case FileKind::kActors:
      return kActorRank;
    case FileKind::kDemonyms:
      return kDemonymRank;
    case FileKind::kSubdivisions:
      return kSubdivisionRank;
    case FileKind::kTowns:
      return kCityRank;
    case FileKind::kCities:
      if (e.subtype == "capital") return kCapitalRank;
      return e.is_default ? kDefaultCityRank : kCityRank;
  }
  return kCityRank;
}

// Lower-case joining words of transliterated names ("Jaish-e-Mohammed",
// "al-Baghdadi", "Rostov-on-Don"): no match boundary at a dash next to them.
bool is_connector(std::string_view text, const Piece& p) {
  static constexpr std::string_view kConnectors[] = {
      "a",   "e",    "i",  "o",  "u",   "y",    "al",  "el",  "ul",  "ud",  "ur",   "us",  "ut",
      "ad",  "an",   "ar", "as", "ash", "at",   "az",  "ibn", "bin", "ben", "bint", "de",  "di",
      "da",  "du",   "la", "le", "les", "los",  "las", "del", "der", "den", "van",  "von", "on",
      "sur", "upon", "en", "im", "am",  "sous", "ed",  "es",  "ag",  "et",  "ez",   "um",  "ol"};
  if (p.kind != PieceKind::kWord || p.upper_initial || p.end - p.start > 4) return false;
  std::string_view s = text.substr(p.start, p.end - p.start);
  for (std::string_view c : kConnectors)
    if (s == c) return true;
  return false;
}

// Collects in *candidates every (last piece, node) where a name of the trie starting at piece
// i ends; each piece is walked by its hash and, for Cyrillic words, by its stem's.
template <typename EndOk>
void walk_names(const NameTrie& trie, const std::vector<Piece>& pieces, std::size_t i,
                const EndOk& end_ok, std::vector<std::pair<std::size_t, std::uint32_t>>* candidates,
                std::vector<std::pair<std::size_t, std::uint32_t>>* frontier) {
  const std::size_t n = pieces.size();
  frontier->assign(1, {i, NameTrie::kRoot});
  while (!frontier->empty()) {
    const auto [j, node] = frontier->back();
    frontier->pop_back();
    if (j >= n) continue;
    for (const std::uint64_t h : {pieces[j].hash, pieces[j].stem}) {
      const std::uint32_t next = h ? trie.child(node, h) : NameTrie::kNone;
      if (next == NameTrie::kNone) continue;
      // An adjective names no place of its own: "Дзержинском районе" is no Dzerzhinsk.
      const bool adjective_end = h == pieces[j].stem && pieces[j].adjective;
      if (!trie.terminals(next).empty() && end_ok(j) && !adjective_end)
        candidates->emplace_back(j, next);
      frontier->emplace_back(j + 1, next);
    }
  }
  std::stable_sort(candidates->begin(), candidates->end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
}

// The names of a stop names file, as piece-sequence hashes (for the trie) and as name keys
// (for towns).
struct StopNames {
  std::unordered_set<std::uint64_t> hashes;
  std::unordered_set<std::string> keys;
};

StopNames read_stop_names(const std::filesystem::path& path) {
  StopNames out;
  if (!std::filesystem::exists(path)) return out;
  std::vector<std::string> names;
  read_stopnames_file(path, &names);
  std::vector<Piece> pieces;
  for (const std::string& n : names) {
    pieces.clear();
    split_pieces(n, 0, static_cast<std::uint32_t>(n.size()), &pieces);
    out.hashes.insert(sequence_hash(pieces));
    out.keys.insert(name_key(n));
  }
  return out;
}

bool is_settlement(const LexEntry& e) {
  return e.type == EntityType::kLocation &&
         (e.subtype == "city" || e.subtype == "capital" || e.subtype == "town");
}

void file_once(std::vector<std::uint32_t>* ids, std::uint32_t i) {
  if (std::find(ids->begin(), ids->end(), i) == ids->end()) ids->push_back(i);
}

}  // namespace

struct Gazetteer::Index {
  NameTrie trie;
  std::unordered_map<std::string, std::uint32_t> keys;
  std::unordered_map<std::string, std::vector<std::uint32_t>> towns;    // by name_key
  std::unordered_map<std::string, std::vector<std::uint32_t>> stopped;  // by name_key
  std::vector<bool> is_town;
};

Gazetteer::Gazetteer() : index_(std::make_unique<Index>()) {}
Gazetteer::~Gazetteer() = default;

std::unique_ptr<Gazetteer> Gazetteer::load(const std::filesystem::path& dir) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  bool any = std::filesystem::exists(dir / "stopnames.tsv");
  const StopNames stop_names = read_stop_names(dir / "stopnames.tsv");
  const std::unordered_set<std::uint64_t>& stop = stop_names.hashes;
  std::vector<Piece> pieces;

  std::vector<std::uint64_t> priority;
  // Where each entry was read (file index into kFiles, line), for reference errors.
  std::vector<std::pair<std::size_t, std::uint32_t>> where;
  auto located = [&](std::size_t i) {
    return (dir / kFiles[where[i].first].name).string() + ":" + std::to_string(where[i].second);
  };
  for (const LexiconFileSpec& spec : kFiles) {
    const std::filesystem::path path = dir / spec.name;
    if (!std::filesystem::exists(path)) continue;
    any = true;
    const std::size_t first = g->entries_.size();
    std::vector<std::uint32_t> lines;
    read_lexicon_file(path, &g->entries_, &lines);
    for (std::size_t i = first; i < g->entries_.size(); ++i) {
      const LexEntry& e = g->entries_[i];
      where.emplace_back(static_cast<std::size_t>(&spec - kFiles.data()), lines[i - first]);
      if (!g->index_->keys.emplace(e.key, static_cast<std::uint32_t>(i)).second)
        throw Error(located(i) + ": duplicate key '" + e.key + "'");
      priority.push_back((rank_of(spec.kind, e) << 32) | (0xFFFFFFFFu - e.population));
      g->index_->is_town.push_back(spec.kind == FileKind::kTowns);
    }
  }
  if (!any) throw Error(dir.string() + ": no lexicon files");

  for (std::size_t i = 0; i < g->entries_.size(); ++i) {
    const LexEntry& e = g->entries_[i];
    for (const std::string* ref : {&e.parent, &e.links_to}) {
      if (!ref->empty() && !g->index_->keys.contains(*ref))
        throw Error(located(i) + ": unknown key '" + *ref + "'");
    }
    if (g->index_->is_town[i]) {
      g->index_town(static_cast<std::uint32_t>(i), stop_names.keys);
      continue;
    }
    auto add = [&](const std::string& name) {
      pieces.clear();
      split_pieces(name, 0, static_cast<std::uint32_t>(name.size()), &pieces);
      if (pieces.empty()) return;
      if (stop.contains(sequence_hash(pieces))) {
        if (is_settlement(e)) file_once(&g->index_->stopped[name_key(name)], i);
        return;
      }
      bool has_lower = false, has_upper = false;
      for (const Piece& p : pieces) {
        has_lower = has_lower || p.has_lower;
        has_upper = has_upper || p.upper_initial;
      }
      const bool exact = has_upper && !has_lower;
      g->index_->trie.insert(name, pieces, static_cast<std::uint32_t>(i), exact);
      if (exact) return;
      // The stem path, which inflected Cyrillic text walks ("Волгограде" -> Volgograd).
      bool differs = false;
      for (Piece& p : pieces) {
        const std::uint64_t h = stem_path_hash(name, p);
        differs = differs || h != p.hash;
        p.hash = h;
      }
      if (differs) g->index_->trie.insert(name, pieces, static_cast<std::uint32_t>(i), false);
    };
    add(e.name);
    for (const std::string& alias : e.aliases) add(alias);
  }
  g->index_->trie.finalize(priority);
  for (auto* by_name : {&g->index_->towns, &g->index_->stopped})
    for (auto& [name, ids] : *by_name)
      std::stable_sort(ids.begin(), ids.end(), [&](std::uint32_t a, std::uint32_t b) {
        return g->entries_[a].population > g->entries_[b].population;
      });
  g->locate_sites();
  return g;
}

// Files a town under its name, among the stopped places when the name is a stop name.
void Gazetteer::index_town(std::uint32_t i, const std::unordered_set<std::string>& stop_keys) {
  std::string key = name_key(entries_[i].name);
  auto& by_name = stop_keys.contains(key) ? index_->stopped : index_->towns;
  by_name[std::move(key)].push_back(i);
}

std::string Gazetteer::region_of(std::uint32_t index) const {
  const LexEntry& e = entries_[index];
  if (e.type != EntityType::kLocation) return {};
  if (e.subtype == "subdivision") return e.name;
  if (e.parent.empty()) return {};
  const std::int64_t parent = find_key(e.parent);
  if (parent < 0) return {};
  const LexEntry& p = entries_[static_cast<std::uint32_t>(parent)];
  return p.subtype == "subdivision" ? p.name : std::string();
}

void Gazetteer::locate_sites() {
  for (LexEntry& e : entries_) {
    if (e.has_coords || e.country.empty() ||
        !(e.subtype == "facility" || e.subtype == "landmark" || e.subtype == "venue"))
      continue;
    std::vector<const std::string*> names{&e.name};
    for (const std::string& a : e.aliases) names.push_back(&a);
    for (std::size_t n = 0; n < names.size() && !e.has_coords; ++n) {
      // "Domodedovo Airport" lies at Domodedovo: the longest leading words naming a city.
      std::string_view name = *names[n];
      for (std::size_t cut = name.size(); cut != std::string_view::npos && !e.has_coords;
           cut = cut ? name.rfind(' ', cut - 1) : std::string_view::npos) {
        for (std::uint32_t c : lookup(name.substr(0, cut))) {
          const LexEntry& city = entries_[c];
          if ((city.subtype == "city" || city.subtype == "capital") && city.has_coords &&
              city.country == e.country) {
            e.lat = city.lat;
            e.lon = city.lon;
            e.has_coords = true;
            if (e.parent.empty()) e.parent = city.parent;
            break;
          }
        }
        if (cut == 0) break;
      }
    }
  }
}

std::vector<LexMatch> Gazetteer::match(std::string_view text, std::span<const Token> tokens) const {
  std::vector<Piece> pieces;
  std::vector<std::uint32_t> token_of;
  pieces.reserve(tokens.size() + tokens.size() / 2);
  token_of.reserve(pieces.capacity());
  for (std::uint32_t t = 0; t < tokens.size(); ++t) {
    split_pieces(text, tokens[t].start, tokens[t].end, &pieces);
    token_of.resize(pieces.size(), t);
  }
  const std::size_t n = pieces.size();
  auto same_token = [&](std::size_t a, std::size_t b) { return token_of[a] == token_of[b]; };
  // Inside a token, a boundary at a dash needs non-connector words on both sides.
  auto dash_boundary = [&](std::size_t before, std::size_t after) {
    return !is_connector(text, pieces[before]) &&
           (after >= n || !same_token(before, after) || !is_connector(text, pieces[after]));
  };
  auto start_ok = [&](std::size_t i) {
    if (i == 0 || !same_token(i - 1, i)) return true;
    switch (pieces[i - 1].kind) {
      case PieceKind::kOther:
        return true;
      case PieceKind::kDash:
        return i >= 2 && same_token(i - 2, i) && dash_boundary(i - 2, i);
      default:
        return false;
    }
  };
  auto end_ok = [&](std::size_t j) {
    if (j + 1 >= n || !same_token(j, j + 1)) return true;
    if (pieces[j + 1].kind == PieceKind::kDash) return dash_boundary(j, j + 2);
    return pieces[j + 1].kind != PieceKind::kWord;
  };

  const NameTrie& trie = index_->trie;
  std::vector<LexMatch> matches;
  std::vector<std::pair<std::size_t, std::uint32_t>> candidates;  // (last piece, node)
  std::vector<std::pair<std::size_t, std::uint32_t>> frontier;    // (next piece, node)
  std::string exact;
  for (std::size_t i = 0; i < n;) {
    candidates.clear();
    if (start_ok(i)) walk_names(index_->trie, pieces, i, end_ok, &candidates, &frontier);
    bool found = false;
    for (auto c = candidates.rbegin(); c != candidates.rend() && !found; ++c) {
      const std::size_t j = c->first;
      exact.clear();
      for (const NameTrie::Terminal& t : trie.terminals(c->second)) {
        if (t.exact_end > t.exact_begin) {
          if (exact.empty())
            for (std::size_t k = i; k <= j; ++k)
              NameTrie::append_exact_form(text, pieces[k], &exact);
          if (exact != trie.exact_form(t)) continue;
        } else if (pieces[i].lower_initial && !t.lower_initial) {
          continue;
        }
        matches.push_back(
            LexMatch{pieces[i].start, pieces[j].end, token_of[i], token_of[j] + 1, t.entry});
        found = true;
        i = j + 1;
        break;
      }
    }
    if (!found) ++i;
  }
  return matches;
}

std::span<const std::uint32_t> Gazetteer::lookup(std::string_view name) const {
  std::vector<Piece> pieces;
  split_pieces(name, 0, static_cast<std::uint32_t>(name.size()), &pieces);
  if (pieces.empty()) return {};
  std::uint32_t node = NameTrie::kRoot;
  for (const Piece& p : pieces) {
    node = index_->trie.child(node, p.hash);
    if (node == NameTrie::kNone) return {};
  }
  return index_->trie.entries(node);
}

std::span<const std::uint32_t> Gazetteer::towns(std::string_view name) const {
  auto it = index_->towns.find(name_key(name));
  if (it == index_->towns.end()) return {};
  return it->second;
}

std::span<const std::uint32_t> Gazetteer::stopped_places(std::string_view name) const {
  auto it = index_->stopped.find(name_key(name));
  if (it == index_->stopped.end()) return {};
  return it->second;
}

std::int64_t Gazetteer::find_key(std::string_view key) const {
  auto it = index_->keys.find(std::string(key));
  return it == index_->keys.end() ? -1 : static_cast<std::int64_t>(it->second);
}

}  // namespace dossier
