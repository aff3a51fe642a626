#include "dossier/tagger/evaluator.h"

#include <algorithm>
#include <cstdio>

#include "dossier/tagger/tags.h"

namespace dossier {
namespace {

double ratio(std::size_t a, std::size_t b) {
  return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b);
}

void print_row(std::ostream& out, std::string_view label, const EntityCounts& c) {
  char line[128];
  std::snprintf(line, sizeof line, "%-4.*s %9.2f %9.2f %9.2f %7zu %9zu\n",
                static_cast<int>(label.size()), label.data(), 100 * c.precision(), 100 * c.recall(),
                100 * c.f1(), c.true_positives + c.false_negatives,
                c.true_positives + c.false_positives);
  out << line;
}

}  // namespace

std::vector<EntitySpan> bio_spans(std::span<const std::uint8_t> tags) {
  std::vector<EntitySpan> spans;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const std::uint8_t t = tags[i];
    if (t == kTagO || t >= kTagCount) continue;
    const EntityType type = tag_type(t);
    if (is_inside(t) && !spans.empty() && spans.back().end == i && spans.back().type == type) {
      spans.back().end = i + 1;
      continue;
    }
    spans.push_back({i, i + 1, type});
  }
  return spans;
}

double EntityCounts::precision() const {
  return ratio(true_positives, true_positives + false_positives);
}
double EntityCounts::recall() const {
  return ratio(true_positives, true_positives + false_negatives);
}
double EntityCounts::f1() const {
  const double p = precision(), r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

void NerEvaluator::add(std::span<const std::uint8_t> gold,
                       std::span<const std::uint8_t> predicted) {
  const std::vector<EntitySpan> g = bio_spans(gold), p = bio_spans(predicted);
  auto count = [&](const EntitySpan& s, std::size_t EntityCounts::*field) {
    ++(overall_.*field);
    ++(by_type_[static_cast<int>(s.type)].*field);
  };
  for (const EntitySpan& s : p)
    count(s, std::find(g.begin(), g.end(), s) != g.end() ? &EntityCounts::true_positives
                                                         : &EntityCounts::false_positives);
  for (const EntitySpan& s : g)
    if (std::find(p.begin(), p.end(), s) == p.end()) count(s, &EntityCounts::false_negatives);
}

void NerEvaluator::report(std::ostream& out) const {
  out << "type precision    recall        f1    gold predicted\n";
  for (int k = 0; k < 4; ++k) print_row(out, type_label(static_cast<EntityType>(k)), by_type_[k]);
  print_row(out, "ALL", overall_);
}

}  // namespace dossier
