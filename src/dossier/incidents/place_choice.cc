#include "dossier/incidents/place_choice.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "dossier/core/date_words.h"
#include "dossier/core/geo.h"
#include "dossier/incidents/cue_words.h"
#include "dossier/lexicon/us_states.h"

namespace dossier {
namespace {

constexpr std::size_t kSentences = 40;
constexpr std::size_t kLongestName = 3;  // tokens

bool capitalized(std::string_view t) { return !t.empty() && t[0] >= 'A' && t[0] <= 'Z'; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool all_caps(std::string_view s) {
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    letter = letter || (c >= 'A' && c <= 'Z');
  }
  return letter && s.size() > 3;
}

bool is_place(const LexEntry& e) {
  return e.type == EntityType::kLocation &&
         (e.subtype == "city" || e.subtype == "capital" || e.subtype == "town" ||
          e.subtype == "county" || e.subtype == "subdivision" || e.subtype == "country");
}

// One name of the text that the gazetteer knows as a place.
struct Occurrence {
  std::uint32_t start, end;
  std::size_t sentence;  // kTitle for the title
  std::vector<std::uint32_t> entries;
  std::int64_t adjacent_state = -1;  // "Troy, Mich.": the subdivision after the comma
  bool prep = false, police = false, dateline = false, caps = false, incident = false;
  bool opens_sentence = false;  // its sentence's first token
  bool stop_name = false;       // the name is a stop name too ("Austin", a first name)
  bool part_of_town = false;    // "the Lawndale neighborhood", "the Whitehaven area"
  bool name_before = false, name_after = false;  // a capitalized word right before / after
  std::string tagged = "none";  // the type of the entity mention over it ("person", ...)
};

constexpr std::size_t kTitle = static_cast<std::size_t>(-1);

class PlaceReader {
 public:
  PlaceReader(std::string_view text, const Gazetteer& g) : text_(text), g_(g) {}

  // The subdivision named by tokens [i, i + n) of `toks` ("Mich.", "Michigan", "TX"), or -1.
  std::int64_t state_at(const std::vector<Token>& toks, std::size_t i) const {
    if (const std::string_view code = ap_state_code(text_.substr(toks[i].start)); !code.empty())
      return g_.find_key("us-" + std::string(code));
    for (std::size_t n = 2; n >= 1; --n) {
      if (i + n > toks.size()) continue;
      const std::string_view s = span(toks[i].start, toks[i + n - 1].end);
      if (s.size() == 2 && all_caps_pair(s)) {
        const std::int64_t k = g_.find_key("us-" + lower(s));
        if (k >= 0) return k;
      }
      for (std::uint32_t e : g_.lookup(s))
        if (g_.entry(e).subtype == "subdivision") return e;
      if (n == 1) break;
    }
    return -1;
  }

  // The place names of one sentence (tokens `toks`, index `sentence`), appended to *out.
  void read(const std::vector<Token>& toks, std::size_t sentence, std::vector<Occurrence>* out) {
    const std::vector<std::string> words = lower_words(span(toks.front().start, toks.back().end));
    const bool incident = reports_incident(words);
    for (std::size_t i = 0; i < toks.size();) {
      std::size_t taken = 0;
      for (std::size_t n = std::min(kLongestName, toks.size() - i); n >= 1 && !taken; --n) {
        bool caps = true;
        for (std::size_t k = i; k < i + n && caps; ++k) caps = capitalized(tok(toks[k]));
        if (!caps) continue;
        const std::string_view name = span(toks[i].start, toks[i + n - 1].end);
        if (n == 1 && (weekday_from_word(lower(name)) >= 0 || month_from_word(lower(name)) > 0))
          continue;
        Occurrence o{toks[i].start, toks[i + n - 1].end, sentence, {}, -1};
        for (std::uint32_t e : g_.lookup(name))
          if (is_place(g_.entry(e))) o.entries.push_back(e);
        for (std::uint32_t e : g_.towns(name)) o.entries.push_back(e);
        const std::span<const std::uint32_t> stopped = g_.stopped_places(name);
        o.stop_name = !stopped.empty();
        o.entries.insert(o.entries.end(), stopped.begin(), stopped.end());
        if (o.entries.empty()) continue;
        taken = n;
        const std::size_t after = i + n;
        const std::string next = after < toks.size() ? lower(tok(toks[after])) : "";
        if (next == "county" || next == "parish" || next == "township") break;  // a county
        if (next == "," && after + 1 < toks.size()) o.adjacent_state = state_at(toks, after + 1);
        const std::string prev = i > 0 ? lower(tok(toks[i - 1])) : "";
        o.prep = prev == "in" || prev == "of" || prev == "near" || prev == "at" || prev == "from" ||
                 prev == "outside" || prev == "to";
        o.police = next == "police" || next == "officers" || next == "sheriff" ||
                   next == "authorities" || next == "fire";
        o.dateline =
            sentence == 0 && i == 0 && (next == "," || next == "—" || next == "-" || next == "(");
        o.caps = all_caps(name);
        o.incident = incident;
        o.opens_sentence = i == 0;
        o.part_of_town = next == "neighborhood" || next == "neighbourhood" || next == "area" ||
                         next == "section" || next == "community" || next == "subdivision";
        // "Main Street", "the Ministry of Justice": part of a longer name.
        o.name_before = (i > 0 && capitalized(tok(toks[i - 1])) && !o.dateline) ||
                        (i > 1 && prev == "of" && capitalized(tok(toks[i - 2])));
        o.name_after = after < toks.size() && capitalized(tok(toks[after])) && next != "police" &&
                       next != "county";
        out->push_back(std::move(o));
      }
      i += taken ? taken : 1;
    }
  }

