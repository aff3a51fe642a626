#include "dossier/extract/event_finder.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <map>
#include <unordered_set>

#include "dossier/core/unicode_case.h"
#include "dossier/extract/dateline.h"
#include "dossier/extract/event_words.h"
#include "dossier/extract/site_kinds.h"
#include "dossier/extract/undated_match.h"

namespace dossier {
namespace {

// The length of the letter ending at byte `at` (ASCII or Cyrillic), 0 when none.
std::uint32_t letter_before(std::string_view text, std::uint32_t at, std::uint32_t floor) {
  if (at <= floor) return 0;
  const auto c = static_cast<unsigned char>(text[at - 1]);
  if (std::isalpha(c)) return 1;
  if (c >= 0x80 && c <= 0xBF && at - 1 > floor) {
    const auto lead = static_cast<unsigned char>(text[at - 2]);
    if (lead >= 0xD0 && lead <= 0xD3) return 2;
  }
  return 0;
}

// The length of the letter starting at byte `at` (ASCII or Cyrillic), 0 when none.
std::uint32_t letter_at(std::string_view text, std::uint32_t at, std::uint32_t ceiling) {
  if (at >= ceiling) return 0;
  const auto c = static_cast<unsigned char>(text[at]);
  if (std::isalpha(c)) return 1;
  if (c >= 0xD0 && c <= 0xD3 && at + 1 < ceiling) return 2;
  return 0;
}

// Whether a name the lexicon does not know reads as a site or a small town ("Gulshan-e-Iqbal
// Park", "Danghara"), not as an adjective the tagger took for a place ("Islamic" in "a place
// of Islamic learning").
bool reads_as_site(std::string_view name) {
  if (name.find(' ') != std::string_view::npos) return true;
  // Russian adjectives: "Национального", "Керченском", "Сокольнической".
  for (std::string_view suffix :
       {"ого", "его", "ому", "ом", "ой", "ый", "ий", "ая", "ое", "ых", "их", "ым", "ую"})
    if (name.size() > suffix.size() + 4 && name.ends_with(suffix) && has_cyrillic(name))
      return false;
  for (std::string_view suffix : {"ic", "ian", "ish", "ese"})
    if (name.size() > suffix.size() + 2 && name.substr(name.size() - suffix.size()) == suffix)
      return false;
  return true;
}

// How specific a place is: a site the lexicon does not know > city > subdivision > country
// > region, venue or adjective.
int specificity(const DocEntity& e, const Gazetteer& g) {
  if (e.entry < 0) return reads_as_site(e.name) ? 5 : 1;
  const std::string& sub = g.entry(e.entry).subtype;
  if (sub == "city" || sub == "capital") return 4;
  if (sub == "subdivision") return 3;
  if (sub == "country") return 2;
  return 1;
}

bool is_media(const DocEntity& e, const Gazetteer& g) {
  if (e.entry < 0) return false;
  const std::string& sub = g.entry(e.entry).subtype;
  return sub.find("media") != std::string::npos || sub.find("platform") != std::string::npos ||
         sub.find("news") != std::string::npos;
}

// Whether the word before byte `at` (not before `floor`) is `word`, ignoring case.
bool follows_word(std::string_view text, std::uint32_t at, std::uint32_t floor,
                  std::string_view word) {
  std::uint32_t end = at;
  while (end > floor && text[end - 1] == ' ') --end;
  if (end < floor + word.size()) return false;
  std::uint32_t start = end - static_cast<std::uint32_t>(word.size());
  if (start > floor && std::isalpha(static_cast<unsigned char>(text[start - 1]))) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[start + i])) != word[i]) return false;
  return true;
}

// The lowercase word ending before byte `at` (not before `floor`), "" when none.
std::string previous_word(std::string_view text, std::uint32_t at, std::uint32_t floor) {
  std::uint32_t end = at;
  while (end > floor && text[end - 1] == ' ') --end;
  std::uint32_t start = end;
  while (std::uint32_t n = letter_before(text, start, floor)) start -= n;
  return unicode_lower(text.substr(start, end - start));
}

// The start of the word ending before byte `at` (not before `floor`).
std::uint32_t previous_word_start(std::string_view text, std::uint32_t at, std::uint32_t floor) {
  while (at > floor && text[at - 1] == ' ') --at;
  while (std::uint32_t n = letter_before(text, at, floor)) at -= n;
  return at;
}

// The word starting after byte `at` (not past `ceiling`), as written; "" when none.
std::string next_word(std::string_view text, std::uint32_t at, std::uint32_t ceiling) {
  std::uint32_t start = at;
  while (start < ceiling && text[start] == ' ') ++start;
  std::uint32_t end = start;
  while (std::uint32_t n = letter_at(text, end, ceiling)) end += n;
  return std::string(text.substr(start, end - start));
}

// The lower-case words of a name, for the kinds of site it names ("Civil Hospital").
std::vector<std::string> name_words(const std::string& name) {
  std::vector<std::string> words;
  std::size_t from = 0;
  while (from < name.size()) {
    std::size_t to = name.find(' ', from);
    if (to == std::string::npos) to = name.size();
    if (to > from) words.push_back(unicode_lower(name.substr(from, to - from)));
    from = to + 1;
  }
  return words;
}

// Whether the place at word `k` follows a word of justice or custody and a preposition:
// "serving a life sentence in France", "arrested in Blackburn", "a trial in Paris" place
// that step, not the incident.
bool places_another_step(const LanguagePack& pack, const std::vector<std::string>& words,
                         std::size_t k) {
  if (k < 2 || k > words.size() || !pack.list("step_prepositions").contains(words[k - 1]))
    return false;
  return pack.list("later_steps").contains(words[k - 2]);
}

// Whether the date at byte `date` stands nearer a word of what followed the incident (an
// arrest, a trial, a funeral, an anniversary: the pack's list "aftermath") than the incident's
// trigger at byte `trigger`: "mourners gathered on Saturday, the anniversary of the siege".
bool dates_another_step(const IncidentLanguage& lang, const std::vector<std::string>& words,
                        const std::vector<std::uint32_t>& word_start, std::uint32_t date,
                        std::uint32_t trigger) {
  const std::uint32_t to_trigger = date > trigger ? date - trigger : trigger - date;
  const WordList& aftermath = lang.words->list("aftermath");
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!aftermath.contains(words[i])) continue;
    const std::uint32_t at = word_start[i];
    if ((date > at ? date - at : at - date) < to_trigger) return true;
  }
  return false;
}

