#include "dossier/lexicon/gazetteer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "../error_message.h"
#include "test_tokens.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;
using testing::tokenize;

// A temporary lexicon directory with small hand-made files.
class LexiconDir {
 public:
  LexiconDir() {
    path_ = fs::temp_directory_path() / ("dossier_lexicon_test_" + std::to_string(::getpid()) +
                                         "_" + std::to_string(counter_++));
    fs::create_directories(path_);
  }
  ~LexiconDir() { fs::remove_all(path_); }
  void write(const std::string& name, const std::string& content) {
    std::ofstream(path_ / name) << content;
  }
  const fs::path& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

constexpr char kHeader[] = "key\ttype\tsubtype\tname\taliases\tcountry\tparent\tlinks_to\n";

void write_small_lexicon(LexiconDir* dir) {
  dir->write("countries.tsv",
             std::string("# test countries\n") + kHeader +
                 "united-states\tlocation\tcountry\tUnited States\tUS|U.S.|America\tUS\n"
                 "turkey\tlocation\tcountry\tTurkey\tTürkiye\tTR\n"
                 "georgia\tlocation\tcountry\tGeorgia\t\tGE\n"
                 "tajikistan\tlocation\tcountry\tTajikistan\t\tTJ\n");
  dir->write("actors.tsv",
             std::string(kHeader) +
                 "islamic-state\torganization\tarmed_group\tIslamic State\tISIS|IS|ISIL\t\t\n"
                 "isis-k\torganization\tarmed_group\tIslamic State Khorasan Province\t"
                 "ISIS-K|ISKP|Islamic State–Khorasan Province|IS-K\t\tislamic-state\n"
                 "al-qaeda\torganization\tarmed_group\tal-Qaeda\tAQ\t\t\n"
                 "jem\torganization\tarmed_group\tJaish-e-Mohammed\t\tPK\t\n"
                 "un\torganization\tinternational\tUnited Nations\tUN|U.N.\t\t\n");
  dir->write("demonyms.tsv",
             std::string(kHeader) +
                 "tajiks\tgroup\tdemonym\tTajiks\tTajik|Tajikistani\tTJ\t\ttajikistan\n"
                 "americans\tgroup\tdemonym\tAmericans\tAmerican\tUS\t\tunited-states\n");
  dir->write("cities.tsv",
             "key\ttype\tsubtype\tname\taliases\tcountry\tlat\tlon\tpopulation\tdefault\n"
             "georgia-city-us\tlocation\tcity\tGeorgia\t\tUS\t30.0\t-80.0\t20000\t1\n"
             "paris-fr\tlocation\tcapital\tParis\t\tFR\t48.85\t2.35\t2138551\t1\n"
             "paris-us\tlocation\tcity\tParis\t\tUS\t33.66\t-95.55\t25171\t0\n"
             "moscow-ru\tlocation\tcapital\tMoscow\tМосква\tRU\t55.75\t37.62\t10381222\t1\n"
             "sao-paulo-br\tlocation\tcity\tSão Paulo\t\tBR\t-23.5\t-46.6\t10021295\t1\n"
             "police-pl\tlocation\tcity\tPolice\t\tPL\t53.55\t14.57\t34000\t1\n");
  dir->write("stopnames.tsv", "name\tnote\nPolice\tEnglish word\n");
}

std::unique_ptr<Gazetteer> load_small(LexiconDir* dir) {
  write_small_lexicon(dir);
  auto g = Gazetteer::load(dir->path());
  EXPECT_NE(g, nullptr);
  return g;
}

// The keys of the entries matched in text, with the matched text: "key=text".
std::vector<std::string> found(const Gazetteer& g, std::string_view text) {
  std::vector<std::string> out;
  for (const LexMatch& m : g.match(text, tokenize(text)))
    out.push_back(g.entry(m.entry).key + "=" + std::string(text.substr(m.start, m.end - m.start)));
  return out;
}

using Keys = std::vector<std::string>;

TEST(Gazetteer, LoadsSmallLexicon) {
  LexiconDir dir;
  auto g = load_small(&dir);
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->size(), 17u);
  const LexEntry& paris = g->entry(static_cast<std::uint32_t>(g->find_key("paris-fr")));
  EXPECT_EQ(paris.subtype, "capital");
  EXPECT_TRUE(paris.has_coords);
  EXPECT_DOUBLE_EQ(paris.lat, 48.85);
  EXPECT_EQ(paris.population, 2138551u);
  EXPECT_TRUE(paris.is_default);
  const LexEntry& isis_k = g->entry(static_cast<std::uint32_t>(g->find_key("isis-k")));
  EXPECT_EQ(isis_k.parent, "islamic-state");
  EXPECT_EQ(isis_k.type, EntityType::kOrganization);
  EXPECT_EQ(isis_k.aliases.size(), 4u);
}

