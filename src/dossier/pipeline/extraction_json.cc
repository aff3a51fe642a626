#include "dossier/pipeline/extraction_json.h"

#include <mutex>
#include <unordered_set>

namespace dossier {

using nlohmann::json;

// Enums as their to_string names. to_string returns a fallback name for values
// outside the enum, so the first value with a name is the one it names.
template <typename Enum>
void enum_from_json(const json& j, Enum& e) {
  const std::string& name = j.get_ref<const std::string&>();
  for (int i = 0; i < 256; ++i)
    if (to_string(static_cast<Enum>(i)) == name) {
      e = static_cast<Enum>(i);
      return;
    }
  throw std::invalid_argument("unknown name \"" + name + "\"");
}

void to_json(json& j, EntityType e) { j = to_string(e); }
void from_json(const json& j, EntityType& e) { enum_from_json(j, e); }
void to_json(json& j, Measure e) { j = to_string(e); }
void from_json(const json& j, Measure& e) { enum_from_json(j, e); }
void to_json(json& j, Qualifier e) { j = to_string(e); }
void from_json(const json& j, Qualifier& e) { enum_from_json(j, e); }

namespace {

// Mention origins and alias rules are string_views of static strings; read ones live
// here for the life of the process (a handful of distinct names).
std::string_view intern(const std::string& s) {
  static std::mutex mutex;
  static std::unordered_set<std::string> names;
  std::lock_guard lock(mutex);
  return *names.insert(s).first;
}

}  // namespace

void to_json(json& j, const Mention& m) {
  j = {{"start", m.start},
       {"end", m.end},
       {"type", m.type},
       {"entry", m.entry},
       {"origin", m.origin}};
}
void from_json(const json& j, Mention& m) {
  j.at("start").get_to(m.start);
  j.at("end").get_to(m.end);
  j.at("type").get_to(m.type);
  m.entry = j.value("entry", -1);
  m.origin = intern(j.at("origin").get<std::string>());
}
void to_json(json& j, const AliasLink& l) { j = {{"a", l.a}, {"b", l.b}, {"rule", l.rule}}; }
void from_json(const json& j, AliasLink& l) {
  j.at("a").get_to(l.a);
  j.at("b").get_to(l.b);
  l.rule = intern(j.at("rule").get<std::string>());
}

// The field lists: one line per struct.
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Document, source, external_id, url, title,
                                                published, format, text, metadata)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(PartialDate, year, month, day, decade)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Figure, start, end, measure, low, high, qualifier, hit)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(EventFigure, figure, sentence_start, sentence_end,
                                                attributed_to, hedges, rule)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(DocEvent, type, name, date, date_start, date_end,
                                                date_rule, weekdays, month_days, site_kinds,
                                                location, place_rule, country, perpetrators,
                                                targets, mentions, figures)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(NameMerge, alias, rule, confidence)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(DocEntity, type, name, entry, mentions, merges)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(MentionSet, mentions, links)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Extraction, language, mentions, entities, events)

namespace {

// Gazetteer indices in the "entry" fields of `items` become lexicon keys (null for none).
void entries_to_keys(json& items, const Gazetteer& gazetteer) {
  for (json& item : items) {
    std::int32_t entry = item["entry"];
    item["entry"] =
        entry >= 0 ? json(gazetteer.entry(static_cast<std::uint32_t>(entry)).key) : json();
  }
}

// The reverse; a key this gazetteer lacks becomes -1.
void keys_to_entries(json& items, const Gazetteer& gazetteer) {
  for (json& item : items) {
    auto key = item.find("entry");
    if (key == item.end()) continue;
    *key = key->is_string() ? gazetteer.find_key(key->get<std::string>()) : -1;
  }
}

// Every index an extraction holds points into its vectors.
void check_indices(const Extraction& x) {
  auto check = [](std::int64_t i, std::size_t size, bool optional) {
    if ((optional && i == -1) || (i >= 0 && static_cast<std::size_t>(i) < size)) return;
    throw std::out_of_range("index " + std::to_string(i) + " out of range");
  };
  for (const AliasLink& l : x.mentions.links) {
    check(l.a, x.mentions.mentions.size(), false);
    check(l.b, x.mentions.mentions.size(), false);
  }
  for (const DocEntity& e : x.entities)
    for (auto m : e.mentions) check(m, x.mentions.mentions.size(), false);
  for (const DocEvent& e : x.events) {
    check(e.location, x.entities.size(), true);
    for (auto p : e.perpetrators) check(p, x.entities.size(), false);
    for (auto t : e.targets) check(t, x.entities.size(), false);
  }
}

// The document's page starts, when the line has them: ascending offsets into its text.
void read_page_starts(const json& document, Document* doc) {
  const auto starts = document.find("page_starts");
  if (starts == document.end()) return;
  starts->get_to(doc->page_starts);
  for (std::size_t i = 0; i < doc->page_starts.size(); ++i)
    if (doc->page_starts[i] > doc->text.size() ||
        (i > 0 && doc->page_starts[i] < doc->page_starts[i - 1]))
      throw std::out_of_range("page start " + std::to_string(doc->page_starts[i]) +
                              " out of order or past the text");
}

}  // namespace

json extraction_to_json(const Document& doc, const Extraction& extraction,
                        const Gazetteer& gazetteer) {
  json j = {{"document", doc}, {"extraction", extraction}};
  // Only documents with pages carry them, so other lines read as they always did.
  if (!doc.page_starts.empty()) j["document"]["page_starts"] = doc.page_starts;
  entries_to_keys(j["extraction"]["mentions"]["mentions"], gazetteer);
  entries_to_keys(j["extraction"]["entities"], gazetteer);
  return j;
}

bool extraction_from_json(const json& line, const Gazetteer& gazetteer, Document* doc,
                          Extraction* extraction, std::string* error) {
  try {
    json x = line.at("extraction");
    if (x.contains("mentions") && x["mentions"].contains("mentions"))
      keys_to_entries(x["mentions"]["mentions"], gazetteer);
    if (x.contains("entities")) keys_to_entries(x["entities"], gazetteer);
    *doc = line.at("document").get<Document>();
    read_page_starts(line.at("document"), doc);
    *extraction = x.get<Extraction>();
    check_indices(*extraction);
    return true;
  } catch (const std::exception& e) {
    *error = e.what();
    return false;
  }
}

}  // namespace dossier