// Whether the text between the trigger and a date turns to another incident
// ("... since the Beslan siege of 2004", "... reminiscent of the 2002 crisis").
bool compares_other_incident(std::string_view text, std::uint32_t trigger, std::uint32_t date) {
  if (date < trigger) {
    // "woke on Wednesday ... after the bombings": the date follows the incident.
    std::string between = unicode_lower(text.substr(date, trigger - date));
    return between.find(" after ") != std::string::npos;
  }
  std::string between = unicode_lower(text.substr(trigger, date - trigger));
  for (const char* cue : {" since ", " reminiscent ", " than ", " recalled ", " recalling ",
                          " similar to ", " like the ", " after the ", " before the "})
    if (between.find(cue) != std::string::npos) return true;
  return false;
}

// A bibliography entry or a link: "Retrieved on April 4, 2024, from https://...".
bool is_reference(std::string_view sentence) {
  return sentence.find("http://") != std::string_view::npos ||
         sentence.find("https://") != std::string_view::npos ||
         sentence.find("Retrieved") != std::string_view::npos ||
         sentence.find("www.") != std::string_view::npos;
}

// Tolls of wars and campaigns are not incidents ("the war's death toll at up to 100,000").
bool speaks_of_war(const std::vector<std::string>& words) {
  static const std::unordered_set<std::string_view> kWar = {
      "war", "wars", "civil", "conflict", "insurgency", "campaign", "invasion", "offensive"};
  for (const auto& w : words)
    if (kWar.count(w)) return true;
  return false;
}

// Whether the preposition `before`, standing at byte `at`, tells where a person is from
// rather than where something happened: "born in X", "a native of X", "he is from X", or
// where a group is: "a group founded in X".
bool names_origin(const LanguagePack& pack, std::string_view text, std::uint32_t at,
                  std::uint32_t floor, const std::string& before) {
  return pack.origin_cue(before, previous_word(text, previous_word_start(text, at, floor), floor));
}

// "attack on X", "targeting X", "assassination of X": X was the target.
bool is_target_cue(std::string_view text, std::uint32_t at, std::uint32_t floor) {
  std::uint32_t pos = at;
  std::string before = previous_word(text, pos, floor);
  if (before == "the") {
    pos = previous_word_start(text, pos, floor);
    before = previous_word(text, pos, floor);
  }
  if (before == "against" || before == "targeting" || before == "targeted" ||
      before == "targetting")
    return true;
  if (before != "on" && before != "of") return false;
  std::string head = previous_word(text, previous_word_start(text, pos, floor), floor);
  if (before == "on")
    return head == "attack" || head == "attacks" || head == "assault" || head == "raid" ||
           head == "strike" || head == "bombing";
  return head == "assassination" || head == "killing" || head == "murder" || head == "kidnapping";
}

// The incident mentioned most so far (the report's subject), -1 when none.
std::int32_t primary(const std::vector<DocEvent>& events) {
  std::int32_t best = -1;
  for (std::size_t i = 0; i < events.size(); ++i)
    if (best < 0 || events[i].mentions.size() > events[best].mentions.size())
      best = static_cast<std::int32_t>(i);
  return best;
}

struct SentenceFacts {
  std::string type;
  PartialDate date;
  std::uint32_t date_start = 0, date_end = 0;
  std::string date_rule;             // see DocEvent::date_rule
  bool date_names_incident = false;  // "Thursday's bombings": the date is the incident's own
  unsigned weekdays = 0;
  std::vector<int> month_days;
  unsigned site_kinds = 0;
  int earlier = -1;      // days before the incident under discussion, when the trigger names an
  int earlier_unit = 0;  // earlier incident ("a week after ..."); see earlier_incident_cue
  std::int32_t location = -1;
  std::string country;
  std::vector<std::int32_t> perpetrators;
  std::vector<std::int32_t> targets;
  std::vector<EventFigure> figures;
  bool has_trigger = false;
};

// An incident the text dates or counts but never places ("In 2006, six policemen were
// killed") is placed in the country the report's places are in most (each mention of a
// place counts for its country: "Saint Petersburg" twice outweighs "Syria" once), as a
// country only, when the report names that country. An attributed incident is placed so
// only when dated to the day: a perpetrator's year-old or undated deed may be anywhere.
void place_in_report_country(std::vector<DocEvent>& events, const std::vector<DocEntity>& entities,
                             const Gazetteer& g) {
  std::map<std::string, std::size_t> per_country;
  for (const DocEntity& e : entities)
    if (e.type == EntityType::kLocation && e.entry >= 0 && !g.entry(e.entry).country.empty())
      per_country[g.entry(e.entry).country] += e.mentions.size();
  std::string code;
  std::size_t most = 0;
  for (const auto& [c, n] : per_country)
    if (n > most) most = n, code = c;
  std::int32_t country = -1;
  for (std::size_t e = 0; e < entities.size() && country < 0; ++e)
    if (entities[e].entry >= 0 && g.entry(entities[e].entry).country == code &&
        g.entry(entities[e].entry).subtype == "country")
      country = static_cast<std::int32_t>(e);
  if (country < 0) return;
  for (DocEvent& ev : events) {
    if (ev.location >= 0 || (ev.date.empty() && ev.figures.empty()) ||
        (!ev.perpetrators.empty() && ev.date.precision() != DatePrecision::kDay))
      continue;
    ev.location = country;
    ev.country = g.entry(entities[country].entry).country;
    ev.place_rule = "the country of the report's places";
  }
}

IncidentFacts facts_of(const DocEvent& ev, std::size_t index,
                       const std::vector<DocEntity>& entities, const Gazetteer& g) {
  IncidentFacts f;
  f.id = static_cast<std::int64_t>(index) + 1;
  f.date = ev.date;
  f.location = ev.location + 1;
  f.location_is_city = ev.location >= 0 && specificity(entities[ev.location], g) == 4;
  if (ev.location >= 0 && entities[ev.location].entry >= 0) {
    const LexEntry& e = g.entry(entities[ev.location].entry);
    f.has_point = e.has_coords;
    f.lat = e.lat;
    f.lon = e.lon;
    f.region = g.region_of(static_cast<std::uint32_t>(entities[ev.location].entry));
  }
  f.country = ev.country;
  f.type = ev.type;
  f.perpetrators.assign(ev.perpetrators.begin(), ev.perpetrators.end());
  f.weekdays = ev.weekdays;
  f.month_days = ev.month_days;
  f.site_kinds = ev.site_kinds;
  for (const EventFigure& fig : ev.figures)
    add_count(&f, std::string(to_string(fig.figure.measure)), fig.figure.high);
  return f;
}

