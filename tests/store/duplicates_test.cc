#include <gtest/gtest.h>

#include "dossier/store/minhash.h"
#include "dossier/store/paragraphs.h"
#include "dossier/store/store.h"
#include "test_util.h"

namespace dossier {
namespace {

// Invented report, about 150 words.
const std::string kReport =
    "Armed men stormed a police station in the northern town of Velmora late on Sunday, "
    "killing four officers and wounding six others, the regional governor said on Monday.\n"
    "\n"
    "The attackers arrived in two pickup trucks shortly before midnight and opened fire on the "
    "guards at the gate before setting the main building alight, according to witnesses.\n"
    "\n"
    "No group has claimed responsibility for the attack, the third on security forces in the "
    "province this month. Officials said a search for the gunmen was under way.\n"
    "\n"
    "The interior ministry announced that reinforcements had been sent to the area and that "
    "a curfew would be imposed on the town from Tuesday evening until further notice.\n";

std::string replace(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

TEST(Paragraphs, NormalizesCaseAndSpacingAndSkipsShortLines) {
  std::string a =
      "Short line.\n  The   Quick brown fox jumps over the lazy dog while the "
      "farmer watches from the porch.  \n";
  std::string b =
      "THE quick\tbrown fox jumps over the lazy dog while the farmer watches "
      "from\u00a0the porch.";
  auto pa = hash_paragraphs(a);
  auto pb = hash_paragraphs(b);
  ASSERT_EQ(pa.size(), 1u);
  ASSERT_EQ(pb.size(), 1u);
  EXPECT_EQ(pa[0].hash, pb[0].hash);
  EXPECT_EQ(a.substr(pa[0].start, pa[0].end - pa[0].start),
            "The   Quick brown fox jumps over the lazy dog while the farmer watches from the "
            "porch.");
  EXPECT_NE(hash_paragraphs(b + " Again.")[0].hash, pb[0].hash);
  EXPECT_TRUE(hash_paragraphs("Short line.\n\n").empty());
  EXPECT_EQ(hash_paragraphs("Short line.", 5).size(), 1u);
}

TEST(MinHash, EstimatesSimilarity) {
  auto original = minhash(kReport);
  // One word changed in 112: 103 of 113 distinct 5-shingles shared, Jaccard 0.91.
  auto edited = minhash(replace(kReport, "four officers", "five officers"));
  auto other = minhash(
      "Floods destroyed hundreds of homes in the coastal district after three days of heavy "
      "rain, and the authorities opened schools as shelters for the displaced families.");
  ASSERT_TRUE(original && edited && other);
  EXPECT_GE(estimated_jaccard(*original, *edited), 0.8);
  EXPECT_LT(estimated_jaccard(*original, *edited), 1.0);
  EXPECT_LT(estimated_jaccard(*original, *other), 0.1);
  EXPECT_EQ(estimated_jaccard(*original, *minhash(kReport)), 1.0);
  EXPECT_FALSE(minhash(" ... \u2014 "));
  EXPECT_TRUE(minhash("Two words"));
  EXPECT_EQ(parse_signature(serialize(*original)), original);
  EXPECT_FALSE(parse_signature("short"));
}

TEST(MinHash, IgnoresCaseAndPunctuation) {
  auto a = minhash("Officials said \u201cthe attack\u201d killed four\u2014and wounded six.");
  auto b = minhash("officials SAID the attack killed four and wounded six");
  EXPECT_EQ(estimated_jaccard(*a, *b), 1.0);
}

class Duplicates : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = Store::open(dir_.path() / "s.db");
    ASSERT_TRUE(store_);
  }
  TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(Duplicates, FlagsLightlyEditedCopy) {
  store_->add_document(make_document("unrelated.txt",
                                     "Floods destroyed hundreds of homes in the coastal district "
                                     "after three days of heavy rain."),
                       "en");
  AddResult original = store_->add_document(make_document("a.txt", kReport), "en");
  EXPECT_EQ(original.near_duplicate_of, 0);
  std::string edited = replace(kReport, "a curfew would be", "a curfew will be");
  AddResult copy = store_->add_document(make_document("b.txt", edited), "en");
  EXPECT_TRUE(copy.is_new);
  EXPECT_EQ(copy.near_duplicate_of, original.id);
  EXPECT_GE(copy.similarity, 0.8);
  EXPECT_LT(copy.similarity, 1.0);
  EXPECT_EQ(store_->document(copy.id)->near_duplicate_of, original.id);
  // Re-adding reports what was found the first time.
  AddResult again = store_->add_document(make_document("b.txt", edited), "en");
  EXPECT_FALSE(again.is_new);
  EXPECT_EQ(again.near_duplicate_of, original.id);
}

TEST_F(Duplicates, DoesNotFlagDifferentReportOnSameTopic) {
  store_->add_document(make_document("a.txt", kReport), "en");
  AddResult other = store_->add_document(
      make_document("c.txt",
                    "Gunmen attacked a police station in Velmora on Sunday night. Four officers "
                    "died and six were hurt, the governor told reporters, adding that the "
                    "attackers set the building on fire and escaped in two trucks."),
      "en");
  EXPECT_EQ(other.near_duplicate_of, 0);
  EXPECT_EQ(other.similarity, 0);
}

TEST_F(Duplicates, FindsParagraphRepeatedWithinDocument) {
  std::string boilerplate =
      "Subscribe to our newsletter for the latest reporting from the region, delivered every "
      "morning.";
  std::string text = boilerplate + "\nA short line.\n" + kReport +
                     "subscribe to our newsletter "
                     "for the latest  reporting from the region, delivered every morning.\n";
  AddResult added = store_->add_document(make_document("a.txt", text), "en");
  ASSERT_EQ(added.repeated_paragraphs.size(), 1u);
  const RepeatedParagraph& r = added.repeated_paragraphs[0];
  EXPECT_EQ(r.other_document, 0);
  EXPECT_EQ(r.other_start, 0u);
  EXPECT_EQ(text.substr(r.start, r.end - r.start).rfind("subscribe to", 0), 0u);
  EXPECT_EQ(r.end, text.size() - 1);
}

TEST_F(Duplicates, FindsParagraphRepeatedAcrossDocuments) {
  AddResult first = store_->add_document(make_document("a.txt", kReport), "en");
  std::string quoted =
      "The interior ministry announced that reinforcements had been sent to the area and that "
      "a curfew would be imposed on the town from Tuesday evening until further notice.";
  std::string text = "A different story about the aftermath of the raid in the north.\n\n" +
                     quoted + "\n\nLocal traders said they feared for their shops.\n";
  AddResult second = store_->add_document(make_document("b.txt", text), "en");
  ASSERT_EQ(second.repeated_paragraphs.size(), 1u);
  const RepeatedParagraph& r = second.repeated_paragraphs[0];
  EXPECT_EQ(r.other_document, first.id);
  EXPECT_EQ(kReport.substr(r.other_start, quoted.size()), quoted);
  EXPECT_EQ(text.substr(r.start, r.end - r.start), quoted);
  EXPECT_EQ(second.near_duplicate_of, 0);
}

}  // namespace
}  // namespace dossier