 private:
  static bool all_caps_pair(std::string_view s) {
    return s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
  }
  std::string_view span(std::uint32_t a, std::uint32_t b) const { return text_.substr(a, b - a); }
  std::string_view tok(const Token& t) const { return span(t.start, t.end); }
  std::string_view text_;
  const Gazetteer& g_;
};

std::string bucket(std::size_t n) { return n >= 3 ? "3+" : std::to_string(n); }

std::string sentence_bucket(std::size_t s) {
  if (s <= 2) return "s" + std::to_string(s);
  if (s <= 5) return "s3-5";
  if (s <= 10) return "s6-10";
  return "s11+";
}

std::string population_bucket(std::uint32_t pop) {
  if (pop == 0) return "pop=0";
  return "pop=" + std::to_string(std::clamp(static_cast<int>(std::log10(pop)), 3, 7));
}

// The key of the first-level subdivision an entry lies in (itself for a subdivision).
std::string state_key(const LexEntry& e) { return e.subtype == "subdivision" ? e.key : e.parent; }

// The places of the first kSentences sentences, each with the type of the mention over it.
std::vector<Occurrence> read_places(std::string_view text, const Segmentation& seg,
                                    const Gazetteer& gazetteer, const MentionSet& mentions) {
  std::vector<Occurrence> occ;
  PlaceReader body(text, gazetteer);
  const std::size_t n = std::min(seg.sentences.size(), kSentences);
  for (std::size_t s = 0; s < n; ++s) {
    const Sentence& sent = seg.sentences[s];
    std::vector<Token> toks(seg.tokens.begin() + sent.first_token,
                            seg.tokens.begin() + sent.end_token);
    body.read(toks, s, &occ);
  }
  auto m = mentions.mentions.begin();  // both sorted by start
  for (Occurrence& o : occ) {
    while (m != mentions.mentions.end() && m->end <= o.start) ++m;
    if (m != mentions.mentions.end() && m->start < o.end)
      o.tagged =
          std::string(to_string(m->type)) + (m->start < o.start || m->end > o.end ? "_wider" : "");
  }
  return occ;
}

std::vector<Occurrence> read_title(std::string_view title, const Gazetteer& gazetteer) {
  std::vector<Occurrence> in_title;
  if (title.empty()) return in_title;
  const Segmentation ts = segment(title);
  PlaceReader head(title, gazetteer);
  for (const Sentence& sent : ts.sentences)
    head.read({ts.tokens.begin() + sent.first_token, ts.tokens.begin() + sent.end_token}, kTitle,
              &in_title);
  return in_title;
}

// Whether the text uses the words of American local news: a county sheriff's office, a city
// "police department", an address given as "the 600 block of Elm Street".
bool us_local_news(std::string_view text) {
  const std::vector<std::string> words = lower_words(text);
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string& w = words[i];
    const std::string& next = words[i + 1];
    if ((w == "sheriff's" || w == "sheriff’s") &&
        (next == "office" || next == "deputies" || next == "department" || next == "deputy"))
      return true;
    if (w == "police" && next == "department") return true;
    if (w == "block" && next == "of" && i > 0 && !words[i - 1].empty() && words[i - 1][0] >= '0' &&
        words[i - 1][0] <= '9')
      return true;
  }
  return false;
}

// What the whole page says about where it is.
struct PageContext {
  std::unordered_map<std::string, std::size_t> states;     // state key: times named
  std::unordered_map<std::string, std::size_t> countries;  // ISO code: times named
  std::unordered_set<std::uint32_t> titled;                // entries the title names
  bool us_page = false;                                    // a US state is named: US news
  bool us_words = false;  // words of US local news: "sheriff's", "police department", "block of"
  std::string biggest_state;  // the state of the page's most populous city
  // For each state, the distinct place names of the page that may lie in it.
  std::unordered_map<std::string, std::unordered_set<std::string>> names_in_state;
};

PageContext page_context(std::string_view text, const std::vector<Occurrence>& occ,
                         const std::vector<Occurrence>& in_title, const Gazetteer& g) {
  PageContext c;
  std::uint32_t biggest = 0;
  for (const Occurrence& o : occ) {
    if (o.adjacent_state >= 0) ++c.states[g.entry(o.adjacent_state).key];
    for (std::uint32_t e : o.entries) {
      const LexEntry& le = g.entry(e);
      if (le.subtype == "subdivision" && o.entries.size() == 1) ++c.states[le.key];
      if (le.subtype == "country") ++c.countries[le.country];
      if (le.subtype == "country" || le.subtype == "subdivision") continue;
      c.names_in_state[state_key(le)].insert(std::string(text.substr(o.start, o.end - o.start)));
      if (le.population > biggest && e == o.entries.front()) {
        biggest = le.population;
        c.biggest_state = state_key(le);
      }
    }
  }
  for (const Occurrence& o : in_title) {
    c.titled.insert(o.entries.begin(), o.entries.end());
    if (o.adjacent_state >= 0) ++c.states[g.entry(o.adjacent_state).key];
  }
  for (const auto& [key, count] : c.states) c.us_page = c.us_page || key.rfind("us-", 0) == 0;
  c.us_words = us_local_news(text);
  return c;
}

// Features of what surrounds a place's occurrences ("in X", "X police", "Troy, Mich.", a
// dateline, "the X neighborhood").
void evidence_features(const LexEntry& e, const std::vector<const Occurrence*>& seen,
                       const Gazetteer& g, std::vector<std::string>* f) {
  bool adjacent = false, prep = false, police = false, dateline = false, caps = true,
       incident = false, only_opens = true, only_named = true, part_of_town = false;
  for (const Occurrence* o : seen) {
    part_of_town = part_of_town || o->part_of_town;
    only_opens = only_opens && o->opens_sentence;
    only_named = only_named && (o->name_before || o->name_after);
    adjacent =
        adjacent || (o->adjacent_state >= 0 && g.entry(o->adjacent_state).key == state_key(e));
    prep = prep || o->prep;
    police = police || o->police;
    dateline = dateline || o->dateline;
    caps = caps && o->caps;
    incident = incident || o->incident;
  }
  const bool context = adjacent || prep || police || dateline;
  const std::string& tagged = seen.front()->tagged;
  if (only_opens) f->push_back("opens_sentence");
  if (part_of_town) f->push_back("part_of_town");
  if (only_named) f->push_back(context ? "in_longer_name&context" : "in_longer_name");
  f->push_back("tagged=" + tagged);
  if (tagged != "location" && !context) f->push_back("tagged=" + tagged + "&no_context");
  if (adjacent) f->push_back("state_adjacent");
  if (prep) f->push_back("ctx=prep");
  if (police) f->push_back("ctx=police");
  if (dateline) f->push_back("dateline");
  if (caps) f->push_back("allcaps");
  if (incident) f->push_back("incident_sentence");
  if (e.is_word) f->push_back(context ? "word&context" : "word&no_context");
  if (seen.front()->stop_name) f->push_back(context ? "stop_name&context" : "stop_name&no_context");
  if (!context) f->push_back("sub=" + e.subtype + "&no_context");
}

// Features of how a place stands to the page's other places.
void page_features(const LexEntry& e, std::uint32_t entry, const PageContext& c,
                   std::vector<std::string>* f) {
  const std::string sub = "sub=" + e.subtype;
  const std::string state = state_key(e);
  if (e.subtype != "subdivision" && !state.empty()) {
    // Other places of the page that may lie in its state: "Columbus" beside "Phenix City".
    const auto it = c.names_in_state.find(state);
    f->push_back("state_support=" +
                 bucket(it == c.names_in_state.end() ? 0 : it->second.size() - 1));
  }
  if (c.us_page) f->push_back(e.country == "US" ? "us_page&us" : "us_page&abroad");
  if (c.us_words) f->push_back(e.country == "US" ? "us_words&us" : "us_words&abroad");
  if (!c.biggest_state.empty() && e.subtype != "subdivision")
    f->push_back(state == c.biggest_state ? "biggest_city_state" : "not_biggest_city_state");
  const auto named = c.states.find(state);
  if (e.subtype == "subdivision") {
    f->push_back("state_mentions=" + bucket(named == c.states.end() ? 0 : named->second));
    if (!e.country.empty() && e.country != "US") f->push_back("foreign_subdivision");
  } else if (!state.empty() && named != c.states.end()) {
    f->push_back("state_named");
    f->push_back(sub + "&state_named");
  } else if (!c.states.empty()) {
    f->push_back("other_state_named");
  }
  if (c.countries.count(e.country))
    f->push_back("country_named");
  else if (!c.countries.empty())
    f->push_back("other_country_named");
  if (c.titled.count(entry)) f->push_back("title");
}

// Features of the name itself: kind, size, how ambiguous, where first named.
void name_features(const LexEntry& e, std::uint32_t entry,
                   const std::vector<const Occurrence*>& seen, const Gazetteer& g,
                   std::vector<std::string>* f) {
  const Occurrence& first = *seen.front();
  *f = {"sub=" + e.subtype, population_bucket(e.population),
        "pos=" + sentence_bucket(first.sentence), "mentions=" + bucket(seen.size())};
  if (e.is_default) f->push_back("default");
  if (e.is_word) f->push_back("word");
  if (first.stop_name) f->push_back("stop_name");
  f->push_back("ambig=" + bucket(first.entries.size()));
  bool most_populous = true;
  for (std::uint32_t other : first.entries)
    if (other != entry && g.entry(other).subtype != "subdivision" &&
        g.entry(other).population > e.population)
      most_populous = false;
  if (most_populous) f->push_back("most_populous");
}

// Other place names of the page that may lie within kNearbyKm of the place: "Independence"
// beside "Kansas City" is the one in Missouri, "Pasadena" beside "Houston" the one in Texas.
constexpr double kNearbyKm = 60;

std::size_t nearby_names(std::string_view text, const LexEntry& e, std::string_view own_name,
                         const std::vector<Occurrence>& occ, const Gazetteer& g) {
  if (!e.has_coords) return 0;
  std::unordered_set<std::string_view> names;
  for (const Occurrence& o : occ) {
    const std::string_view name = text.substr(o.start, o.end - o.start);
    if (name == own_name || names.contains(name)) continue;
    for (std::uint32_t other : o.entries) {
      const LexEntry& x = g.entry(other);
      if (&x == &e || !x.has_coords || x.subtype == "country" || x.subtype == "subdivision")
        continue;
      // A degree of latitude is 111 km: most places are ruled out before any trigonometry.
      if (std::abs(x.lat - e.lat) * 111 > kNearbyKm) continue;
      if (distance_km(e.lat, e.lon, x.lat, x.lon) <= kNearbyKm) {
        names.insert(name);
        break;
      }
    }
  }
  return names.size();
}

}  // namespace