TEST(Gazetteer, UnknownKeyIsMinusOne) {
  LexiconDir dir;
  auto g = load_small(&dir);
  EXPECT_EQ(g->find_key("us-do"), -1);  // once 4294967295, an index past the end
  EXPECT_GE(g->find_key("paris-us"), 0);
}

TEST(Gazetteer, TownsAreLookedUpByNameButNeverMatchedInText) {
  LexiconDir dir;
  write_small_lexicon(&dir);
  dir.write(
      "towns.tsv",
      "key\ttype\tsubtype\tname\taliases\tcountry\tparent\tlat\tlon\tpopulation\tdefault\tword\n"
      "mobile-us\tlocation\ttown\tMobile\t\tUS\t\t30.69\t-88.04\t194288\t0\t1\n"
      "troy-us-ny\tlocation\ttown\tTroy\t\tUS\t\t42.72\t-73.69\t49906\t0\t0\n"
      "troy-us-mi\tlocation\ttown\tTroy\t\tUS\t\t42.60\t-83.14\t83280\t0\t0\n"
      "police-town\tlocation\ttown\tPolice\t\tPL\t\t53.5\t14.5\t3000\t0\t1\n");
  auto g = Gazetteer::load(dir.path());
  ASSERT_EQ(g->towns("troy").size(), 2u);
  EXPECT_EQ(g->entry(g->towns("Troy")[0]).key, "troy-us-mi");  // most populous first
  ASSERT_EQ(g->towns("Mobile").size(), 1u);
  EXPECT_TRUE(g->entry(g->towns("Mobile")[0]).is_word);
  EXPECT_FALSE(g->entry(g->towns("Troy")[0]).is_word);
  EXPECT_TRUE(g->towns("Paris").empty());   // a city, not a town
  EXPECT_TRUE(g->towns("Police").empty());  // a stop name
  EXPECT_EQ(found(*g, "Police in Troy found a mobile phone."), Keys{});
}

TEST(Gazetteer, MalformedLineReportsFileAndLine) {
  LexiconDir dir;
  dir.write("actors.tsv", std::string("# comment\n") + kHeader +
                              "ok\torganization\t\tGood Name\n"
                              "bad\tweapon\t\tBad Type\n");
  std::string error = error_message([&] { Gazetteer::load(dir.path()); });
  EXPECT_NE(error.find("actors.tsv:4: unknown type 'weapon'"), std::string::npos) << error;
}

TEST(Gazetteer, RejectsDuplicateKeysUnknownParentsAndExtraFields) {
  std::string error;
  {
    LexiconDir dir;
    dir.write("actors.tsv", std::string(kHeader) + "a\tgroup\t\tA One\na\tgroup\t\tA Two\n");
    error = error_message([&] { Gazetteer::load(dir.path()); });
    EXPECT_NE(error.find("actors.tsv:3: duplicate key 'a'"), std::string::npos) << error;
  }
  {
    LexiconDir dir;
    dir.write("actors.tsv", std::string(kHeader) + "a\tgroup\t\tA One\t\t\tmissing\n");
    error = error_message([&] { Gazetteer::load(dir.path()); });
    EXPECT_NE(error.find("actors.tsv:2: unknown key 'missing'"), std::string::npos) << error;
  }
  {
    LexiconDir dir;
    dir.write("cities.tsv", "key\ttype\tname\tlat\tlon\nx\tlocation\tX City\t91\t0\n");
    error = error_message([&] { Gazetteer::load(dir.path()); });
    EXPECT_NE(error.find("cities.tsv:2: bad coordinates"), std::string::npos) << error;
  }
  {
    LexiconDir dir;
    dir.write("regions.tsv", "key\ttype\tname\nx\tlocation\tX\textra\n");
    error = error_message([&] { Gazetteer::load(dir.path()); });
    EXPECT_NE(error.find("regions.tsv:2: more fields"), std::string::npos) << error;
  }
  {
    LexiconDir dir;
    error = error_message([&] { Gazetteer::load(dir.path()); });
    EXPECT_NE(error.find("no lexicon files"), std::string::npos) << error;
  }
}

