#include "dossier/resolve/entity_index.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

EntityNames names(EntityType t, std::string name, std::vector<std::string> aliases = {},
                  std::string key = "") {
  if (aliases.empty()) aliases.push_back(name);
  return {t, std::move(name), std::move(key), std::move(aliases)};
}

class EntityIndexTest : public ::testing::Test {
 protected:
  NameRules rules;
};

TEST_F(EntityIndexTest, SameLexiconKeyJoins) {
  EntityIndex index(rules, true);
  index.add_entity(1, EntityType::kOrganization, "Islamic State Khorasan Province", "isis-k");
  auto m = index.find(names(EntityType::kOrganization, "ISKP", {}, "isis-k"));
  EXPECT_EQ(m.entity, 1);
  EXPECT_EQ(m.rule, "lexicon:isis-k");
}

TEST_F(EntityIndexTest, RussianCaseFormsOfAPlaceJoinButNotOfAPerson) {
  EntityIndex index(rules, true);
  index.add_entity(1, EntityType::kLocation, "Хасавюрт", "");
  index.add_entity(2, EntityType::kPerson, "Иванов", "");
  auto m = index.find(names(EntityType::kLocation, "Хасавюрте"));
  EXPECT_EQ(m.entity, 1);
  EXPECT_EQ(m.rule, "inflection");
  // Иванова may be another person than Иванов: persons are not joined by case forms.
  EXPECT_NE(index.find(names(EntityType::kPerson, "Иванова")).rule, "inflection");
  // English plurals are no case forms.
  index.add_entity(3, EntityType::kLocation, "Falls", "");
  EXPECT_EQ(index.find(names(EntityType::kLocation, "Fall")).entity, 0);
}

TEST_F(EntityIndexTest, DifferentLexiconKeysNeverJoin) {
  EntityIndex index(rules, true);
  index.add_entity(1, EntityType::kOrganization, "Islamic State", "islamic-state");
  auto m = index.find(names(EntityType::kOrganization, "Islamic State", {}, "isis-k"));
  EXPECT_EQ(m.entity, 0);
}

TEST_F(EntityIndexTest, AKnownPlaceNeverJoinsAnUnplacedName) {
  EntityIndex index(rules, true);
  index.add_entity(1, EntityType::kLocation, "Troy", "");  // some Troy nobody placed
  index.add_alias(1, "Troy");
  EXPECT_EQ(index.find(names(EntityType::kLocation, "Troy", {}, "troy-us-mi")).entity, 0);
  EXPECT_EQ(index.find(names(EntityType::kLocation, "Troy")).entity, 1);
  index.add_entity(2, EntityType::kLocation, "Troy", "troy-us-mi");
  EXPECT_EQ(index.find(names(EntityType::kLocation, "Troy", {}, "troy-us-mi")).entity, 2);
}

TEST_F(EntityIndexTest, ShortNameJoinsOnlyWhenUnique) {
  EntityIndex index(rules, true);
  index.add_entity(1, EntityType::kPerson, "Vladimir Putin", "");
  EXPECT_EQ(index.find(names(EntityType::kPerson, "Putin")).rule, "short-name");
  index.add_entity(2, EntityType::kPerson, "Lyudmila Putin", "");
  EXPECT_EQ(index.find(names(EntityType::kPerson, "Putin")).entity, 0);
}

TEST_F(EntityIndexTest, SpellingTransliterationTypoAndAcronym) {
  EntityIndex index(rules, true);
  index.add_entity(1, EntityType::kPerson, "Gulmurod Khalimov", "");
  index.add_entity(2, EntityType::kPerson, "Emomali Rahmon", "");
  index.add_entity(3, EntityType::kPerson, "Sanaullah Ghafari", "");
  index.add_entity(4, EntityType::kOrganization, "Collective Security Treaty Organization", "");
  EXPECT_EQ(index.find(names(EntityType::kPerson, "GulmurodKhalimov")).rule, "spelling-variant");
  EXPECT_EQ(index.find(names(EntityType::kPerson, "Эмомали Рахмон")).rule, "transliteration");
  EXPECT_EQ(index.find(names(EntityType::kPerson, "Sanalluh Ghafari")).rule, "typo");
  EXPECT_EQ(index.find(names(EntityType::kOrganization, "CSTO")).rule, "acronym");
  EXPECT_EQ(index.find(names(EntityType::kLocation, "Emomali Rahmon")).entity, 0);  // type differs
}

TEST_F(EntityIndexTest, TransliterationCanBeSwitchedOff) {
  EntityIndex index(rules, false);
  index.add_entity(2, EntityType::kPerson, "Emomali Rahmon", "");
  EXPECT_EQ(index.find(names(EntityType::kPerson, "Эмомали Рахмон")).entity, 0);
}

TEST_F(EntityIndexTest, AliasesFileForcesAndForbids) {
  rules.add_same("Daesh", "Islamic State");
  rules.add_distinct("Moscow", "Moscow Oblast");
  EntityIndex index(rules, true);
  index.add_entity(1, EntityType::kOrganization, "Islamic State", "");
  index.add_entity(2, EntityType::kLocation, "Moscow", "");
  EXPECT_EQ(index.find(names(EntityType::kOrganization, "Daesh")).rule, "aliases-file");
  EXPECT_EQ(
      index.find(names(EntityType::kLocation, "Moscow Oblast", {"Moscow Oblast", "Moscow"})).entity,
      0);
}

}  // namespace
}  // namespace dossier