std::vector<PlaceOption> propose_places(std::string_view text, const Segmentation& seg,
                                        std::string_view title, const Gazetteer& gazetteer,
                                        std::int64_t rule_entry, const MentionSet& mentions) {
  const std::vector<Occurrence> occ = read_places(text, seg, gazetteer, mentions);
  const PageContext page = page_context(text, occ, read_title(title, gazetteer), gazetteer);
  std::vector<PlaceOption> out;
  std::unordered_map<std::uint32_t, std::size_t> at;
  std::vector<std::vector<const Occurrence*>> seen;  // each option's occurrences
  for (const Occurrence& o : occ) {
    for (std::uint32_t e : o.entries) {
      if (gazetteer.entry(e).subtype == "country") continue;
      auto [it, added] = at.emplace(e, out.size());
      if (added) {
        out.push_back({e, o.start, o.end, {}});
        seen.emplace_back();
      }
      seen[it->second].push_back(&o);
    }
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    const LexEntry& e = gazetteer.entry(out[i].entry);
    auto& f = out[i].candidate.features;
    name_features(e, out[i].entry, seen[i], gazetteer, &f);
    evidence_features(e, seen[i], gazetteer, &f);
    page_features(e, out[i].entry, page, &f);
    if (e.has_coords && e.subtype != "subdivision")  // counties have no point
      f.push_back("nearby_support=" +
                  bucket(nearby_names(text, e, text.substr(out[i].start, out[i].end - out[i].start),
                                      occ, gazetteer)));
    if (rule_entry >= 0 && static_cast<std::int64_t>(out[i].entry) == rule_entry) {
      f.push_back("rule");
      f.push_back("rule&sub=" + e.subtype);
    }
  }
  if (rule_entry < 0) {
    PlaceOption& o = out.emplace_back();
    o.none = true;
    o.candidate.features = {"none", "none&options=" + bucket(out.size() - 1)};
  }
  if (rule_entry >= 0 && !at.count(static_cast<std::uint32_t>(rule_entry))) {
    PlaceOption& o = out.emplace_back();
    o.entry = static_cast<std::uint32_t>(rule_entry);
    o.candidate.features = {"rule", "rule_only",
                            "rule_only&sub=" + gazetteer.entry(o.entry).subtype};
  }
  return out;
}

}  // namespace dossier
