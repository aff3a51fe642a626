#include "dossier/segment/language.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(LanguageTest, English) {
  EXPECT_EQ(detect_language("Heavy shelling continued overnight in the northern districts, and "
                            "residents said that the water supply had been cut for three days."),
            "en");
}

TEST(LanguageTest, Russian) {
  // "Ночью в северных районах продолжались обстрелы, жители говорят, что воды нет уже три дня."
  EXPECT_EQ(detect_language("\xD0\x9D\xD0\xBE\xD1\x87\xD1\x8C\xD1\x8E \xD0\xB2 \xD1\x81\xD0\xB5"
                            "\xD0\xB2\xD0\xB5\xD1\x80\xD0\xBD\xD1\x8B\xD1\x85 \xD1\x80\xD0\xB0"
                            "\xD0\xB9\xD0\xBE\xD0\xBD\xD0\xB0\xD1\x85 \xD0\xBF\xD1\x80\xD0\xBE"
                            "\xD0\xB4\xD0\xBE\xD0\xBB\xD0\xB6\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x81"
                            "\xD1\x8C \xD0\xBE\xD0\xB1\xD1\x81\xD1\x82\xD1\x80\xD0\xB5\xD0\xBB"
                            "\xD1\x8B, \xD0\xB6\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB8 \xD0\xB3"
                            "\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x80\xD1\x8F\xD1\x82, \xD1\x87\xD1\x82"
                            "\xD0\xBE \xD0\xB2\xD0\xBE\xD0\xB4\xD1\x8B \xD0\xBD\xD0\xB5\xD1\x82 "
                            "\xD1\x83\xD0\xB6\xD0\xB5 \xD1\x82\xD1\x80\xD0\xB8 \xD0\xB4\xD0\xBD"
                            "\xD1\x8F."),
            "ru");
}

TEST(LanguageTest, UnknownForNoText) {
  EXPECT_EQ(detect_language(""), "und");
  EXPECT_EQ(detect_language("12345 67 890"), "und");
}

}  // namespace
}  // namespace dossier
