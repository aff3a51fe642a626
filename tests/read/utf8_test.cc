#include "dossier/read/utf8.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(Utf8Test, ValidInputIsUnchanged) {
  Utf8Repair report;
  const std::string text = "Kyiv \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2 \xE2\x80\x94 \xF0\x9F\x98\x80";
  EXPECT_TRUE(is_valid_utf8(text));
  EXPECT_EQ(repair_utf8(text, &report), text);
  EXPECT_EQ(report.bad_sequences, 0u);
}

TEST(Utf8Test, RepairsEachBadSequenceWithReplacementCharacter) {
  Utf8Repair report;
  // A stray continuation byte at 2, a truncated 3-byte sequence at 6, a Latin-1 byte at 10.
  const std::string bad =
      "ab\x80"
      "cde\xE2\x80"
      "fg\xE9";
  EXPECT_FALSE(is_valid_utf8(bad));
  EXPECT_EQ(repair_utf8(bad, &report),
            "ab\xEF\xBF\xBD"
            "cde\xEF\xBF\xBD"
            "fg\xEF\xBF\xBD");
  EXPECT_EQ(report.bad_sequences, 3u);
  EXPECT_EQ(report.first_bad_offset, 2u);
}

TEST(Utf8Test, RejectsOverlongsAndSurrogates) {
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // UTF-16 surrogate
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  Utf8Repair report;
  EXPECT_EQ(repair_utf8("x\xC0\xAFy", &report), "x\xEF\xBF\xBD\xEF\xBF\xBDy");
  EXPECT_EQ(report.first_bad_offset, 1u);
}

TEST(Utf8Test, DecodesUtf16BothEndians) {
  Utf8Repair report;
  EXPECT_EQ(utf16_to_utf8(std::string("H\0\x16\x04", 4), false, &report), "H\xD0\x96");
  EXPECT_EQ(utf16_to_utf8(std::string("\0H\x04\x16", 4), true, &report), "H\xD0\x96");
  EXPECT_EQ(report.bad_sequences, 0u);
  // A lone high surrogate.
  EXPECT_EQ(utf16_to_utf8(std::string("\x00\xD8"
                                      "a\0",
                                      4),
                          false, &report),
            "\xEF\xBF\xBD"
            "a");
  EXPECT_EQ(report.bad_sequences, 1u);
}

}  // namespace
}  // namespace dossier
