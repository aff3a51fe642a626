// Throughput of the per-sentence scanners (numbers, figures, attribution,
// hedges, dates) on invented news-like text.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "dossier/extract/attribution.h"
#include "dossier/extract/date_finder.h"
#include "dossier/extract/figure_finder.h"
#include "dossier/extract/number_finder.h"

namespace dossier {
namespace {

TEST(ScannerSpeed, AtLeastTwentyMegabytesPerSecond) {
  const std::vector<std::string> pieces = {
      "At least 60 people were killed and 145 wounded when gunmen stormed a concert hall on "
      "Friday, the Investigative Committee said.",
      "According to local officials, the death toll rose to 137 on 24 March 2024.",
      "Police arrested a dozen more suspects, including four men who reportedly fled toward "
      "the border in a white car.",
      "The group, which has operated in the region since 2015, claimed responsibility through "
      "its news agency, a statement said.",
      "Analysts say the attack may have been planned for months by a cell of between 10 and 15 "
      "members."};
  std::string text;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> sentences;
  while (text.size() < (4u << 20)) {
    for (const std::string& p : pieces) {
      sentences.emplace_back(text.size(), text.size() + p.size());
      text += p;
      text += ' ';
    }
  }
  std::size_t found = 0;
  const auto t0 = std::chrono::steady_clock::now();
  for (const auto& [b, e] : sentences) {
    const std::string_view s(text.data() + b, e - b);
    found += find_figures(s, b).size();
    found += find_attribution(s, b).has_value();
    found += find_hedges(s).size();
  }
  found += find_dates(text, sentences, PartialDate{2024, 3, 29}).size();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double mb_per_s = static_cast<double>(text.size()) / 1e6 / seconds;
  std::printf("scanners: %.1f MB/s over %zu bytes (%zu results)\n", mb_per_s, text.size(), found);
  EXPECT_GT(found, sentences.size());
  EXPECT_GE(mb_per_s, 20.0);
}

}  // namespace
}  // namespace dossier
