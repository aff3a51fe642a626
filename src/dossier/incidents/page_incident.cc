#include "dossier/incidents/page_incident.h"

#include <algorithm>
#include <cstdio>

#include "dossier/core/name_key.h"
#include "dossier/incidents/cue_words.h"
#include "dossier/incidents/date_choice.h"
#include "dossier/incidents/place_choice.h"

namespace dossier {
namespace {

// The story may open after a page's boilerplate (video captions, sign-in prompts): the
// first sentence reporting an incident among the first kLeadSearch opens it, and it reads
// kLeadSentences from there.
constexpr std::size_t kLeadSearch = 20;
constexpr std::size_t kLeadSentences = 6;

// "weekday&incident_cue +1.21, pos=s0 +0.80, ...": the weights that decided most.
std::string explain(const Chooser& model, const Candidate& c) {
  std::string out;
  int shown = 0;
  for (const auto& [feature, weight] : model.explain(c.features)) {
    if (shown++ == 4) break;
    char buf[32];
    std::snprintf(buf, sizeof buf, " %+.2f", weight);
    if (!out.empty()) out += ", ";
    out += feature + buf;
  }
  return out;
}

std::string quoted(std::string_view text, std::uint32_t start, std::uint32_t end) {
  return "\"" + std::string(text.substr(start, end - start)) + "\"";
}

// The rules' reason for a date or place the model chose too, with the model's:
// "stated; the date model agrees, of 3 candidates (kind=full +0.50, ...)".
std::string agreement(const std::string& rule, std::string_view what, std::size_t options,
                      const Chooser& model, const Candidate& chosen) {
  return (rule.empty() ? "" : rule + "; ") + "the " + std::string(what) + " model agrees, of " +
         std::to_string(options) + " candidates (" + explain(model, chosen) + ")";
}

void choose_date(const PageText& page, const Chooser& model, DocEvent* ev) {
  if (model.empty() || !date_is_open(ev->date)) return;
  const PartialDate published = parse_iso_date(page.published);
  std::vector<DateOption> options =
      propose_dates(page.text, *page.seg, published, ev->date, ev->date_rule, ev->country);
  CandidateGroup group;
  for (const DateOption& o : options) group.push_back(o.candidate);
  const int best = model.choose(group);
  if (best < 0) return;
  const DateOption& o = options[static_cast<std::size_t>(best)];
  if (o.kind == "keep" || (o.date == ev->date && !ev->date_rule.empty())) {  // the rules' date
    ev->date_rule = agreement(ev->date_rule, "date", options.size(), model, o.candidate);
    return;
  }
  ev->date = o.date;
  ev->date_start = o.start;
  ev->date_end = o.end;
  const std::string evidence =
      o.kind == "pub" ? "the publication date" : quoted(page.text, o.start, o.end);
  ev->date_rule = "chosen by the date model from " + std::to_string(options.size()) +
                  " candidates: " + o.kind + " " + evidence + " (" + explain(model, o.candidate) +
                  ")";
}

// Index of the mention covering exactly [start, end), else -1.
int mention_at(const MentionSet& set, std::uint32_t start, std::uint32_t end) {
  auto it = std::lower_bound(set.mentions.begin(), set.mentions.end(), start,
                             [](const Mention& m, std::uint32_t s) { return m.start < s; });
  if (it != set.mentions.end() && it->start == start && it->end == end)
    return static_cast<int>(it - set.mentions.begin());
  return -1;
}

bool overlaps_any(const MentionSet& set, std::uint32_t start, std::uint32_t end) {
  for (const Mention& m : set.mentions)
    if (m.start < end && start < m.end) return true;
  return false;
}

// Inserts a mention, keeping the set sorted and every stored index valid.
std::uint32_t insert_mention(const Mention& m, MentionSet* set, std::vector<DocEntity>* entities) {
  auto it = std::lower_bound(set->mentions.begin(), set->mentions.end(), m.start,
                             [](const Mention& a, std::uint32_t s) { return a.start < s; });
  const auto at = static_cast<std::uint32_t>(it - set->mentions.begin());
  set->mentions.insert(it, m);
  for (DocEntity& e : *entities)
    for (std::uint32_t& i : e.mentions)
      if (i >= at) ++i;
  for (AliasLink& l : set->links) {
    if (l.a >= at) ++l.a;
    if (l.b >= at) ++l.b;
  }
  return at;
}

// The DocEntity that stands for gazetteer entry `entry` named at [start, end): an entity
// of that entry, the entity of a mention of exactly that span re-read as the place, or a
// new one.
std::int32_t place_entity(std::string_view text, const Gazetteer& g, std::uint32_t entry,
                          std::uint32_t start, std::uint32_t end, MentionSet* mentions,
                          std::vector<DocEntity>* entities) {
  for (std::size_t i = 0; i < entities->size(); ++i)
    if ((*entities)[i].entry == static_cast<std::int32_t>(entry)) return static_cast<int>(i);
  const LexEntry& le = g.entry(entry);
  const int m = mention_at(*mentions, start, end);
  if (m >= 0) {
    for (std::size_t i = 0; i < entities->size(); ++i) {
      DocEntity& e = (*entities)[i];
      if (std::find(e.mentions.begin(), e.mentions.end(), m) == e.mentions.end()) continue;
      if (e.mentions.size() > 1 && e.entry < 0 && e.type != EntityType::kLocation) break;
      e.type = EntityType::kLocation;
      e.entry = static_cast<std::int32_t>(entry);
      e.name = le.name;
      for (std::uint32_t k : e.mentions) {
        mentions->mentions[k].entry = e.entry;
        mentions->mentions[k].type = EntityType::kLocation;
      }
      return static_cast<int>(i);
    }
  }
  // A place the mention finder named but could not identify ("Troy", a town): now it is.
  for (std::size_t i = 0; i < entities->size(); ++i) {
    DocEntity& e = (*entities)[i];
    if (e.type != EntityType::kLocation || e.entry >= 0 || name_key(e.name) != name_key(le.name))
      continue;
    e.entry = static_cast<std::int32_t>(entry);
    e.name = le.name;
    for (std::uint32_t k : e.mentions) mentions->mentions[k].entry = e.entry;
    if (m < 0 && !overlaps_any(*mentions, start, end)) {
      const std::uint32_t at = insert_mention(
          Mention{start, end, EntityType::kLocation, e.entry, "pattern"}, mentions, entities);
      e.mentions.push_back(at);
      std::sort(e.mentions.begin(), e.mentions.end());
    }
    return static_cast<int>(i);
  }
  DocEntity e;
  e.type = EntityType::kLocation;
  e.name = le.name;
  e.entry = static_cast<std::int32_t>(entry);
  e.merges.push_back({std::string(text.substr(start, end - start)), "place model", 1.0});
  if (m < 0 && !overlaps_any(*mentions, start, end))
    e.mentions.push_back(insert_mention(
        Mention{start, end, EntityType::kLocation, static_cast<std::int32_t>(entry), "pattern"},
        mentions, entities));
  entities->push_back(std::move(e));
  return static_cast<int>(entities->size() - 1);
}

void choose_place(const PageText& page, const Gazetteer& g, const Chooser& model,
                  MentionSet* mentions, std::vector<DocEntity>* entities, DocEvent* ev) {
  if (model.empty()) return;
  const std::int64_t rule_entry = ev->location >= 0 ? (*entities)[ev->location].entry : -1;
  if (!place_is_open(g, rule_entry)) return;
  std::vector<PlaceOption> options =
      propose_places(page.text, *page.seg, page.title, g, rule_entry, *mentions);
  CandidateGroup group;
  for (const PlaceOption& o : options) group.push_back(o.candidate);
  const int best = model.choose(group);
  if (best < 0) return;
  const PlaceOption& o = options[static_cast<std::size_t>(best)];
  if (o.none) return;
  if (static_cast<std::int64_t>(o.entry) == rule_entry) {  // the rules' place stays, and why
    ev->place_rule = agreement(ev->place_rule, "place", options.size(), model, o.candidate);
    return;
  }
  const LexEntry& le = g.entry(o.entry);
  const std::string old_name = ev->location >= 0 ? (*entities)[ev->location].name : "";
  ev->location = place_entity(page.text, g, o.entry, o.start, o.end, mentions, entities);
  ev->country = le.country;
  if (!old_name.empty() && ev->name.rfind(old_name, 0) == 0)
    ev->name = le.name + ev->name.substr(old_name.size());
  else if (ev->name == ev->type || ev->name.empty())
    ev->name = le.name + " " + ev->type;
  std::string region = g.region_of(o.entry);
  ev->place_rule = "chosen by the place model from " + std::to_string(options.size()) +
                   " candidates: " + le.name + (region.empty() ? "" : ", " + region) + " " +
                   quoted(page.text, o.start, o.end) + " (" + explain(model, o.candidate) + ")";
}

}  // namespace

bool date_is_open(const PartialDate& rule_date) {
  return rule_date.precision() != DatePrecision::kDay;
}

bool place_is_open(const Gazetteer& gazetteer, std::int64_t rule_entry) {
  if (rule_entry < 0) return true;
  const LexEntry& e = gazetteer.entry(static_cast<std::uint32_t>(rule_entry));
  if (e.subtype != "country") return true;
  // "Georgia" is a country and a US state: which one the models decide.
  for (std::uint32_t other : gazetteer.lookup(e.name))
    if (gazetteer.entry(other).subtype == "subdivision") return true;
  return false;
}

IncidentModels IncidentModels::load(const std::filesystem::path& dir) {
  IncidentModels m;
  if (std::filesystem::exists(dir / "date.model")) m.date = Chooser::load(dir / "date.model");
  if (std::filesystem::exists(dir / "place.model")) m.place = Chooser::load(dir / "place.model");
  return m;
}

int main_incident(const std::vector<DocEvent>& events) {
  int best = -1;
  std::size_t most = 0;
  for (std::size_t i = 0; i < events.size(); ++i) {
    std::size_t n = 0;
    for (const EventFigure& f : events[i].figures)
      n += f.figure.measure == Measure::kKilled || f.figure.measure == Measure::kWounded;
    if (best < 0 || n > most) {
      best = static_cast<int>(i);
      most = n;
    }
  }
  return best;
}

int lead_event(const std::vector<DocEvent>& events) {
  int lead = -1;
  std::uint32_t first = 0;
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (events[i].mentions.empty()) continue;
    const std::uint32_t start = events[i].mentions.front().first;
    if (lead < 0 || start < first) {
      lead = static_cast<int>(i);
      first = start;
    }
  }
  return lead;
}

