// Tests against the lexicons shipped in data/lexicon/.
#include <gtest/gtest.h>

#include <string>

#include "dossier/core/data_dir.h"
#include "dossier/lexicon/gazetteer.h"
#include "test_tokens.h"

namespace dossier {
namespace {

using testing::tokenize;

const Gazetteer& shipped() {
  static const std::unique_ptr<Gazetteer> g = [] {
    auto loaded = Gazetteer::load(std::string(DOSSIER_SOURCE_DIR) + "/data/lexicon");
    EXPECT_NE(loaded, nullptr);
    return loaded;
  }();
  return *g;
}

std::vector<std::string> found(std::string_view text) {
  const Gazetteer& g = shipped();
  std::vector<std::string> out;
  for (const LexMatch& m : g.match(text, tokenize(text)))
    out.push_back(g.entry(m.entry).key + "=" + std::string(text.substr(m.start, m.end - m.start)));
  return out;
}

using Keys = std::vector<std::string>;

// Load time is measured by bench_lexicon (BM_GazetteerLoad), not here.
TEST(ShippedLexicon, LoadsEveryFile) {
  auto g = Gazetteer::load(std::string(DOSSIER_SOURCE_DIR) + "/data/lexicon");
  ASSERT_NE(g, nullptr);
  EXPECT_GT(g->size(), 25000u);
  for (const char* key :
       {"russia", "ru-ce", "moscow-ru", "central-asia", "isis-k", "tajiks", "vladimir-putin"})
    EXPECT_GE(g->find_key(key), 0) << key;
}

TEST(ShippedLexicon, FindsActorsPlacesAndGroups) {
  EXPECT_EQ(found("ISIS-K, also called Islamic State–Khorasan Province, attacked Moscow."),
            Keys({"isis-k=ISIS-K", "isis-k=Islamic State–Khorasan Province", "moscow-ru=Moscow"}));
  EXPECT_EQ(found("Tajik men were detained by the FSB, the Kremlin said."),
            Keys({"tajiks=Tajik", "fsb=FSB", "kremlin=Kremlin"}));
  EXPECT_EQ(
      found("Russia and Türkiye met in Istanbul with U.S. envoys."),
      Keys({"russia=Russia", "turkey=Türkiye", "istanbul-tr=Istanbul", "united-states=U.S."}));
  EXPECT_EQ(found("Tehrik-i-Taliban Pakistan and the Afghan Taliban in Kabul."),
            Keys({"ttp=Tehrik-i-Taliban Pakistan", "taliban=Afghan Taliban", "kabul-af=Kabul"}));
  EXPECT_EQ(found("President Emomali Rahmon spoke to Putin."),
            Keys({"emomali-rahmon=Emomali Rahmon", "vladimir-putin=Putin"}));
}

TEST(ShippedLexicon, EnglishWordsAreNotPlaces) {
  EXPECT_EQ(found("Police said the Mission was a Bar of Of."), Keys());
  EXPECT_EQ(found("let us eat turkey"), Keys());
}

TEST(ShippedLexicon, ChildIsNotItsParent) {
  const Gazetteer& g = shipped();
  const LexEntry& isis_k = g.entry(static_cast<std::uint32_t>(g.find_key("isis-k")));
  EXPECT_EQ(isis_k.parent, "islamic-state");
  auto ks = g.lookup("ISKP");
  ASSERT_EQ(ks.size(), 1u);
  EXPECT_EQ(g.entry(ks[0]).key, "isis-k");
  auto is = g.lookup("Islamic State");
  ASSERT_FALSE(is.empty());
  EXPECT_EQ(g.entry(is[0]).key, "islamic-state");
}

// Matching speed is measured by bench_lexicon (BM_GazetteerMatchRepeated), not here.
TEST(ShippedLexicon, MatchesEveryNameInALargeText) {
  std::string text;
  const std::string sentence =
      "On Friday, gunmen linked to the Islamic State Khorasan Province attacked a concert hall "
      "near Moscow, killing dozens, Russian officials and the U.S. State Department said, while "
      "Tajik and Uzbek migrants in Kazan, Dushanbe and Tashkent were questioned by police. ";
  while (text.size() < (4u << 20)) text += sentence;
  auto tokens = tokenize(text);
  const Gazetteer& g = shipped();
  auto matches = g.match(text, tokens);
  EXPECT_EQ(matches.size(), 9u * (text.size() / sentence.size()));
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

std::string region(std::string_view key) {
  const Gazetteer& g = shipped();
  const std::int64_t e = g.find_key(key);
  EXPECT_GE(e, 0) << key;
  return e < 0 ? "" : g.region_of(static_cast<std::uint32_t>(e));
}

TEST(ShippedLexicon, PlacesLieInTheirSubdivision) {
  EXPECT_EQ(region("krasnogorsk-ru"), "Moscow Oblast");
  EXPECT_EQ(region("negombo-lk"), "Western Province");
  EXPECT_EQ(region("tehran-ir"), shipped().entry(shipped().find_key("ir-23")).name);
  EXPECT_EQ(region("ru-ce"), "Chechnya");  // a subdivision is its own
  EXPECT_EQ(region("russia"), "");
  EXPECT_EQ(region("islamic-state"), "");
  // A facility lies where the city its name starts with lies.
  EXPECT_EQ(region("domodedovo-airport"), region("domodedovo-ru"));
}

}  // namespace
}  // namespace dossier