// Moves each undated incident of the report into the one dated incident of the report it
// can be (match_undated), e.g. "the Moscow bombing" into "the Lubyanka station bombing of
// March 29".
void join_undated(std::vector<DocEvent>& events, const std::vector<DocEntity>& entities,
                  const Gazetteer& g) {
  std::vector<IncidentFacts> dated;
  for (std::size_t i = 0; i < events.size(); ++i)
    if (!events[i].date.empty()) dated.push_back(facts_of(events[i], i, entities, g));
  if (dated.empty()) return;
  std::vector<DocEvent> kept;
  std::vector<std::int32_t> moved_to(events.size(), -1);
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (!events[i].date.empty()) continue;
    std::string rule;
    const std::int64_t to = match_undated(facts_of(events[i], i, entities, g), dated, &rule);
    if (!to) continue;
    DocEvent& u = events[i];
    DocEvent& d = events[to - 1];
    // The report's subject is not folded into an incident it mentions in passing.
    if (u.mentions.size() > d.mentions.size()) continue;
    d.mentions.insert(d.mentions.end(), u.mentions.begin(), u.mentions.end());
    std::sort(d.mentions.begin(), d.mentions.end());
    for (EventFigure& fig : u.figures) {
      fig.rule = rule + " in this report";
      d.figures.push_back(std::move(fig));
    }
    for (auto p : u.perpetrators)
      if (std::find(d.perpetrators.begin(), d.perpetrators.end(), p) == d.perpetrators.end())
        d.perpetrators.push_back(p);
    for (auto t : u.targets)
      if (std::find(d.targets.begin(), d.targets.end(), t) == d.targets.end())
        d.targets.push_back(t);
    d.weekdays |= u.weekdays;
    d.site_kinds |= u.site_kinds;
    d.month_days.insert(d.month_days.end(), u.month_days.begin(), u.month_days.end());
    moved_to[i] = static_cast<std::int32_t>(to - 1);
  }
  for (std::size_t i = 0; i < events.size(); ++i)
    if (moved_to[i] < 0) kept.push_back(std::move(events[i]));
  events = std::move(kept);
}

// A report's lead incident (reported in its first three sentences) that the text never
// dates, in a report that does not open on an aftermath, happened shortly before publication: it is
// dated to the publication year, the precision that survives a report written days later or across
// a month's end.
void date_lead_by_publication(std::vector<DocEvent>& events, const Segmentation& seg,
                              const std::string& published) {
  const PartialDate pub = parse_iso_date(published);
  if (events.empty() || pub.empty() || !events[0].date.empty() || events[0].mentions.empty())
    return;
  const std::uint32_t first = events[0].mentions.front().first;
  const std::size_t lead = std::min<std::size_t>(3, seg.sentences.size());
  if (lead == 0 || first >= seg.sentences[lead - 1].end) return;
  events[0].date = PartialDate{pub.year};
  events[0].date_rule = "publication year: the report's lead incident, undated in the text";
}

// Whether `w` is a year written in four digits: "2008".
bool is_year(const std::string& w) {
  return w.size() == 4 && (w[0] == '1' || w[0] == '2') &&
         std::all_of(w.begin(), w.end(), ::isdigit);
}

// Whether ", and" at words[i] opens a clause set in another year or month with an incident
// of its own: "six policemen were killed in 2006, | and then again, in 2008, gunmen fired
// rockets", "killed 41 people last June, | and last month twin bombings killed 44", "bombed
// a hotel in August 2003, killing 12, | and the embassy in September 2004, killing nine".
bool opens_another_year(const LanguagePack& pack, const std::vector<std::string>& words,
                        std::size_t i) {
  if (words[i] != "," || i + 1 >= words.size() || words[i + 1] != "and") return false;
  static const std::unordered_set<std::string_view> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (std::size_t k = i + 2; k + 1 < words.size() && k <= i + 9; ++k) {
    const std::string& y = words[k + 1];
    const bool month = kMonths.count(y) != 0 && k + 2 < words.size() && is_year(words[k + 2]);
    const bool last = words[k] == "last" && (y == "month" || y == "year");
    if (!last && (words[k] != "in" || (!is_year(y) && !month))) continue;
    for (std::size_t t = k + 2; t < words.size(); ++t) {
      std::size_t len;
      if (!pack.trigger(words, t, &len).empty()) return true;
    }
  }
  return false;
}

// Whether "since" at words[i] opens the clause of an earlier incident dated by it: "the
// deadliest since August 2007, | when truck bombs destroyed two villages".
bool opens_since_when(const std::vector<std::string>& words, std::size_t i) {
  if (words[i].size() != 5 || words[i][0] != 's' || words[i] != "since") return false;
  std::size_t k = i + 1;
  if (k + 1 < words.size() && !std::isdigit(static_cast<unsigned char>(words[k][0]))) ++k;
  return k + 2 < words.size() && is_year(words[k]) && words[k + 1] == "," && words[k + 2] == "when";
}