int settled_incident(const std::vector<DocEvent>& events, std::string_view published) {
  const int main = main_incident(events);
  if (main < 0 || main == lead_event(events)) return main;
  if (events.size() > 2) return -1;
  const PartialDate& date = events[static_cast<std::size_t>(main)].date;
  const PartialDate pub = parse_iso_date(published);
  return date.year == 0 || pub.year == 0 || date.year == pub.year ? main : -1;
}

bool lead_incident(const PageText& page, DocEvent* out) {
  const Segmentation& seg = *page.seg;
  bool found = false;
  std::size_t last = std::min(seg.sentences.size(), kLeadSearch);
  for (std::size_t s = 0; s < last; ++s) {
    const Sentence& sent = seg.sentences[s];
    const std::string_view body = page.text.substr(sent.start, sent.end - sent.start);
    const std::vector<std::string> words = lower_words(body);
    if (!reports_incident(words)) continue;
    if (!found) {
      last = std::min(seg.sentences.size(), s + kLeadSentences);
      bool gun = false, stab = false;
      for (const std::string& w : words) {
        gun = gun || w.rfind("shot", 0) == 0 || w.rfind("gun", 0) == 0 || w == "fired";
        stab = stab || w.rfind("stab", 0) == 0;
      }
      out->type = gun || !stab ? "shooting" : "stabbing";
      out->name = out->type;
      found = true;
    }
    out->mentions.emplace_back(sent.start, sent.end);
    for (const Figure& f : find_figures(body, sent.start)) {
      EventFigure ef;
      ef.figure = f;
      ef.sentence_start = sent.start;
      ef.sentence_end = sent.end;
      ef.rule = "the incident the report opens on";
      out->figures.push_back(std::move(ef));
    }
  }
  return found;
}

void settle_page_incident(const PageText& page, const Gazetteer& gazetteer,
                          const IncidentModels& models, MentionSet* mentions,
                          std::vector<DocEntity>* entities, std::vector<DocEvent>* events) {
  if (events->empty()) {
    DocEvent lead;
    if (!lead_incident(page, &lead)) return;
    events->push_back(std::move(lead));
  }
  const int main = settled_incident(*events, page.published);
  if (main < 0) return;
  DocEvent& ev = (*events)[static_cast<std::size_t>(main)];
  choose_date(page, models.date, &ev);
  choose_place(page, gazetteer, models.place, mentions, entities, &ev);
}

}  // namespace dossier
