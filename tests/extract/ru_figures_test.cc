// Russian casualty figures on sentences written for these tests.
#include "dossier/extract/ru_figures.h"

#include <gtest/gtest.h>

#include <string>

namespace dossier::ru {
namespace {

// "measure low-high qualifier" per figure, in text order.
std::vector<std::string> figures(const std::string& sentence) {
  std::vector<std::string> out;
  for (const Figure& f : find_figures(sentence, 0))
    out.push_back(std::string(to_string(f.measure)) + " " + std::to_string(f.low) + "-" +
                  std::to_string(f.high) + " " + std::string(to_string(f.qualifier)));
  return out;
}

using Figs = std::vector<std::string>;

TEST(RuFigures, VerbBeforeAndAfterTheQuantity) {
  EXPECT_EQ(figures("При обрушении моста погибли 12 человек."), Figs({"killed 12-12 exact"}));
  EXPECT_EQ(figures("Семь человек погибли, ещё 20 ранены."),
            Figs({"killed 7-7 exact", "wounded 20-20 exact"}));
  EXPECT_EQ(figures("Задержаны трое подозреваемых."), Figs({"arrested 3-3 exact"}));
  EXPECT_EQ(figures("В результате нападения 9 были госпитализированы."),
            Figs({"wounded 9-9 exact"}));
  EXPECT_EQ(figures("Ночью в больнице скончались ещё четверо раненых."),
            Figs({"killed 4-4 exact"}));
  EXPECT_EQ(figures("При взрыве погиб один человек."), Figs({"killed 1-1 exact"}));
  EXPECT_EQ(figures("Пять человек стали жертвами обстрела."), Figs({"killed 5-5 exact"}));
}

TEST(RuFigures, NounsAndCasesAfterTheQuantity) {
  EXPECT_EQ(figures("Власти сообщают о 41 погибшем и 63 пострадавших."),
            Figs({"killed 41-41 exact", "wounded 63-63 exact"}));
  EXPECT_EQ(figures("Ранее говорилось о двадцати трёх жертвах."), Figs({"killed 23-23 exact"}));
  EXPECT_EQ(figures("Около 70 человек получили ранения."), Figs({"wounded 70-70 about"}));
  EXPECT_EQ(figures("12 человек находятся в тяжелом состоянии."), Figs({"wounded 12-12 exact"}));
}

TEST(RuFigures, Qualifiers) {
  EXPECT_EQ(figures("Пострадали более 200 человек."), Figs({"wounded 200-200 at_least"}));
  EXPECT_EQ(figures("Погибли не менее 15 человек."), Figs({"killed 15-15 at_least"}));
  EXPECT_EQ(figures("Погибли свыше сорока человек."), Figs({"killed 40-40 at_least"}));
  EXPECT_EQ(figures("Погибли от 10 до 12 человек."), Figs({"killed 10-12 range"}));
  EXPECT_EQ(figures("Ранены до 30 человек."), Figs({"wounded 30-30 at_most"}));
}

TEST(RuFigures, TollsAndStatesBefore) {
  EXPECT_EQ(figures("Число погибших при пожаре на складе выросло до 26 человек."),
            Figs({"killed 26-26 exact"}));
  EXPECT_EQ(figures("Из них в критическом состоянии — 3 человека."), Figs({"wounded 3-3 exact"}));
  EXPECT_EQ(figures("Пострадали, по данным полиции, 31 человек."), Figs({"wounded 31-31 exact"}));
  EXPECT_EQ(figures("Жертвами взрыва стали 8 человек."), Figs({"killed 8-8 exact"}));
}

TEST(RuFigures, ListsTakeTheMeasureOfTheFigureBefore) {
  EXPECT_EQ(figures("Погибли 14 человек, в том числе трое полицейских."),
            Figs({"killed 14-14 exact", "killed 3-3 exact"}));
  EXPECT_EQ(figures("Погибли 6 человек: 5 на месте, один — в машине скорой помощи."),
            Figs({"killed 6-6 exact", "killed 5-5 exact", "killed 1-1 exact"}));
}

TEST(RuFigures, WhatIsNoFigure) {
  EXPECT_EQ(figures("Взрыв произошел 14 марта в 9:40."), Figs());
  EXPECT_EQ(figures("Бомба мощностью 3 кг сработала через 20 минут."), Figs());
  EXPECT_EQ(figures("Погиб 19-летний водитель автобуса."), Figs());
  EXPECT_EQ(figures("Никто не пострадал, 40 пассажиров эвакуированы."), Figs());
  EXPECT_EQ(figures("Автобус маршрута №12 ехал в центр."), Figs());
  EXPECT_EQ(figures("Стало известно ещё об одном погибшем."), Figs());
  EXPECT_EQ(figures("Один из раненых выписан."), Figs());
}

}  // namespace
}  // namespace dossier::ru