// The sentences of the document, each cut before a cue that turns it to an earlier
// incident ("The bombing came | a week after gunmen stormed a hotel", "Gunmen attacked
// the rally | a month after a similar attack") and before a clause set in another year
// ("killed in 2006, | and then again, in 2008, gunmen ..."), so that each part speaks of one
// incident.
std::vector<Sentence> incident_clauses(std::string_view text, const Segmentation& seg,
                                       const IncidentLanguage& lang) {
  if (!lang.earlier_incident_cue) return seg.sentences;
  std::vector<Sentence> out;
  std::vector<std::string> words;
  for (const Sentence& s : seg.sentences) {
    // Every cue holds one of these words; most sentences have none and are not split.
    const std::string_view raw = text.substr(s.start, s.end - s.start);
    bool maybe_cue = false;
    for (std::string_view w :
         {"after", "s before", "since", "imilar", "revious", "arlier", "rior", ", and"})
      maybe_cue = maybe_cue || raw.find(w) != std::string_view::npos;
    if (!maybe_cue) {
      out.push_back(s);
      continue;
    }
    words.clear();
    for (std::uint32_t t = s.first_token; t < s.end_token; ++t)
      words.push_back(
          unicode_lower(text.substr(seg.tokens[t].start, seg.tokens[t].end - seg.tokens[t].start)));
    // Cut before every cue ("coming a day after <A> and a week after <B>": three clauses).
    std::vector<std::uint32_t> cuts;
    std::size_t from = 3;  // a cue among the first words leaves nothing before it to cut off
    for (std::size_t i = 0; i < words.size(); ++i) {
      std::size_t len = 0, cue = 0;
      int unit = 0;
      if (i >= from && opens_another_year(*lang.words, words, i)) {
        cuts.push_back(s.first_token + static_cast<std::uint32_t>(i + 1));
        from = i + 2;
        continue;
      }
      if (i >= from && opens_since_when(words, i)) {
        cuts.push_back(s.first_token + static_cast<std::uint32_t>(i));
        from = i + 1;
        continue;
      }
      if (lang.words->trigger(words, i, &len).empty()) continue;
      if (lang.earlier_incident_cue(words, i, &unit, &cue) >= 0 && cue >= from) {
        cuts.push_back(s.first_token + static_cast<std::uint32_t>(cue));
        from = i + 1;
      }
    }
    std::uint32_t first = s.first_token;
    for (std::uint32_t cut : cuts) {
      out.push_back({seg.tokens[first].start, seg.tokens[cut - 1].end, first, cut});
      first = cut;
    }
    out.push_back({seg.tokens[first].start, s.end, first, s.end_token});
  }
  return out;
}

// Dates *f to `days` before `now` ("a week after" the incident dated `now`), as precise
// as the interval's unit allows: days and weeks to the day, months to the month, years
// to the year.
void date_before(const PartialDate& now, int days, int unit, SentenceFacts* f) {
  if (now.precision() < DatePrecision::kDay) return;
  PartialDate d = add_days(now, -days);
  if (unit >= 30) d.day = 0;
  if (unit >= 365) d.month = 0;
  f->date = d;
  f->date_rule = "counted back from the incident it is compared with";
}

// Whether every figure of the sentence counts arrests (and there is one).
bool counts_only_arrests(const SentenceFacts& f) {
  if (f.figures.empty()) return false;
  for (const auto& fig : f.figures)
    if (fig.figure.measure != Measure::kArrested) return false;
  return true;
}

// Arrests without an incident word follow an incident; their date and place are the raid's.
bool only_arrests(const SentenceFacts& f) { return !f.has_trigger && counts_only_arrests(f); }

// Reads a document's clauses in order and assigns each incident mention to an incident:
// find_events in named steps. The state is what one mention passes to the next.
class IncidentScanner {
 public:
  IncidentScanner(std::string_view text, const Segmentation& seg, const MentionSet& mentions,
                  const std::vector<DocEntity>& entities, const Gazetteer& gazetteer,
                  const std::string& published, const IncidentLanguage& lang)
      : text_(text),
        seg_(seg),
        mentions_(mentions),
        entities_(entities),
        gazetteer_(gazetteer),
        published_(published),
        lang_(lang),
        entity_of_(mentions.mentions.size(), -1) {
    for (std::size_t e = 0; e < entities.size(); ++e)
      for (auto m : entities[e].mentions) entity_of_[m] = static_cast<std::int32_t>(e);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;
    for (const Sentence& s : seg.sentences) spans.emplace_back(s.start, s.end);
    dates_ = lang.find_dates(text, spans, parse_iso_date(published));
  }

  std::vector<DocEvent> run() {
    for (const Sentence& s : incident_clauses(text_, seg_, lang_)) scan(s);
    return finish();
  }

 private:
  void scan(const Sentence& s) {
    ++sentence_index_;
    read_words(s);
    SentenceFacts f;
    const std::vector<Figure> figures =
        lang_.find_figures(text_.substr(s.start, s.end - s.start), s.start);
    const std::uint32_t trigger_at = read_triggers(s, figures, &f);
    read_figures(s, figures, &f);
    read_date(s, trigger_at, &f);
    bool named_agent = false;
    const std::size_t cue = read_entities(s, trigger_at, &f, &named_agent);
    // References, links and war tolls are not incident reports.
    if (is_reference(text_.substr(s.start, s.end - s.start)) ||
        (!f.has_trigger && speaks_of_war(words_)))
      return;
    // A weekday or "yesterday" in a sentence that names no incident dates what that sentence
    // tells (a search, a statement, a new toll), not an incident; so does one beside tolls
    // only ("The number of dead rose to 29 on Sunday night when a man died").
    if (!f.date.empty() && f.date_rule != "stated" && !f.date_names_incident &&
        (!f.has_trigger || counts_only_tolls(f)))
      f.date = PartialDate{};
    const bool has_setting = !f.date.empty() || f.location >= 0;
    if (attributes_last(s, f, has_setting, cue || named_agent)) return;
    if (!f.has_trigger && f.figures.empty()) {
      if (has_setting) {
        ctx_ = f;
        ctx_sentence_ = sentence_index_;
      }
      return;
    }
    // A mention without date or place takes them from the sentence just before,
    // when that sentence set the scene without naming an incident.
    if (!has_setting && ctx_sentence_ == sentence_index_ - 1) {
      f.date = ctx_.date;
      f.date_start = ctx_.date_start;
      f.date_end = ctx_.date_end;
      f.date_rule = ctx_.date_rule + ", in the sentence before";
      f.location = ctx_.location;
      f.country = ctx_.country;
    }
    if (f.has_trigger && f.figures.empty() && lang_.words->list("generic_context").any_of(words_))
      return;
    if (f.type.empty()) f.type = "attack";
    f.site_kinds = lang_.words->site_kinds(words_);
    std::string why;
    const std::int32_t target = target_of(&f, &why);
    merge_into(target, s, std::move(f), why);
  }

