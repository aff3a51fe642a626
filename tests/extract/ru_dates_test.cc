// Russian dates on sentences written for these tests.
#include "dossier/extract/ru_dates.h"

#include <gtest/gtest.h>

#include <string>

namespace dossier::ru {
namespace {

std::vector<DateMention> dates(const std::string& s, const std::string& published = "") {
  const std::pair<std::uint32_t, std::uint32_t> span{0, static_cast<std::uint32_t>(s.size())};
  return ru::find_dates(s, {&span, 1}, parse_iso_date(published));
}

std::vector<std::string> iso(const std::string& s, const std::string& published = "") {
  std::vector<std::string> out;
  for (const DateMention& d : dates(s, published)) out.push_back(d.date.iso());
  return out;
}

using Isos = std::vector<std::string>;

TEST(RuDates, Absolute) {
  EXPECT_EQ(iso("Взрыв прогремел 7 июня 2015 года на рынке."), Isos({"2015-06-07"}));
  EXPECT_EQ(iso("События 3 сентября 2004-го потрясли страну."), Isos({"2004-09-03"}));
  EXPECT_EQ(iso("Нападение произошло 05.11.2019."), Isos({"2019-11-05"}));
  EXPECT_EQ(iso("Это случилось в мае 2016 года."), Isos({"2016-05"}));
  EXPECT_EQ(iso("В 2012 году группа распалась."), Isos({"2012"}));
}

TEST(RuDates, DeicticFormsNeedThePublicationDate) {
  // 2020-02-14 was a Friday.
  EXPECT_EQ(iso("Взрыв произошел в среду утром.", "2020-02-14"), Isos({"2020-02-12"}));
  EXPECT_EQ(iso("Атака случилась в ночь на пятницу.", "2020-02-14"), Isos({"2020-02-14"}));
  EXPECT_EQ(iso("Взрыв произошел в минувший вторник.", "2020-02-14"), Isos({"2020-02-11"}));
  EXPECT_EQ(iso("Вчера боевики обстреляли пост.", "2020-02-14"), Isos({"2020-02-13"}));
  EXPECT_EQ(iso("Теракт произошел 11 февраля.", "2020-02-14"), Isos({"2020-02-11"}));
  EXPECT_EQ(iso("Теракт произошел 20 декабря.", "2020-02-14"), Isos({"2019-12-20"}));
}

TEST(RuDates, WithoutPublicationDateOnlyHints) {
  auto d = dates("Теракт произошел 11 февраля, в среду.");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_TRUE(d[0].date.empty());
  EXPECT_EQ(d[0].month_day, 211);
  EXPECT_EQ(d[1].weekday, 2);
  EXPECT_TRUE(iso("Вчера боевики обстреляли пост.").empty());
}

TEST(RuDates, NumbersThatAreNoDates) {
  EXPECT_EQ(iso("Погибли 2015 человек."), Isos());
  EXPECT_EQ(iso("Пятница — последний день недели."), Isos());
}

}  // namespace
}  // namespace dossier::ru