TEST(Gazetteer, AcronymsNeedExactCase) {
  LexiconDir dir;
  auto g = load_small(&dir);
  EXPECT_EQ(found(*g, "Let us go, the US said."), Keys({"united-states=US"}));
  EXPECT_EQ(found(*g, "The U.S. and the UN met the U.N. envoy."),
            Keys({"united-states=U.S.", "un=UN", "un=U.N."}));
  EXPECT_EQ(found(*g, "The Un and the Iskp."), Keys());
  EXPECT_EQ(found(*g, "This is it, said IS fighters."), Keys({"islamic-state=IS"}));
  EXPECT_EQ(found(*g, "The Isis temple."), Keys());
}

TEST(Gazetteer, OtherNamesNeedACapitalUnlessLowerCaseInitial) {
  LexiconDir dir;
  auto g = load_small(&dir);
  EXPECT_EQ(found(*g, "We ate turkey in Turkey."), Keys({"turkey=Turkey"}));
  EXPECT_EQ(found(*g, "TURKEY and TÜRKIYE"), Keys({"turkey=TURKEY", "turkey=TÜRKIYE"}));
  EXPECT_EQ(found(*g, "Members of al-Qaeda and Al-Qaeda."),
            Keys({"al-qaeda=al-Qaeda", "al-qaeda=Al-Qaeda"}));
}

TEST(Gazetteer, LongestMatchWins) {
  LexiconDir dir;
  auto g = load_small(&dir);
  EXPECT_EQ(found(*g, "The Islamic State Khorasan Province claimed it; Islamic State praised it."),
            Keys({"isis-k=Islamic State Khorasan Province", "islamic-state=Islamic State"}));
  EXPECT_EQ(found(*g, "ISIS-K's fighters and ISIS."),
            Keys({"isis-k=ISIS-K", "islamic-state=ISIS"}));
}

TEST(Gazetteer, DashVariantsMatchEachOther) {
  LexiconDir dir;
  auto g = load_small(&dir);
  for (std::string text :
       {"Islamic State–Khorasan Province", "Islamic State-Khorasan Province",
        "Islamic State - Khorasan Province", "Islamic State — Khorasan Province"})
    EXPECT_EQ(found(*g, text), Keys({"isis-k=" + text})) << text;
  EXPECT_EQ(found(*g, "IS–K"), Keys({"isis-k=IS–K"}));
}

TEST(Gazetteer, BoundariesInsideHyphenatedWords) {
  LexiconDir dir;
  auto g = load_small(&dir);
  EXPECT_EQ(found(*g, "A US-backed force."), Keys({"united-states=US"}));
  EXPECT_EQ(found(*g, "The Turkey-United States talks."),
            Keys({"turkey=Turkey", "united-states=United States"}));
  EXPECT_EQ(found(*g, "Members of Jaish-e-Mohammed."), Keys({"jem=Jaish-e-Mohammed"}));
  // No boundary next to the connector "e": "Paris" is not found in "Ras-e-Paris".
  EXPECT_EQ(found(*g, "Ras-e-Paris"), Keys());
}

TEST(Gazetteer, DemonymLinksToCountry) {
  LexiconDir dir;
  auto g = load_small(&dir);
  auto matches = g->match("Tajik workers", tokenize("Tajik workers"));
  ASSERT_EQ(matches.size(), 1u);
  const LexEntry& e = g->entry(matches[0].entry);
  EXPECT_EQ(e.key, "tajiks");
  EXPECT_EQ(e.type, EntityType::kGroup);
  EXPECT_EQ(e.links_to, "tajikistan");
  EXPECT_GE(g->find_key(e.links_to), 0);
  EXPECT_EQ(found(*g, "Americans and Tajikistani migrants"),
            Keys({"americans=Americans", "tajiks=Tajikistani"}));
}

