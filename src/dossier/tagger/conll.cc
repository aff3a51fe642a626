#include "dossier/tagger/conll.h"

#include <fstream>
#include <map>

#include "dossier/core/error.h"
#include "dossier/tagger/evaluator.h"

namespace dossier {
namespace {

std::vector<std::string_view> split_columns(std::string_view line) {
  const char sep = line.find('\t') != std::string_view::npos ? '\t' : ' ';
  std::vector<std::string_view> columns;
  std::size_t i = 0;
  while (i <= line.size()) {
    std::size_t j = line.find(sep, i);
    if (j == std::string_view::npos) j = line.size();
    if (j > i || sep == '\t') columns.push_back(line.substr(i, j - i));
    i = j + 1;
  }
  return columns;
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

// Joined words of a span, the key of the majority rule.
std::string span_text(const TrainingSentence& s, const EntitySpan& span) {
  std::string text;
  for (std::size_t i = span.begin; i < span.end; ++i) {
    if (i > span.begin) text.push_back(' ');
    text += s.words[i];
  }
  return text;
}

void apply_grp_majority(std::vector<TrainingSentence>* sentences) {
  std::map<std::string, std::pair<int, int>> votes;  // text -> (LOC count, GRP count)
  for (const TrainingSentence& s : *sentences)
    for (const EntitySpan& span : bio_spans(s.tags)) {
      if (span.type == EntityType::kLocation) ++votes[span_text(s, span)].first;
      if (span.type == EntityType::kGroup) ++votes[span_text(s, span)].second;
    }
  for (TrainingSentence& s : *sentences)
    for (const EntitySpan& span : bio_spans(s.tags)) {
      if (span.type != EntityType::kGroup) continue;
      const auto& [loc, grp] = votes[span_text(s, span)];
      if (loc <= grp) continue;
      s.tags[span.begin] = begin_tag(EntityType::kLocation);
      for (std::size_t i = span.begin + 1; i < span.end; ++i)
        s.tags[i] = inside_tag(EntityType::kLocation);
    }
}

}  // namespace

std::optional<TagMapping> find_tag_mapping(std::string_view name) {
  if (name == "gmb-en")
    return TagMapping{"gmb-en",
                      {{"per", "PER"},
                       {"org", "ORG"},
                       {"geo", "LOC"},
                       {"gpe", "GRP"},
                       {"tim", ""},
                       {"art", ""},
                       {"eve", ""},
                       {"nat", ""}},
                      true};
  if (name == "wikiner-ru")
    return TagMapping{
        "wikiner-ru", {{"PER", "PER"}, {"ORG", "ORG"}, {"LOC", "LOC"}, {"MISC", ""}}, false};
  if (name == "bio")
    return TagMapping{
        "bio", {{"PER", "PER"}, {"ORG", "ORG"}, {"LOC", "LOC"}, {"GRP", "GRP"}}, false};
  return std::nullopt;
}

void read_conll(const std::filesystem::path& path, const TagMapping& mapping,
                std::vector<TrainingSentence>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path.string() + ": cannot open");
  std::vector<TrainingSentence> sentences;
  TrainingSentence current;
  std::size_t columns = 0;
  std::string line;
  std::size_t line_number = 0;
  auto fail = [&](std::string_view message) {
    throw Error(path.string() + ":" + std::to_string(line_number) + ": " + std::string(message));
  };
  auto finish = [&] {
    if (!current.words.empty()) sentences.push_back(std::move(current));
    current = TrainingSentence{};
  };
  while (std::getline(in, line)) {
    ++line_number;
    std::string_view view = line;
    if (!view.empty() && view.back() == '\r') view.remove_suffix(1);
    if (is_blank(view)) {
      finish();
      continue;
    }
    if (view.starts_with("-DOCSTART-")) continue;
    const std::vector<std::string_view> parts = split_columns(view);
    if (parts.size() < 2) fail("expected a word and a tag, found one column");
    if (columns == 0) columns = parts.size();
    if (parts.size() != columns)
      fail("expected " + std::to_string(columns) + " columns, found " +
           std::to_string(parts.size()));
    if (parts.front().empty()) fail("empty word");
    const std::string_view tag = parts.back();
    std::uint8_t id = kTagO;
    if (tag != "O") {
      if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-')
        fail("malformed tag '" + std::string(tag) + "'");
      const std::string_view label = tag.substr(2);
      const std::string* target = nullptr;
      for (const auto& [from, to] : mapping.labels)
        if (from == label) target = &to;
      if (!target) fail("unknown label '" + std::string(label) + "' for mapping " + mapping.name);
      if (!target->empty()) {
        const std::optional<EntityType> type = parse_type_label(*target);
        if (!type) fail("mapping " + mapping.name + " names unknown type " + *target);
        const std::uint8_t prev = current.tags.empty() ? kTagStart : current.tags.back();
        const bool continues = prev != kTagStart && prev != kTagO && tag_type(prev) == *type;
        id = tag[0] == 'I' && continues ? inside_tag(*type) : begin_tag(*type);
      }
    }
    current.words.emplace_back(parts.front());
    current.tags.push_back(id);
    current.lex.push_back(0);
  }
  finish();
  if (mapping.grp_to_loc_by_majority) apply_grp_majority(&sentences);
  out->insert(out->end(), std::make_move_iterator(sentences.begin()),
              std::make_move_iterator(sentences.end()));
}

}  // namespace dossier
