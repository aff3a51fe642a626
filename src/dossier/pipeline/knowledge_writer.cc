#include "dossier/pipeline/knowledge_writer.h"

#include <algorithm>
#include <map>

#include "dossier/extract/undated_match.h"
#include "dossier/store/statement.h"

namespace dossier {
namespace {

std::string join(const std::vector<std::string>& items, char sep) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

// The victims of an event (event_index.h) as SQL over the stored figures and mentions: the
// person entities with a full name that a killed or wounded figure holds a mention of,
// `select`ed (de.id, the doc_entities row; de.entity, the global one) for the doc_events
// rows `where` names (?1).
std::string victims_sql(std::string_view select, std::string_view where) {
  return "SELECT DISTINCT " + std::string(select) +
         " FROM doc_events e "
         "JOIN figures f ON f.doc_event = e.id AND f.measure IN ('killed', 'wounded') "
         "JOIN doc_entities de ON de.document = e.document AND de.type = 'person' "
         "AND instr(de.name, ' ') > 0 "
         "JOIN mentions m ON m.doc_entity = de.id AND m.start >= f.start AND m.end <= f.end "
         "WHERE " +
         std::string(where);
}

// The same, for an event not yet stored: the global ids of the document's person entities
// with a full name that a killed or wounded figure of `ev` holds a mention of.
std::vector<std::int64_t> victims_of(const DocEvent& ev, const Extraction& x,
                                     const std::vector<std::int64_t>& global) {
  std::vector<std::int64_t> out;
  for (std::size_t i = 0; i < x.entities.size(); ++i) {
    const DocEntity& e = x.entities[i];
    if (e.type != EntityType::kPerson || e.name.find(' ') == std::string::npos) continue;
    const bool named = std::any_of(e.mentions.begin(), e.mentions.end(), [&](std::uint32_t k) {
      const Mention& m = x.mentions.mentions[k];
      return std::any_of(ev.figures.begin(), ev.figures.end(), [&](const EventFigure& f) {
        return (f.figure.measure == Measure::kKilled || f.figure.measure == Measure::kWounded) &&
               f.figure.start <= m.start && m.end <= f.figure.end;
      });
    });
    if (named && std::find(out.begin(), out.end(), global[i]) == out.end())
      out.push_back(global[i]);
  }
  return out;
}

void add_new(const std::vector<std::int64_t>& from, std::vector<std::int64_t>* to, bool* added) {
  for (std::int64_t id : from) {
    if (std::find(to->begin(), to->end(), id) != to->end()) continue;
    to->push_back(id);
    *added = true;
  }
}

}  // namespace

Statement& KnowledgeWriter::sql(std::string_view text) {
  std::string key(text);
  auto it = statements_.find(key);
  if (it == statements_.end()) it = statements_.emplace(key, Statement(db_, text)).first;
  return it->second;
}

KnowledgeWriter::KnowledgeWriter(sqlite3* db, const Models& models)
    : db_(db), models_(models), entities_(models.rules, models.transliteration) {
  load_indexes();
}

void KnowledgeWriter::set_point(EventKey* key) const {
  auto it = points_.find(key->location);
  key->has_point = key->location && it != points_.end();
  if (key->has_point) std::tie(key->lat, key->lon) = it->second;
  auto region = regions_.find(key->location);
  key->region = key->location && region != regions_.end() ? region->second : std::string();
}

void KnowledgeWriter::load_indexes() {
  Statement& pts =
      sql("SELECT id, lat, lon FROM entities WHERE lat IS NOT NULL AND lon IS NOT NULL");
  while (pts.step()) points_[pts.column_int(0)] = {pts.column_double(1), pts.column_double(2)};
  Statement& regions = sql("SELECT id, region FROM entities WHERE region != ''");
  while (regions.step()) regions_[regions.column_int(0)] = regions.column_text(1);
  Statement& ents = sql("SELECT id, type, name, lex_key FROM entities");
  while (ents.step())
    entities_.add_entity(ents.column_int(0), *parse_entity_type(ents.column_view(1)),
                         ents.column_text(2), ents.column_text(3));
  Statement& names =
      sql("SELECT d.entity, n.alias FROM doc_entity_names n JOIN doc_entities d "
          "ON d.id = n.doc_entity WHERE d.entity IS NOT NULL");
  while (names.step()) entities_.add_alias(names.column_int(0), names.column_text(1));
  Statement& evs = sql("SELECT id, date, COALESCE(location, 0), country FROM events");
  Statement& perps =
      sql("SELECT DISTINCT de.entity FROM doc_events e "
          "JOIN doc_event_perpetrators p ON p.doc_event = e.id "
          "JOIN doc_entities de ON de.id = p.doc_entity WHERE e.event = ?");
  Statement& victims = sql(victims_sql("de.entity", "e.event = ? AND de.entity IS NOT NULL"));
  while (evs.step()) {
    EventKey k;
    k.id = evs.column_int(0);
    k.date = parse_iso_date(evs.column_view(1));
    k.location = evs.column_int(2);
    k.country = evs.column_text(3);
    set_point(&k);
    perps.bind(1, k.id);
    while (perps.step()) k.perpetrators.push_back(perps.column_int(0));
    victims.bind(1, k.id);
    while (victims.step()) k.victims.push_back(victims.column_int(0));
    events_.add(k);
  }
}

EntityMatch KnowledgeWriter::resolve_entity(const EntityNames& names) {
  EntityMatch match = entities_.find(names);
  std::int64_t id = match.entity;
  if (!id) {
    std::string subtype, country, region;
    double lat = 0, lon = 0;
    bool coords = false;
    if (!names.lex_key.empty()) {
      std::int64_t e = models_.gazetteer->find_key(names.lex_key);
      if (e >= 0) {
        const LexEntry& le = models_.gazetteer->entry(static_cast<std::uint32_t>(e));
        subtype = le.subtype;
        country = le.country;
        lat = le.lat;
        lon = le.lon;
        coords = le.has_coords;
        region = models_.gazetteer->region_of(static_cast<std::uint32_t>(e));
      }
    }
    Statement& ins =
        sql("INSERT INTO entities(type, name, lex_key, subtype, country, lat, lon, region) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind_all(std::string(to_string(names.type)), names.name, names.lex_key, subtype, country);
    if (coords) {
      ins.bind(6, lat).bind(7, lon);
    } else {
      ins.bind_null(6).bind_null(7);
    }
    ins.bind(8, region).run();
    id = sqlite3_last_insert_rowid(db_);
    if (coords) points_[id] = {lat, lon};
    if (!region.empty()) regions_[id] = region;
    entities_.add_entity(id, names.type, names.name, names.lex_key);
    match = {id, "new", 1.0};
  }
  for (const auto& a : names.aliases) entities_.add_alias(id, a);
  return match;
}

std::pair<std::int64_t, std::string> KnowledgeWriter::link_event(EventKey key,
                                                                 const std::string& type,
                                                                 const std::string& name) {
  std::string rule;
  const std::int64_t id = events_.find(key, &rule);
  if (!id) {
    Statement& ins =
        sql("INSERT INTO events(type, name, date, location, country) VALUES (?,?,?,?,?)");
    ins.bind_all(type, name, key.date.iso());
    if (key.location)
      ins.bind(4, key.location);
    else
      ins.bind_null(4);
    ins.bind(5, key.country).run();
    key.id = sqlite3_last_insert_rowid(db_);
    events_.add(key);
    return {key.id, "new"};
  }
  // Refine the stored incident with what this document adds.
  EventKey merged = *events_.get(id);
  bool changed = false;
  if (key.date.precision() > merged.date.precision()) {
    merged.date = key.date;
    changed = true;
  }
  if (!merged.location && key.location) {
    merged.location = key.location;
    set_point(&merged);
    changed = true;
  }
  if (merged.country.empty() && !key.country.empty()) {
    merged.country = key.country;
    changed = true;
  }
  bool more_perpetrators = false;
  add_new(key.perpetrators, &merged.perpetrators, &more_perpetrators);
  add_new(key.victims, &merged.victims, &more_perpetrators);
  if (changed) {
    sql("UPDATE events SET date = ?, location = NULLIF(?, 0), country = ? WHERE id = ?")
        .bind_all(merged.date.iso(), merged.location, merged.country, id)
        .run();
  }
  if (changed || more_perpetrators) events_.update(merged);  // or more victims
  return {id, rule};
}

void KnowledgeWriter::add(std::int64_t doc_id, const Document& doc, const Extraction& x) {
  StoredEntities entities = add_entities(doc_id, doc, x);
  for (const DocEvent& ev : x.events)
    add_event(doc_id, ev, entities, victims_of(ev, x, entities.entities));
}

KnowledgeWriter::StoredEntities KnowledgeWriter::add_entities(std::int64_t doc_id,
                                                              const Document& doc,
                                                              const Extraction& x) {
  const Gazetteer& g = *models_.gazetteer;
  Statement& ins_ent =
      sql("INSERT INTO doc_entities(document, type, name, lex_key, entity, rule, confidence) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)");
  Statement& ins_name =
      sql("INSERT OR IGNORE INTO doc_entity_names(doc_entity, alias, rule, confidence) "
          "VALUES (?, ?, ?, ?)");
  Statement& ins_mention =
      sql("INSERT INTO mentions(document, doc_entity, start, end, text, origin) "
          "VALUES (?, ?, ?, ?, ?, ?)");
  StoredEntities out;
  for (const DocEntity& e : x.entities) {
    std::string lex_key = e.entry >= 0 ? g.entry(e.entry).key : "";
    EntityNames names{e.type, e.name, lex_key, {}};
    for (const NameMerge& m : e.merges) names.aliases.push_back(m.alias);
    // Linked before it is written, so the row goes in once, complete.
    EntityMatch match = resolve_entity(names);
    ins_ent
        .bind_all(doc_id, std::string(to_string(e.type)), e.name, lex_key, match.entity, match.rule,
                  match.confidence)
        .run();
    std::int64_t de = sqlite3_last_insert_rowid(db_);
    out.doc_entities.push_back(de);
    out.entities.push_back(match.entity);
    for (const NameMerge& m : e.merges) ins_name.bind_all(de, m.alias, m.rule, m.confidence).run();
    for (auto mi : e.mentions) {
      const Mention& m = x.mentions.mentions[mi];
      ins_mention
          .bind_all(
              doc_id, de, static_cast<std::int64_t>(m.start), static_cast<std::int64_t>(m.end),
              std::string_view(doc.text).substr(m.start, m.end - m.start), std::string(m.origin))
          .run();
    }
  }
  return out;
}

void KnowledgeWriter::add_event(std::int64_t doc_id, const DocEvent& ev,
                                const StoredEntities& entities, std::vector<std::int64_t> victims) {
  EventKey key;
  key.victims = std::move(victims);
  key.date = ev.date;
  key.location = ev.location >= 0 ? entities.entities[ev.location] : 0;
  set_point(&key);
  key.country = ev.country;
  for (auto p : ev.perpetrators) key.perpetrators.push_back(entities.entities[p]);
  // Linked before it is written, so the row goes in once, complete.
  auto [event, rule] = link_event(key, ev.type, ev.name);
  Statement& ins_ev =
      sql("INSERT INTO doc_events(document, type, name, date, location, country, event, rule, "
          "date_start, date_end, date_rule, weekdays, month_days, place_rule, site_kinds) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  ins_ev.bind_all(doc_id, ev.type, ev.name, ev.date.iso());
  if (ev.location >= 0)
    ins_ev.bind(5, entities.doc_entities[ev.location]);
  else
    ins_ev.bind_null(5);
  ins_ev.bind(6, ev.country).bind(7, event).bind(8, rule);
  if (ev.date.empty())
    ins_ev.bind_null(9).bind_null(10);
  else
    ins_ev.bind(9, static_cast<std::int64_t>(ev.date_start))
        .bind(10, static_cast<std::int64_t>(ev.date_end));
  std::vector<std::string> days;
  for (int md : ev.month_days) days.push_back(std::to_string(md));
  ins_ev.bind(11, ev.date_rule)
      .bind(12, static_cast<std::int64_t>(ev.weekdays))
      .bind(13, join(days, ','))
      .bind(14, ev.place_rule)
      .bind(15, static_cast<std::int64_t>(ev.site_kinds))
      .run();
  add_event_parts(sqlite3_last_insert_rowid(db_), ev, entities);
}

void KnowledgeWriter::add_event_parts(std::int64_t doc_event, const DocEvent& ev,
                                      const StoredEntities& entities) {
  Statement& ins_perp =
      sql("INSERT OR IGNORE INTO doc_event_perpetrators(doc_event, doc_entity) VALUES (?, ?)");
  Statement& ins_target =
      sql("INSERT OR IGNORE INTO doc_event_targets(doc_event, doc_entity) VALUES (?, ?)");
  Statement& ins_evm = sql("INSERT INTO event_mentions(doc_event, start, end) VALUES (?, ?, ?)");
  Statement& ins_fig =
      sql("INSERT INTO figures(doc_event, measure, low, high, qualifier, start, end, "
          "sentence_start, sentence_end, attributed_to, hedges, rule, hit) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (auto p : ev.perpetrators) ins_perp.bind_all(doc_event, entities.doc_entities[p]).run();
  for (auto t : ev.targets) ins_target.bind_all(doc_event, entities.doc_entities[t]).run();
  for (auto [s, e] : ev.mentions)
    ins_evm.bind_all(doc_event, static_cast<std::int64_t>(s), static_cast<std::int64_t>(e)).run();
  for (const EventFigure& f : ev.figures)
    ins_fig
        .bind_all(
            doc_event, std::string(to_string(f.figure.measure)), f.figure.low, f.figure.high,
            std::string(to_string(f.figure.qualifier)), static_cast<std::int64_t>(f.figure.start),
            static_cast<std::int64_t>(f.figure.end), static_cast<std::int64_t>(f.sentence_start),
            static_cast<std::int64_t>(f.sentence_end), f.attributed_to, join(f.hedges, ','), f.rule,
            std::int64_t{f.figure.hit})
        .run();
}

void KnowledgeWriter::resolve_all() {
  exec(db_,
       "UPDATE doc_entities SET entity = NULL; UPDATE doc_events SET event = NULL; "
       "DELETE FROM events; DELETE FROM entities;");
  entities_ = EntityIndex(models_.rules, models_.transliteration);
  events_ = EventIndex();
  points_.clear();
  regions_.clear();
  Statement& des = sql("SELECT id, type, name, lex_key FROM doc_entities ORDER BY id");
  Statement& names = sql("SELECT alias FROM doc_entity_names WHERE doc_entity = ?");
  std::map<std::int64_t, std::int64_t> entity_of;
  while (des.step()) {
    EntityNames n{
        *parse_entity_type(des.column_view(1)), des.column_text(2), des.column_text(3), {}};
    std::int64_t de = des.column_int(0);
    names.bind(1, de);
    while (names.step()) n.aliases.push_back(names.column_text(0));
    EntityMatch match = resolve_entity(n);
    sql("UPDATE doc_entities SET entity = ?, rule = ?, confidence = ? WHERE id = ?")
        .bind_all(match.entity, match.rule, match.confidence, de)
        .run();
    entity_of[de] = match.entity;
  }
  Statement evs(
      db_,
      "SELECT id, type, name, date, COALESCE(location, 0), country FROM doc_events ORDER BY id");
  Statement& perps = sql("SELECT doc_entity FROM doc_event_perpetrators WHERE doc_event = ?");
  Statement& victims = sql(victims_sql("de.id", "e.id = ?"));
  while (evs.step()) {
    EventKey key;
    std::int64_t de = evs.column_int(0);
    key.date = parse_iso_date(evs.column_view(3));
    key.location = evs.column_int(4) ? entity_of[evs.column_int(4)] : 0;
    set_point(&key);
    key.country = evs.column_text(5);
    perps.bind(1, de);
    while (perps.step()) key.perpetrators.push_back(entity_of[perps.column_int(0)]);
    victims.bind(1, de);
    while (victims.step()) key.victims.push_back(entity_of[victims.column_int(0)]);
    auto [event, rule] = link_event(key, evs.column_text(1), evs.column_text(2));
    sql("UPDATE doc_events SET event = ?, rule = ? WHERE id = ?").bind_all(event, rule, de).run();
  }
}

void KnowledgeWriter::settle_undated() {
  std::vector<IncidentFacts> dated, undated;
  Statement& evs =
      sql("SELECT e.id, e.date, COALESCE(e.location, 0), e.country, e.type, "
          "COALESCE(l.subtype IN ('city', 'capital'), 0), l.lat, l.lon, COALESCE(l.region, '') "
          "FROM events e "
          "LEFT JOIN entities l ON l.id = e.location");
  Statement& perps =
      sql("SELECT DISTINCT de.entity FROM doc_events e "
          "JOIN doc_event_perpetrators p ON p.doc_event = e.id "
          "JOIN doc_entities de ON de.id = p.doc_entity WHERE e.event = ?");
  Statement& days = sql("SELECT weekdays, month_days, site_kinds FROM doc_events WHERE event = ?");
  Statement& figs =
      sql("SELECT f.measure, max(f.high) FROM figures f JOIN doc_events e ON e.id = f.doc_event "
          "WHERE e.event = ? GROUP BY f.measure");
  while (evs.step()) {
    IncidentFacts f;
    f.id = evs.column_int(0);
    f.date = parse_iso_date(evs.column_view(1));
    f.location = evs.column_int(2);
    f.country = evs.column_text(3);
    f.type = evs.column_text(4);
    f.location_is_city = evs.column_int(5) != 0;
    f.has_point = !evs.column_is_null(6) && !evs.column_is_null(7);
    f.lat = evs.column_double(6);
    f.lon = evs.column_double(7);
    f.region = evs.column_text(8);
    perps.bind(1, f.id);
    while (perps.step()) f.perpetrators.push_back(perps.column_int(0));
    figs.bind(1, f.id);
    while (figs.step()) add_count(&f, figs.column_text(0), figs.column_int(1));
    days.bind(1, f.id);
    while (days.step()) {
      f.site_kinds |= static_cast<unsigned>(days.column_int(2));
      if (!f.date.empty()) continue;
      f.weekdays |= static_cast<unsigned>(days.column_int(0));
      for (std::string_view md = days.column_view(1); !md.empty();) {
        const std::size_t comma = std::min(md.find(','), md.size());
        f.month_days.push_back(std::atoi(std::string(md.substr(0, comma)).c_str()));
        md.remove_prefix(std::min(comma + 1, md.size()));
      }
    }
    (f.date.empty() ? undated : dated).push_back(std::move(f));
  }
  for (const IncidentFacts& u : undated) {
    std::string rule;
    const std::int64_t target = match_undated(u, dated, &rule);
    if (!target) {
      // Says why in `event --why`: no candidate, or several that nothing told apart.
      sql("UPDATE doc_events SET rule = ? WHERE event = ?").bind_all(rule, u.id).run();
      continue;
    }
    for (IncidentFacts& d : dated)
      if (d.id == target) absorb(&d, u);
    sql("UPDATE doc_events SET event = ?, rule = ? WHERE event = ?")
        .bind_all(target, rule, u.id)
        .run();
    sql("DELETE FROM events WHERE id = ?").bind_all(u.id).run();
    events_.remove(u.id);
  }
}

}  // namespace dossier
