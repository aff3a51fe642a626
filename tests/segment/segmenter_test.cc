#include "dossier/segment/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier {
namespace {

std::vector<std::string> tokens_of(std::string_view text) {
  const Segmentation seg = segment(text);
  std::vector<std::string> out;
  for (const Token& t : seg.tokens) out.emplace_back(text.substr(t.start, t.end - t.start));
  return out;
}

std::vector<std::string> sentences_of(std::string_view text) {
  const Segmentation seg = segment(text);
  std::vector<std::string> out;
  for (const Sentence& s : seg.sentences) out.emplace_back(text.substr(s.start, s.end - s.start));
  return out;
}

using Strings = std::vector<std::string>;

TEST(SegmenterTest, EmptyAndBlankText) {
  EXPECT_TRUE(segment("").tokens.empty());
  EXPECT_TRUE(segment(" \n\n\t").sentences.empty());
}

TEST(SegmenterTest, SentenceTokenRangesAreConsistent) {
  const std::string text = "Rain fell. Rivers rose!\nRoads shut?";
  const Segmentation seg = segment(text);
  ASSERT_EQ(seg.sentences.size(), 3u);
  std::uint32_t next = 0;
  for (const Sentence& s : seg.sentences) {
    EXPECT_EQ(s.first_token, next);
    EXPECT_LT(s.first_token, s.end_token);
    EXPECT_EQ(s.start, seg.tokens[s.first_token].start);
    EXPECT_EQ(s.end, seg.tokens[s.end_token - 1].end);
    next = s.end_token;
  }
  EXPECT_EQ(next, seg.tokens.size());
}

// A 50 MB line of words without punctuation used to be one sentence that later stages
// spent quadratic time on.
TEST(SegmenterTest, RunOnTextIsCutIntoSentencesOfTheMaximumLength) {
  std::string text = "Start.\n";
  for (std::uint32_t i = 0; i < 2 * kMaxSentenceTokens + 10; ++i) text += " word";
  text += ". End.";
  const Segmentation seg = segment(text);
  std::vector<std::uint32_t> lengths;
  for (const Sentence& s : seg.sentences) lengths.push_back(s.end_token - s.first_token);
  EXPECT_EQ(lengths,
            (std::vector<std::uint32_t>{2, kMaxSentenceTokens, kMaxSentenceTokens, 11, 2}));
  EXPECT_EQ(seg.tokens.size(), 2 * kMaxSentenceTokens + 15);
}

TEST(SegmenterTest, HardWrappedLinesContinueTheirSentence) {
  EXPECT_EQ(sentences_of("The blast killed nine people, four of\nwhom were children.\nPolice "
                         "said so:\nthey gave no names."),
            (Strings{"The blast killed nine people, four of\nwhom were children.",
                     "Police said so:", "they gave no names."}));
  EXPECT_EQ(sentences_of("Погибли 9 человек, четверо из\nкоторых дети.\n\nновая строка"),
            (Strings{"Погибли 9 человек, четверо из\nкоторых дети.", "новая строка"}));
  // A headline stays a sentence of its own.
  EXPECT_EQ(sentences_of("Blast in Kabul\nA bomb killed nine."),
            (Strings{"Blast in Kabul", "A bomb killed nine."}));
}

TEST(SegmenterTest, AbbreviationsDoNotEndSentences) {
  EXPECT_EQ(sentences_of("Gen. Maria Lopez met Lt. Col. Adams and Sgt. Reyes on Jan. 4 in the "
                         "U.S. Capitol. Dr. Chen and Mr. Park stayed."),
            (Strings{"Gen. Maria Lopez met Lt. Col. Adams and Sgt. Reyes on Jan. 4 in the U.S. "
                     "Capitol.",
                     "Dr. Chen and Mr. Park stayed."}));
  EXPECT_EQ(
      sentences_of("They met on St. Mark's Square. Talks began on Mar. 3 at No. 10 Oak Lane."),
      (Strings{"They met on St. Mark's Square.", "Talks began on Mar. 3 at No. 10 Oak Lane."}));
  EXPECT_EQ(tokens_of("U.N. officials"), (Strings{"U.N.", "officials"}));
}

TEST(SegmenterTest, AbbreviationCanEndSentenceBeforeOpener) {
  EXPECT_EQ(sentences_of("The envoy flew to the U.S. The talks failed."),
            (Strings{"The envoy flew to the U.S.", "The talks failed."}));
}

TEST(SegmenterTest, InitialsDoNotEndSentences) {
  EXPECT_EQ(sentences_of("Commander Jonah T. Whitfield spoke. John F. Kennedy Airport closed."),
            (Strings{"Commander Jonah T. Whitfield spoke.", "John F. Kennedy Airport closed."}));
  EXPECT_EQ(tokens_of("Jonah T. Whitfield"), (Strings{"Jonah", "T.", "Whitfield"}));
}

TEST(SegmenterTest, EveryNewlineIsABoundary) {
  EXPECT_EQ(sentences_of("Blast hits market\nAt least nine hurt\n\nPolice said the blast was "
                         "loud. Shops closed."),
            (Strings{"Blast hits market", "At least nine hurt", "Police said the blast was loud.",
                     "Shops closed."}));
}

TEST(SegmenterTest, QuotesStayWithTheirSentence) {
  EXPECT_EQ(sentences_of("\"We will rebuild.\" The mayor left."),
            (Strings{"\"We will rebuild.\"", "The mayor left."}));
}

TEST(SegmenterTest, PossessivesAndClitics) {
  EXPECT_EQ(tokens_of("Iran's and Russia’s forces don't stop; they'll see the soldiers' camp."),
            (Strings{"Iran", "'s", "and", "Russia", "’s", "forces", "do", "n't", "stop", ";",
                     "they", "'ll", "see", "the", "soldiers", "'", "camp", "."}));
  EXPECT_EQ(tokens_of("Shi'ite O'Brien Côte d'Ivoire"),
            (Strings{"Shi'ite", "O'Brien", "Côte", "d'Ivoire"}));
  EXPECT_EQ(tokens_of("the U.S.'s role"), (Strings{"the", "U.S.", "'s", "role"}));
}

TEST(SegmenterTest, HyphensAndDashes) {
  EXPECT_EQ(tokens_of("ISIS-K and al-Qaeda, Moscow-led Tehrik-e-Taliban U.S.-led 10-year F-16"),
            (Strings{"ISIS-K", "and", "al-Qaeda", ",", "Moscow-led", "Tehrik-e-Taliban", "U.S.-led",
                     "10-year", "F-16"}));
  EXPECT_EQ(tokens_of("Islamic State–Khorasan—which fled -- then"),
            (Strings{"Islamic", "State", "–", "Khorasan", "—", "which", "fled", "--", "then"}));
  EXPECT_EQ(tokens_of("pro- and anti-war"), (Strings{"pro", "-", "and", "anti-war"}));
}

TEST(SegmenterTest, Numbers) {
  EXPECT_EQ(tokens_of("Between 290,000 and 460,000, up 3.5% at 10:30 on 9/11; 4000-6000 "
                      "or 2,00,000 ($12.5m)."),
            (Strings{"Between", "290,000",  "and", "460,000", ",",     "up",   "3.5", "%",
                     "at",      "10:30",    "on",  "9/11",    ";",     "4000", "-",   "6000",
                     "or",      "2,00,000", "(",   "$",       "12.5m", ")",    "."}));
  EXPECT_EQ(tokens_of("1990s 3rd 1,000."), (Strings{"1990s", "3rd", "1,000", "."}));
}

TEST(SegmenterTest, PunctuationAndUrls) {
  EXPECT_EQ(tokens_of("Wait... see https://news.example.org/a?id=3. “Yes,” she said (twice)!"),
            (Strings{"Wait", "...", "see", "https://news.example.org/a?id=3", ".", "“", "Yes", ",",
                     "”", "she", "said", "(", "twice", ")", "!"}));
  EXPECT_EQ(tokens_of("at 7 a.m. AT&T"), (Strings{"at", "7", "a.m.", "AT&T"}));
}

TEST(SegmenterTest, CyrillicByteOffsets) {
  // "Взрыв в Москве. Погибли 5 человек." — 2-byte letters throughout.
  const std::string text =
      "\xD0\x92\xD0\xB7\xD1\x80\xD1\x8B\xD0\xB2 \xD0\xB2 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2"
      "\xD0\xB5. \xD0\x9F\xD0\xBE\xD0\xB3\xD0\xB8\xD0\xB1\xD0\xBB\xD0\xB8 5 \xD1\x87\xD0\xB5\xD0"
      "\xBB\xD0\xBE\xD0\xB2\xD0\xB5\xD0\xBA.";
  const Segmentation seg = segment(text);
  ASSERT_EQ(seg.sentences.size(), 2u);
  EXPECT_EQ(seg.sentences[0].start, 0u);
  EXPECT_EQ(seg.sentences[0].end, 27u);
  EXPECT_EQ(seg.sentences[1].start, 28u);
  EXPECT_EQ(seg.sentences[1].end, text.size());
  ASSERT_EQ(seg.tokens.size(), 8u);
  EXPECT_EQ(seg.tokens[0].start, 0u);
  EXPECT_EQ(seg.tokens[0].end, 10u);  // "Взрыв"
  EXPECT_EQ(seg.tokens[2].start, 14u);
  EXPECT_EQ(seg.tokens[2].end, 26u);  // "Москве"
  EXPECT_EQ(seg.tokens[3].start, 26u);
  EXPECT_EQ(seg.tokens[3].end, 27u);  // "."
}

TEST(SegmenterTest, NonAsciiSpacesAndMarks) {
  // NBSP between words; a combining acute accent stays inside its word.
  EXPECT_EQ(tokens_of("Cafe\xCC\x81\xC2\xA0"
                      "closed"),
            (Strings{"Cafe\xCC\x81", "closed"}));
}

}  // namespace
}  // namespace dossier