TEST(Gazetteer, AmbiguousNamesPreferCountryThenCapitalThenPopulation) {
  LexiconDir dir;
  auto g = load_small(&dir);
  EXPECT_EQ(found(*g, "Georgia and Paris"), Keys({"georgia=Georgia", "paris-fr=Paris"}));
  auto all = g->lookup("paris");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(g->entry(all[0]).key, "paris-fr");
  EXPECT_EQ(g->entry(all[1]).key, "paris-us");
}

TEST(Gazetteer, StopnamesAreNeverMatched) {
  LexiconDir dir;
  auto g = load_small(&dir);
  EXPECT_EQ(found(*g, "Police said."), Keys());
  EXPECT_TRUE(g->lookup("Police").empty());
}

TEST(Gazetteer, FoldsDiacriticsAndMatchesCyrillic) {
  LexiconDir dir;
  auto g = load_small(&dir);
  EXPECT_EQ(found(*g, "Sao Paulo and São Paulo"),
            Keys({"sao-paulo-br=Sao Paulo", "sao-paulo-br=São Paulo"}));
  EXPECT_EQ(found(*g, "В Москве и Москва"), Keys({"moscow-ru=Москве", "moscow-ru=Москва"}));
  EXPECT_EQ(g->lookup("UNITED  states").size(), 1u);
  EXPECT_EQ(g->lookup("islamic state – khorasan province").size(), 1u);
}

TEST(Gazetteer, InflectedAndRomanisedRussianNames) {
  LexiconDir dir;
  write_small_lexicon(&dir);
  dir.write("regions.tsv", std::string(kHeader) + "khasavyurt\tlocation\ttown\tKhasavyurt\t\tRU\n");
  auto g = Gazetteer::load(dir.path());
  // A Latin entry is found in Cyrillic text, in any case ending, and a Russian alias too.
  EXPECT_EQ(found(*g, "Взрыв в Хасавюрте и в Москве"),
            Keys({"khasavyurt=Хасавюрте", "moscow-ru=Москве"}));
  // An adjective formed from the name is no mention of the place; a short word is never
  // romanised to meet a Latin name.
  EXPECT_EQ(found(*g, "в Хасавюртском районе"), Keys());
  EXPECT_EQ(found(*g, "Мос"), Keys());
  // Latin text never walks the stem path: "Khasavyurta" is not Khasavyurt.
  EXPECT_EQ(found(*g, "Khasavyurta"), Keys());
}

TEST(Gazetteer, SitesTakeTheCoordinatesOfTheirCity) {
  LexiconDir dir;
  write_small_lexicon(&dir);
  dir.write("regions.tsv", std::string(kHeader) +
                               "paris-gare\tlocation\tfacility\tParis North Station\t\tFR\n"
                               "nowhere-hall\tlocation\tvenue\tGrand Hall\t\tFR\n");
  auto g = Gazetteer::load(dir.path());
  const LexEntry& gare = g->entry(static_cast<std::uint32_t>(g->find_key("paris-gare")));
  EXPECT_TRUE(gare.has_coords);
  EXPECT_DOUBLE_EQ(gare.lat, 48.85);
  EXPECT_FALSE(g->entry(static_cast<std::uint32_t>(g->find_key("nowhere-hall"))).has_coords);
}

TEST(Gazetteer, MatchOffsetsAndTokens) {
  LexiconDir dir;
  auto g = load_small(&dir);
  std::string text = "In Paris, ISKP fighters";
  auto tokens = tokenize(text);
  auto matches = g->match(text, tokens);
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0].start, 3u);
  EXPECT_EQ(matches[0].end, 8u);
  EXPECT_EQ(matches[0].first_token, 1u);
  EXPECT_EQ(matches[0].end_token, 2u);
  EXPECT_EQ(matches[1].first_token, 3u);
  EXPECT_EQ(text.substr(matches[1].start, matches[1].end - matches[1].start), "ISKP");
}

}  // namespace
}  // namespace dossier