  void read_words(const Sentence& s) {
    words_.clear();
    word_start_.clear();
    for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
      const Token& tok = seg_.tokens[t];
      words_.push_back(unicode_lower(text_.substr(tok.start, tok.end - tok.start)));
      word_start_.push_back(tok.start);
    }
    if (sentence_index_ < 3)
      lead_is_aftermath_ |= lang_.words->list("retrospective").any_of(words_);
  }

  // The type of the sentence's incident into *f; returns the byte of the trigger that names
  // it: a trigger naming an earlier incident, else the trigger nearest the first figure,
  // else the first trigger (the sentence start when none).
  std::uint32_t read_triggers(const Sentence& s, const std::vector<Figure>& figures,
                              SentenceFacts* f) const {
    std::uint32_t trigger_at = s.start, best_gap = UINT32_MAX;
    for (std::size_t i = 0; i < words_.size(); ++i) {
      std::size_t len;
      std::string_view type = lang_.words->trigger(words_, i, &len);
      if (type.empty() ||
          (figures.empty() && len == 1 && lang_.generic_plural && lang_.generic_plural(words_, i)))
        continue;
      const std::uint32_t at = word_start_[i];
      const std::uint32_t gap = figures.empty()         ? 0
                                : at > figures[0].start ? at - figures[0].start
                                                        : figures[0].start - at;
      // A trigger naming an earlier incident ("came a week after gunmen stormed ...") makes
      // the sentence that incident's: the report's own is only referred back to.
      int unit = 0;
      std::size_t cue = 0;
      int earlier = f->earlier < 0 && lang_.earlier_incident_cue
                        ? lang_.earlier_incident_cue(words_, i, &unit, &cue)
                        : -1;
      // "Three weeks after the bombings, police raided ...": opening the sentence, the
      // interval refers back to the incident under discussion and the sentence tells of a
      // later step; it names no earlier incident.
      if (earlier > 0 && cue == 0 && last_ >= 0 && words_.size() > 3 && words_[3] == "the")
        earlier = -1;
      if (earlier >= 0 || (gap < best_gap && f->earlier < 0)) {
        best_gap = gap;
        trigger_at = at;
        f->earlier = earlier;
        f->earlier_unit = unit;
      }
      // The type is the most specific any trigger gives ("suicide bomber" over "killing").
      if (f->type.empty() || (f->type == "attack" && type != "attack")) f->type = type;
      if (figures.empty() && f->earlier >= 0) break;
    }
    f->has_trigger = !f->type.empty();
    return trigger_at;
  }

  // One source and one set of hedges per sentence, shared by its figures.
  void read_figures(const Sentence& s, const std::vector<Figure>& figures, SentenceFacts* f) const {
    if (figures.empty()) return;
    const std::string_view sentence = text_.substr(s.start, s.end - s.start);
    std::string source;
    if (auto a = find_attribution(sentence, s.start)) source = a->source;
    const std::vector<std::string> hedges = find_hedges(sentence);
    for (const Figure& fig : figures)
      f->figures.push_back({fig, s.start, s.end, source, hedges, {}});
  }

  // The date nearest the trigger, unless it states a duration ("since 2014"), dates another
  // step (an arrest, a trial) or another incident; the weekday and day hints of the rest.
  void read_date(const Sentence& s, std::uint32_t trigger_at, SentenceFacts* f) {
    while (next_date_ < dates_.size() && dates_[next_date_].start < s.start) ++next_date_;
    std::uint32_t best_distance = UINT32_MAX;
    for (std::size_t d = next_date_; d < dates_.size() && dates_[d].start < s.end; ++d) {
      const DateMention& date = dates_[d];
      // "since 2014" is a duration, but "since August 2007, when ..." dates what follows.
      const bool since = follows_word(text_, date.start, s.start, "since") &&
                         !text_.substr(date.end).starts_with(", when ");
      if (is_dateline_date(text_, date) || since ||
          dates_another_step(lang_, words_, word_start_, date.start, trigger_at) ||
          dates_an_arrest(*f, date) || compares_other_incident(text_, trigger_at, date.start))
        continue;
      if (date.weekday >= 0) f->weekdays |= 1u << date.weekday;
      if (date.month_day) f->month_days.push_back(date.month_day);
      if (date.date.empty()) continue;  // a weekday or day no anchor resolves
      // A date opening the sentence ("In 2006, six policemen were killed ...") frames it, and
      // so does one naming the incident ("over Thursday's bombings", "Friday's attack").
      const bool opens = word_start_.size() > 3 && date.start < word_start_[3];
      const bool names = names_incident(date);
      const std::uint32_t distance = opens || names            ? 0
                                     : date.start > trigger_at ? date.start - trigger_at
                                                               : trigger_at - date.start;
      if (distance < best_distance) {
        best_distance = distance;
        f->date = date.date;
        f->date_start = date.start;
        f->date_end = date.end;
        f->date_names_incident = names;
        f->date_rule = !date.relative       ? "stated"
                       : published_.empty() ? "relative to an earlier date in the text"
                                            : "relative to the publication date";
      }
    }
  }

  // Whether `date` is a possessive before an incident word, at most two words on: "over
  // Thursday's train bombings", "the toll from Friday's attack".
  bool names_incident(const DateMention& date) const {
    const std::string_view rest = text_.substr(date.end), own = text_.substr(0, date.end);
    if (!own.ends_with("'s") && !own.ends_with("\u2019s") && !rest.starts_with("'s ") &&
        !rest.starts_with("\u2019s "))
      return false;
    std::size_t len = 0;
    for (std::size_t i = word_index(date.end), n = 0; i < words_.size() && n < 3; ++i) {
      if (words_[i] == "'s" || words_[i] == "\u2019s") continue;
      if (!lang_.words->trigger(words_, i, &len).empty()) return true;
      ++n;
    }
    return false;
  }

  // A date written right after an arrest figure ("detained eight people Thursday", "arrested
  // two on Friday") dates the arrests, not the incident.
  bool dates_an_arrest(const SentenceFacts& f, const DateMention& date) const {
    for (const EventFigure& fig : f.figures) {
      if (fig.figure.measure != Measure::kArrested || date.start < fig.figure.start) continue;
      if (date.end <= fig.figure.end) return true;  // the figure's phrase holds the date
      if (fig.figure.end > date.start) continue;
      std::string between =
          unicode_lower(text_.substr(fig.figure.end, date.start - fig.figure.end));
      std::erase(between, ' ');
      if (between.empty() || between == "on" || between == ",") return true;
    }
    return false;
  }

  // The places, perpetrators and targets of the sentence's entities into *f; returns the
  // word index after an attribution cue (0 when none) and sets *named_agent when a person is
  // named as the attacker.
  std::size_t read_entities(const Sentence& s, std::uint32_t trigger_at, SentenceFacts* f,
                            bool* named_agent) {
    const std::vector<Mention>& ms = mentions_.mentions;
    while (next_mention_ < ms.size() && ms[next_mention_].start < s.start) ++next_mention_;
    bool agent_after = false;
    const std::size_t cue = lang_.perpetrator_cue(*lang_.words, words_, &agent_after);
    const std::uint32_t cue_byte = cue ? word_start_[std::min(cue, words_.size()) - 1] : 0;
    PlaceChoice best;
    for (std::size_t m = next_mention_; m < ms.size() && ms[m].start < s.end; ++m) {
      const std::int32_t e = entity_of_[m];
      if (e < 0) continue;
      const DocEntity& ent = entities_[e];
      if (ent.type == EntityType::kLocation) {
        read_place(s, ms[m], e, trigger_at, &best, f);
      } else if ((ent.type == EntityType::kOrganization || ent.type == EntityType::kGroup) &&
                 !is_media(ent, gazetteer_)) {
        // Named by a cue ("X claimed responsibility", "carried out by X"), or an armed
        // group in the same sentence as the incident ("the IS-K attack", "ISKP members killed").
        const bool after = ms[m].start > cue_byte;
        const bool armed = ent.entry >= 0 && gazetteer_.entry(ent.entry).subtype == "armed_group";
        const bool named = cue ? after == agent_after : armed;
        if (named)
          add_unique(&f->perpetrators, e);
        else if (is_target_cue(text_, ms[m].start, s.start))
          f->targets.push_back(e);
      } else if (ent.type == EntityType::kPerson) {
        const std::uint32_t at = ms[m].start;
        const bool agent = (cue && (at > cue_byte) == agent_after) ||
                           lang_.names_perpetrator_before(*lang_.words, words_, word_index(at));
        if (agent && add_unique(&f->perpetrators, e))
          *named_agent = true;
        else if (!agent && is_target_cue(text_, at, s.start))
          f->targets.push_back(e);
      }
    }
    return cue;
  }

  // Whether every figure of the sentence is a toll ("the death toll rose to 90", "the number
  // of dead reached 29"), and there is one.
  bool counts_only_tolls(const SentenceFacts& f) const {
    if (f.figures.empty()) return false;
    for (const EventFigure& fig : f.figures) {
      std::string span = unicode_lower(text_.substr(
          fig.figure.start, std::min<std::uint32_t>(fig.figure.end - fig.figure.start, 24)));
      if (span.starts_with("the ")) span.erase(0, 4);
      if (!span.starts_with("death toll") && !span.starts_with("toll") &&
          !span.starts_with("number of"))
        return false;
    }
    return true;
  }

  // English: whether the place at byte `start` (`back` with its article) names no scene
  // by the words around it: a government acting ("played down by Washington and London",
  // "Moscow condemned"), a destination ("flown to Ankara"), a place of justice or custody
  // ("serving a sentence in France"), a motive's place ("retaliation for Kenya's operations
  // in Somalia").
  bool names_no_scene(const Sentence& s, std::uint32_t start, std::uint32_t back,
                      const std::string& before, const std::string& after, bool scene,
                      std::uint32_t trigger_at) const {
    const LanguagePack& pack = *lang_.words;
    const WordList& agents = pack.list("agent_prepositions");
    if (agents.contains(before) || (!scene && pack.list("statement_verbs").contains(after)))
      return true;
    if (before == "and") {  // "by Washington and London"
      const std::uint32_t name = previous_word_start(text_, back, s.start);
      if (agents.contains(previous_word(text_, previous_word_start(text_, name, s.start), s.start)))
        return true;
    }
    if (places_another_step(pack, words_, word_index(start))) return true;
    if (start > trigger_at) {
      const WordList& retaliation = pack.list("retaliation");
      for (std::size_t i = word_index(trigger_at), k = word_index(start); i < k; ++i)
        if (retaliation.contains(words_[i])) return true;
    }
    return false;
  }

  // Whether a word naming a kind of site stands among the four words after byte `at`.
  bool site_follows(std::uint32_t at, std::uint32_t ceiling) const {
    const std::size_t k = word_index(at);
    for (std::size_t i = k; i < words_.size() && i < k + 5 && word_start_[i] < ceiling; ++i)
      if (lang_.words->site_kinds({words_[i]}) != 0) return true;
    return false;
  }

  // The index of the sentence's first word starting at or after byte `at`.
  std::size_t word_index(std::uint32_t at) const {
    return static_cast<std::size_t>(std::lower_bound(word_start_.begin(), word_start_.end(), at) -
                                    word_start_.begin());
  }

  // Whether the name at byte `at` is one a person is identified by: within six words of
  // "identified as", "named as", "known as", "identified only as Artan and Enkeldja".
  bool names_a_person(std::uint32_t at) const {
    const std::size_t k = word_index(at);
    const WordList& verbs = lang_.words->list("naming_verbs");
    const WordList& links = lang_.words->list("naming_links");
    for (std::size_t i = k >= 6 ? k - 6 : 0; i + 1 < k; ++i)
      if (verbs.contains(words_[i]))
        for (std::size_t j = i + 1; j < k && j <= i + 2; ++j)
          if (links.contains(words_[j])) return true;
    return false;
  }

  static bool add_unique(std::vector<std::int32_t>* v, std::int32_t x) {
    if (std::find(v->begin(), v->end(), x) != v->end()) return false;
    v->push_back(x);
    return true;
  }

  // The scene chosen so far in a sentence.
  struct PlaceChoice {
    int spec = -1;
    std::uint32_t distance = UINT32_MAX;  // bytes from the trigger
  };

  // A location mention as the scene of the sentence's incident, when it is one: the most
  // specific place, a scene after a preposition, near the trigger.
  void read_place(const Sentence& s, const Mention& mention, std::int32_t e,
                  std::uint32_t trigger_at, PlaceChoice* best, SentenceFacts* f) const {
    const DocEntity& ent = entities_[e];
    int spec = specificity(ent, gazetteer_);
    const std::uint32_t start = mention.start, end = mention.end;
    // "in Kabul" names a scene; "US soldiers", "the Moscow attack" and "Russia-bound"
    // use the place as a modifier, which says nothing about where it happened.
    std::string before = previous_word(text_, start, s.start);
    const std::string after = next_word(text_, end, s.end);
    std::uint32_t back = start;
    const LanguagePack& pack = *lang_.words;
    while (pack.list("place_modifiers").contains(before)) {
      back = previous_word_start(text_, back, s.start);
      before = previous_word(text_, back, s.start);
    }
    if (names_origin(pack, text_, back, s.start, before)) return;
    if (is_dateline_place(text_, start, end)) return;  // the newsroom, not the scene
    // "a Kalashnikov", "an Airbus": no place takes the indefinite article.
    if (pack.list("indefinite_articles").contains(before)) return;
    const bool scene = pack.list("place_prepositions").contains(before);
    // "Bastille Day", "Victory Day": a holiday, not a place.
    bool modifier = (end < text_.size() && text_[end] == '-') || after == "Day";
    // "the Moscow theatre", "the Kabul airport": a kind of site after a city puts it there.
    // A name the lexicon does not know is a modifier after a preposition too when a plural
    // follows ("bombs on Underground trains"), not a singular ("outside the Rizhskaya station").
    const bool plural_after = after.size() > 3 && after.ends_with('s') && !after.ends_with("ss") &&
                              !after.ends_with("us");
    modifier |= (!scene || (ent.entry < 0 && plural_after)) && !after.empty() &&
                std::islower(static_cast<unsigned char>(after[0])) &&
                !pack.list("function_words").contains(after) &&
                !(spec == 4 && lang_.words->site_kinds({unicode_lower(after)}) != 0);
    if (modifier || names_a_person(start) ||
        names_no_scene(s, start, back, before, after, scene, trigger_at))
      return;
    // "34 remained in Christchurch Hospital": where the wounded are, unless an incident is
    // named beside it ("a bomber struck the Civil Hospital").
    if (!f->has_trigger && !f->figures.empty() &&
        (lang_.words->site_kinds(name_words(ent.name)) & kSiteHospital) != 0)
      return;
    // A country is the scene only when the text places the incident in it
    // ("in Iran", "Turkey's Ataturk airport"), not when it acts ("the US claimed").
    const bool possessive =
        end + 1 < text_.size() && (text_[end] == '\'' || text_.substr(end, 3) == "\u2019");
    const LexEntry* entry = ent.entry >= 0 ? &gazetteer_.entry(ent.entry) : nullptr;
    // A possessive places only a site: "Turkey's Ataturk airport", not "Norway's Statoil
    // said".
    if (entry && entry->subtype == "country" && !scene &&
        (!possessive || !site_follows(end, s.end)))
      return;
    if (scene) spec += 1;
    // Places far from the trigger belong to another clause.
    const std::uint32_t distance = start > trigger_at ? start - trigger_at : trigger_at - start;
    if (f->has_trigger && distance > 120) spec -= 6;
    // Of two places as specific, the nearer to the trigger.
    if (spec > best->spec || (spec == best->spec && distance < best->distance)) {
      best->spec = spec;
      best->distance = distance;
      f->location = e;
    }
    if (entry && !entry->country.empty() && (f->country.empty() || spec >= best->spec))
      f->country = entry->country;
  }

  // "X claimed responsibility.", "Police named the driver as X." right after an incident
  // attributes that incident: true when the sentence was taken so.
  bool attributes_last(const Sentence& s, const SentenceFacts& f, bool has_setting,
                       bool attributes) {
    if (!f.figures.empty() || has_setting || !attributes || f.perpetrators.empty() || last_ < 0 ||
        sentence_index_ - last_sentence_ > 2)
      return false;
    for (auto p : f.perpetrators) add_unique(&events_[last_].perpetrators, p);
    events_[last_].mentions.emplace_back(s.start, s.end);
    last_sentence_ = sentence_index_;
    return true;
  }

  // Which incident the sentence speaks of, creating it when new; *why receives the reason.
  std::int32_t target_of(SentenceFacts* f, std::string* why) {
    if (only_arrests(*f)) {
      f->date = PartialDate{};
      f->location = -1;
      f->country.clear();
    } else if (counts_only_arrests(*f)) {
      // "said on Monday that 15 people had been detained over the bombing": the weekday is
      // the statement's or the raid's; "a raid in Belgium led to seven arrests over the
      // attacks": the place is the raid's.
      if (f->date_rule != "stated" && !f->date_names_incident) f->date = PartialDate{};
      if (last_ >= 0) {
        f->location = -1;
        f->country.clear();
      }
    }
    if (f->earlier > 0 && last_ < 0 && f->date.empty()) {
      // "Ten days after the bombings, ...": counted back from the report's own date.
      date_before(parse_iso_date(published_), f->earlier, f->earlier_unit, f);
      if (!f->date.empty()) f->date_rule = "counted back from the publication date";
    }
    std::int32_t target = -1;
    if (f->earlier >= 0 && last_ >= 0)
      target = earlier_target(f, why);
    else if (f->location < 0 && f->date.empty())
      target = unset_target(*f, why);
    else
      target = matching_target(*f, why);
    if (target < 0) {
      *why = "the incident this sentence reports";
      target = new_event(f->type);
    }
    return target;
  }

  std::int32_t new_event(const std::string& type) {
    events_.emplace_back();
    events_.back().type = type;
    return static_cast<std::int32_t>(events_.size()) - 1;
  }

  // "came a week after <an earlier incident>": never the incident under discussion.
  std::int32_t earlier_target(SentenceFacts* f, std::string* why) {
    // "a day after <A> and a week after <B>": both count back from the report's incident.
    const DocEvent& now = events_[last_was_earlier_ ? before_last_ : last_];
    if (f->date.empty() && f->earlier_unit > 0)
      date_before(now.date, f->earlier, f->earlier_unit, f);
    for (std::int32_t i = 0; i < static_cast<std::int32_t>(events_.size()); ++i)
      if (i != last_ && !f->date.empty() && dates_compatible(f->date, events_[i].date) &&
          (f->location < 0 || events_[i].location == f->location)) {
        *why = "an earlier incident the text compares with, mentioned before";
        return i;
      }
    *why = "an earlier incident the text compares with";
    return new_event(f->type);
  }

  // A mention without date or place: the incident of the sentences just before, else the
  // report's main one.
  std::int32_t unset_target(const SentenceFacts& f, std::string* why) const {
    if (sentence_index_ - last_sentence_ <= 3 && last_was_earlier_ && f.has_trigger &&
        incident_kind(f.type) != incident_kind(events_[last_].type) &&
        incident_kind(f.type) == incident_kind(events_[before_last_].type)) {
      // "The bombing came a week after gunmen stormed a hotel. The bombing killed 17": the
      // incident the comparison was made for, not the earlier one.
      *why = "no date or place of its own: the incident of the sentences just before of its kind";
      return before_last_;
    }
    if (sentence_index_ - last_sentence_ <= 3) {
      *why = "no date or place of its own: the incident of the sentences just before";
      return last_;
    }
    *why = "no date or place of its own: the report's main incident";
    return primary(events_);
  }

  // A dated or placed mention: the latest incident whose date and place agree, or -1.
  std::int32_t matching_target(const SentenceFacts& f, std::string* why) const {
    const bool placed = f.location >= 0, dated = !f.date.empty();
    for (std::int32_t i = static_cast<std::int32_t>(events_.size()) - 1; i >= 0; --i) {
      const DocEvent& ev = events_[i];
      const bool same_place = placed && ev.location == f.location;
      const bool country_ok = f.country.empty() || ev.country.empty() || f.country == ev.country;
      if (dated && !ev.date.empty()) {
        // Without a place, only a date as precise as a month ties a mention to an incident.
        const bool precise = placed || f.date.precision() >= DatePrecision::kMonth ||
                             ev.date.precision() == f.date.precision();
        if (dates_compatible(f.date, ev.date) && country_ok && precise) {
          *why = same_place ? "same date and place as an earlier mention"
                            : "same date as an earlier mention";
          return i;
        }
      } else if (dated) {
        // "Gunmen attacked a school in Beslan. The siege began on 1 September 2004."
        // A dated mention of the same place joins an undated incident only right after it:
        // "in May 2014" further on is another incident there.
        const bool close = i == last_ && sentence_index_ - last_sentence_ <= 1;
        if ((same_place && close) || (close && !placed)) {
          *why = same_place ? "same place as an earlier mention"
                            : "no place of its own: the incident of the sentence before";
          return i;
        }
      } else if (country_ok && (i == last_ || same_place)) {
        *why = same_place ? "same place as an earlier mention"
                          : "no date of its own: the incident of the sentence before";
        return i;
      }
    }
    return -1;
  }

  // Adds the sentence's facts to incident `target`.
  void merge_into(std::int32_t target, const Sentence& s, SentenceFacts f, const std::string& why) {
    DocEvent& ev = events_[target];
    if (f.date.precision() > ev.date.precision() &&
        (ev.date.empty() || dates_compatible(f.date, ev.date))) {
      ev.date = f.date;
      ev.date_start = f.date_start;
      ev.date_end = f.date_end;
      ev.date_rule = f.date_rule;
    }
    ev.weekdays |= f.weekdays;
    ev.site_kinds |= f.site_kinds;
    ev.month_days.insert(ev.month_days.end(), f.month_days.begin(), f.month_days.end());
    if (f.location >= 0 && (ev.location < 0 || specificity(entities_[f.location], gazetteer_) >
                                                   specificity(entities_[ev.location], gazetteer_)))
      ev.location = f.location;
    if (ev.country.empty()) ev.country = f.country;
    if (ev.type == "attack" && f.has_trigger && f.type != "attack") ev.type = f.type;
    for (auto p : f.perpetrators) add_unique(&ev.perpetrators, p);
    for (auto t : f.targets)
      if (std::find(ev.perpetrators.begin(), ev.perpetrators.end(), t) == ev.perpetrators.end())
        add_unique(&ev.targets, t);
    ev.mentions.emplace_back(s.start, s.end);
    for (auto& fig : f.figures) {
      fig.rule = why;
      ev.figures.push_back(std::move(fig));
    }
    if (target != last_) before_last_ = last_;
    last_was_earlier_ = f.earlier >= 0 && before_last_ >= 0;
    last_ = target;
    last_sentence_ = sentence_index_;
  }

  std::vector<DocEvent> finish() {
    join_undated(events_, entities_, gazetteer_);
    place_in_report_country(events_, entities_, gazetteer_);
    if (!lead_is_aftermath_) date_lead_by_publication(events_, seg_, published_);
    // An incident the text never dates nor quantifies, or never places nor attributes, is a
    // passing reference, not a record.
    std::vector<DocEvent> kept;
    for (auto& ev : events_)
      if ((!ev.date.empty() || !ev.figures.empty()) &&
          (ev.location >= 0 || !ev.perpetrators.empty()))
        kept.push_back(std::move(ev));
    for (DocEvent& ev : kept)
      ev.name = (ev.location >= 0 ? entities_[ev.location].name + " " : std::string()) + ev.type;
    return kept;
  }

  std::string_view text_;
  const Segmentation& seg_;
  const MentionSet& mentions_;
  const std::vector<DocEntity>& entities_;
  const Gazetteer& gazetteer_;
  const std::string& published_;
  const IncidentLanguage& lang_;
  std::vector<std::int32_t> entity_of_;
  std::vector<DateMention> dates_;
  std::vector<DocEvent> events_;
  std::int32_t last_ = -1, before_last_ = -1;  // the incidents of the last two mentions
  bool last_was_earlier_ = false;              // the last mention compared with an earlier incident
  std::size_t next_mention_ = 0, next_date_ = 0;
  std::vector<std::string> words_;
  std::vector<std::uint32_t> word_start_;
  std::int64_t sentence_index_ = -1, last_sentence_ = -100, ctx_sentence_ = -100;
  SentenceFacts ctx_;  // the last sentence that set a scene without naming an incident
  // Whether the report opens on what followed an incident (a trial, an anniversary): then
  // its publication date says nothing of the incident's.
  bool lead_is_aftermath_ = false;
};

}  // namespace

std::vector<DocEvent> find_events(std::string_view text, const Segmentation& seg,
                                  const MentionSet& mentions,
                                  const std::vector<DocEntity>& entities,
                                  const Gazetteer& gazetteer, const std::string& published,
                                  const IncidentLanguage& lang) {
  return IncidentScanner(text, seg, mentions, entities, gazetteer, published, lang).run();
}

}  // namespace dossier
