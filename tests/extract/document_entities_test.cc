// Grouping one document's mentions into entities, rule by rule.
#include "dossier/extract/document_entities.h"

#include <gtest/gtest.h>

#include <set>

#include "dossier/extract/mention_finder.h"

namespace dossier {
namespace {

class DocumentEntitiesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    gazetteer =
        Gazetteer::load(std::filesystem::path(DOSSIER_SOURCE_DIR) / "data/lexicon").release();
    ASSERT_NE(gazetteer, nullptr);
  }
  // The rule that joined `alias` to the entity named `name`, "" when not joined.
  std::string rule(const std::string& text, const std::vector<Mention>& ms,
                   const std::vector<AliasLink>& links, const std::string& name,
                   const std::string& alias) {
    MentionSet set{ms, links};
    for (const DocEntity& e : group_mentions(text, set, *gazetteer, rules))
      for (const NameMerge& m : e.merges)
        if (m.alias == alias && (e.name == name)) return m.rule;
    return "";
  }
  static Mention at(const std::string& text, const std::string& s, EntityType t,
                    std::size_t from = 0) {
    auto p = static_cast<std::uint32_t>(text.find(s, from));
    return {p, static_cast<std::uint32_t>(p + s.size()), t, -1, "tagger"};
  }
  static Gazetteer* gazetteer;
  NameRules rules;
};
Gazetteer* DocumentEntitiesTest::gazetteer = nullptr;

TEST_F(DocumentEntitiesTest, ShortNameJoinsTheFullName) {
  std::string t = "Commander Karim Dostyar spoke. Later Dostyar left.";
  EXPECT_EQ(
      rule(t,
           {at(t, "Karim Dostyar", EntityType::kPerson), at(t, "Dostyar", EntityType::kPerson, 30)},
           {}, "Karim Dostyar", "Dostyar"),
      "short-name");
}

TEST_F(DocumentEntitiesTest, StatedAliasTypoAndSpelling) {
  std::string t = "Rahim Gulbaddinov (aka Abu Tariq) met Rahim Gulbadinov and RahimGulbaddinov.";
  std::vector<Mention> ms = {at(t, "Rahim Gulbaddinov", EntityType::kPerson),
                             at(t, "Abu Tariq", EntityType::kPerson),
                             at(t, "Rahim Gulbadinov", EntityType::kPerson),
                             at(t, "RahimGulbaddinov", EntityType::kPerson)};
  std::vector<AliasLink> links = {{0, 1, "also-known-as"}};
  EXPECT_EQ(rule(t, ms, links, "Rahim Gulbaddinov", "Abu Tariq"), "also-known-as");
  EXPECT_EQ(rule(t, ms, links, "Rahim Gulbaddinov", "Rahim Gulbadinov"), "typo");
  EXPECT_EQ(rule(t, ms, links, "Rahim Gulbaddinov", "RahimGulbaddinov"), "spelling-variant");
}

TEST_F(DocumentEntitiesTest, AcronymOfALongerNameAndDistinctRule) {
  std::string t =
      "The Northern Liberation Front said the NLF would fight. Northern Liberation Front";
  std::vector<Mention> ms = {at(t, "Northern Liberation Front", EntityType::kOrganization),
                             at(t, "NLF", EntityType::kOrganization)};
  EXPECT_EQ(rule(t, ms, {}, "Northern Liberation Front", "NLF"), "acronym");
  rules.add_distinct("NLF", "Northern Liberation Front");
  EXPECT_EQ(rule(t, ms, {}, "Northern Liberation Front", "NLF"), "");
}

TEST_F(DocumentEntitiesTest, LexiconEntriesNeverFuse) {
  std::string t = "Islamic State and its Khorasan branch, ISKP, differ.";
  MentionSet set;
  MentionFinder finder(*gazetteer, nullptr, rules);
  set = finder.find(t, segment(t));
  auto ents = group_mentions(t, set, *gazetteer, rules);
  std::set<std::string> names;
  for (const auto& e : ents) names.insert(e.name);
  EXPECT_EQ(names.count("Islamic State"), 1u);
  EXPECT_EQ(ents.size(), names.size());
  EXPECT_GE(ents.size(), 2u);
}

}  // namespace
}  // namespace dossier
