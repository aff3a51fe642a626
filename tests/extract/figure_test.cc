#include <gtest/gtest.h>

#include <string>

#include "dossier/extract/figure_finder.h"

namespace dossier {
namespace {

// "measure low[-high] qualifier" for each figure, joined by "; ".
std::string show(std::string_view sentence) {
  std::string out;
  for (const Figure& f : find_figures(sentence, 0)) {
    if (!out.empty()) out += "; ";
    out += std::string(to_string(f.measure)) + " " + std::to_string(f.low);
    if (f.high != f.low) {
      out += '-';
      out += std::to_string(f.high);
    }
    out += ' ';
    out += to_string(f.qualifier);
  }
  return out;
}

TEST(Figures, VerbBeforeNumber) {
  EXPECT_EQ(show("The blast tore through the market, leaving 57 dead."), "killed 57 exact");
  EXPECT_EQ(show("The gunmen killed over 80 people and injured over 90."),
            "killed 80 at_least; wounded 90 at_least");
  EXPECT_EQ(show("Two bombs exploded, killing 61 pilgrims and wounding 172 others."),
            "killed 61 exact; wounded 172 exact");
  EXPECT_EQ(show("The car bomb, which killed 23, was detonated remotely."), "killed 23 exact");
  EXPECT_EQ(show("A second explosion injuring 45 followed."), "wounded 45 exact");
  EXPECT_EQ(show("The fire hospitalized 50 residents."), "wounded 50 exact");
  EXPECT_EQ(show("A roadside bomb claimed the lives of 20 soldiers."), "killed 20 exact");
}

TEST(Figures, CoordinatedObjects) {
  EXPECT_EQ(show("The ambush killed 9 French soldiers and 31 Malians."),
            "killed 9 exact; killed 31 exact");
  EXPECT_EQ(show("Three police officers and seven bystanders died in the crossfire."),
            "killed 3 exact; killed 7 exact");
}

TEST(Figures, NumberBeforeMeasure) {
  EXPECT_EQ(show("At least 60 people were killed in the raid."), "killed 60 at_least");
  EXPECT_EQ(show("Another 12 were wounded."), "wounded 12 exact");
  EXPECT_EQ(show("Some 20 people lost their lives."), "killed 20 about");
  EXPECT_EQ(show("Three suspects were taken into custody on Sunday."), "arrested 3 exact");
  EXPECT_EQ(show("Five people are still missing."), "missing 5 exact");
  EXPECT_EQ(show("Eight aid workers were kidnapped near the border."), "kidnapped 8 exact");
  EXPECT_EQ(show("Two engineers were abducted."), "kidnapped 2 exact");
  EXPECT_EQ(show("1 dead, 3 injured after a shooting"), "killed 1 exact; wounded 3 exact");
  EXPECT_EQ(show("94 killed in twin bombings"), "killed 94 exact");
  EXPECT_EQ(show("Nine people have reportedly been arrested."), "arrested 9 exact");
  // A part of a figure is a figure of its own ("each number a text states").
  EXPECT_EQ(show("Three people, including two children, were killed."),
            "killed 3 exact; killed 2 exact");
  EXPECT_EQ(show("Seven policemen were among those killed."), "killed 7 exact");
  EXPECT_EQ(show("Two guards were among the dead."), "killed 2 exact");
}

TEST(Figures, MeasureNouns) {
  EXPECT_EQ(show("The riots caused nearly 100 fatalities."), "killed 100 about");
  EXPECT_EQ(show("Officials recorded 45 deaths."), "killed 45 exact");
  EXPECT_EQ(show("Police announced the arrest of 11 people."), "arrested 11 exact");
  EXPECT_EQ(show("They mourned the deaths of 3 children."), "killed 3 exact");
  EXPECT_EQ(show("The death toll rose to 137 on Sunday."), "killed 137 exact");
  EXPECT_EQ(show("Estimates put the death toll at up to 100,000."), "killed 100000 at_most");
  EXPECT_EQ(show("The number of people injured reached 212."), "wounded 212 exact");
  EXPECT_EQ(show("the toll of 50 dead"), "killed 50 exact");
}

TEST(Figures, Arrests) {
  EXPECT_EQ(show("Police arrested a dozen more suspects."), "arrested 12 about");
  EXPECT_EQ(show("Officers detained nine people overnight."), "arrested 9 exact");
  EXPECT_EQ(show("Security forces caught the four attackers in a forest."), "arrested 4 exact");
}

TEST(Figures, RangesAndVague) {
  EXPECT_EQ(show("The war killed between 290,000 and 460,000 people."),
            "killed 290000-460000 range");
  EXPECT_EQ(show("Hundreds were injured."), "");
  EXPECT_EQ(show("Clashes killed dozens of civilians."), "");  // vague: not a figure
}

TEST(Figures, FalsePositives) {
  EXPECT_EQ(show("Four gunmen stormed the hall."), "");
  EXPECT_EQ(show("Four gunmen killed 144 people."), "killed 144 exact");
  EXPECT_EQ(show("The 224-seat plane broke apart."), "");
  EXPECT_EQ(show("He was killed in 2015."), "killed 1 exact");  // one person, not 2015
  EXPECT_EQ(show("It was the worst attack in two decades."), "");
  EXPECT_EQ(show("He was killed four days after the election."), "killed 1 exact");
  EXPECT_EQ(show("He began his fifth term."), "");
  EXPECT_EQ(show("Some 1,000 soldiers were deployed."), "");
  EXPECT_EQ(show("More than 100 casualties were reported."), "");
  EXPECT_EQ(show("Two people were not injured."), "");
  EXPECT_EQ(show("He was wounded 3 times."), "wounded 1 exact");  // one person, three wounds
  EXPECT_EQ(show("The attack killed 460,00 people."), "");
  EXPECT_EQ(show("The bomb killed 12, including 5 children."), "killed 12 exact; killed 5 exact");
  EXPECT_EQ(show("It happened on 22 March 2024 when 3 gunmen were arrested."), "arrested 3 exact");
  EXPECT_EQ(show("A 24-year-old man was arrested."), "");
  EXPECT_EQ(show("Ukraine says it shot down 30 drones."), "");
  EXPECT_EQ(show("The gunmen who killed 144 people were arrested."), "killed 144 exact");
}

TEST(Figures, EvidenceSpan) {
  const std::string s = "The attack left 39 people dead.";
  auto fs = find_figures(s, 10);
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_EQ(s.substr(fs[0].start - 10, fs[0].end - fs[0].start), "39 people dead");
}

TEST(Measure, Names) {
  EXPECT_EQ(to_string(Measure::kKilled), "killed");
  EXPECT_EQ(to_string(Measure::kWounded), "wounded");
  EXPECT_EQ(to_string(Measure::kArrested), "arrested");
  EXPECT_EQ(to_string(Measure::kMissing), "missing");
  EXPECT_EQ(to_string(Measure::kKidnapped), "kidnapped");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(Figures, PartsBodiesAndResults) {
  EXPECT_EQ(show("Medics counted 41 bodies near the bridge."), "killed 41 exact");
  EXPECT_EQ(show("The fire killed at least forty two people."), "killed 42 at_least");
  EXPECT_EQ(show("Relatives mourned the 19 people who died there."), "killed 19 exact");
  EXPECT_EQ(show("The firm said 7 of its drivers died."), "killed 7 exact");
  EXPECT_EQ(show("Three of the injured are in a serious condition."), "wounded 3 exact");
  EXPECT_EQ(show("The victims included 4 nurses."), "");  // killed or wounded: not said
  EXPECT_EQ(show("The dead included 4 nurses."), "killed 4 exact");
  EXPECT_EQ(show("The dead include eleven pupils."), "killed 11 exact");
  EXPECT_EQ(show("The blast left 30 shoppers and guards dead."), "killed 30 exact");
  EXPECT_EQ(show("At least 9 people, most of them farmers, were wounded."), "wounded 9 at_least");
  EXPECT_EQ(show("The storm left 30 villages without power."), "");
  EXPECT_EQ(show("Thirty twelve-year-olds attended."), "");
}

TEST(Figures, ConditionsHospitalsChargesAndLives) {
  EXPECT_EQ(show("Medics took at least 40 wounded people to hospital."), "wounded 40 at_least");
  EXPECT_EQ(show("Of the injured, 12 are in critical condition."), "wounded 12 exact");
  EXPECT_EQ(show("Nine of them critically."), "wounded 9 exact");
  EXPECT_EQ(show("Some 31 people remained in hospital."), "wounded 31 about");
  EXPECT_EQ(show("Another 60 were being treated for burns."), "wounded 60 exact");
  EXPECT_EQ(show("Six suspects have been charged."), "arrested 6 exact");
  EXPECT_EQ(show("Two of whom were remanded in custody."), "arrested 2 exact");
  EXPECT_EQ(show("Troops captured three militants."), "arrested 3 exact");
  EXPECT_EQ(show("The fire claimed 17 lives."), "killed 17 exact");
  EXPECT_EQ(show("The death toll sits at 40."), "killed 40 exact");
  EXPECT_EQ(show("Gunmen killed 3 villagers."), "killed 3 exact");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(Figures, Parentheticals) {
  EXPECT_EQ(show("Some 40 people, most of them farmers, queuing outside a bank, were killed."),
            "killed 40 about");
  EXPECT_EQ(show("Five hikers -- including two Danes -- were hurt."),
            "wounded 5 exact; wounded 2 exact");
  EXPECT_EQ(show("Six porters \u2014 two from Nepal, one from India and three locals \u2014 were "
                 "hurt."),
            "wounded 6 exact; wounded 2 exact; wounded 1 exact; wounded 3 exact");
  EXPECT_EQ(show("The dead included five pilgrims -- one from Kenya and four from Uganda."),
            "killed 5 exact");
  EXPECT_EQ(show("The dead included five pilgrims -- one from Kenya and four from Uganda -- "
                 "and their guide."),
            "killed 5 exact; killed 1 exact; killed 4 exact");
  // A parenthetical that does not close is not skipped; nor is one after the verb.
  EXPECT_EQ(show("Five people, police said on Monday that the blast"), "");
  EXPECT_EQ(show("Three men were killed, police said, and 2 were unhurt."), "killed 3 exact");
}

TEST(Figures, AdverbsAndNounUses) {
  EXPECT_EQ(show("Two aid workers, both from Norway, were slightly injured."), "wounded 2 exact");
  EXPECT_EQ(show("A guard was fatally shot and 4 were badly hurt."),
            "killed 1 exact; wounded 4 exact");
  EXPECT_EQ(show("About 90 wounded were moved to army clinics."), "wounded 90 about");
  EXPECT_EQ(show("Some 20 injured have been discharged."), "wounded 20 about");
  // Still an active verb with an object.
  EXPECT_EQ(show("Four gunmen killed all the guards."), "");
}

TEST(Figures, PartsOfAGroup) {
  EXPECT_EQ(show("Nineteen of the 30 dead were police officers."),
            "killed 19 exact; killed 30 exact");
  EXPECT_EQ(show("Two of the 14 people injured are children."),
            "wounded 2 exact; wounded 14 exact");
  EXPECT_EQ(show("Rescuers recovered 90 bodies, including those of 31 women."),
            "killed 90 exact; killed 31 exact");
  EXPECT_EQ(show("Officials listed 40 dead, among whom are six children."),
            "killed 40 exact; killed 6 exact");
  EXPECT_EQ(show("Gunmen killed 17 people, among them two priests."),
            "killed 17 exact; killed 2 exact");
  EXPECT_EQ(show("Police said 9 people died, one of them a police officer."),
            "killed 9 exact; killed 1 exact");
  EXPECT_EQ(show("Forty people were arrested after the riot, 9 of whom were charged with arson."),
            "arrested 40 exact; arrested 9 exact");
  EXPECT_EQ(show("The victims, 12 of them children, were buried on Sunday."), "killed 12 exact");
  EXPECT_EQ(show("The victims were a farmer, a nurse and two students."), "killed 2 exact");
  EXPECT_EQ(show("Police arrested four men in Osh and three in Bishkek."),
            "arrested 4 exact; arrested 3 exact");
  // Parts of a group that is not a figure are not figures.
  EXPECT_EQ(show("Nineteen of the 30 passengers were British."), "");
  EXPECT_EQ(show("The crew, 12 of them pilots, went on strike."), "");
  EXPECT_EQ(show("The victims were taken to hospital and 3 others went home."), "");
  EXPECT_EQ(show("He visited two schools in Kabul and one in Herat."), "");
  EXPECT_EQ(show("Five people were killed and two in the car survived."), "killed 5 exact");
  EXPECT_EQ(show("Five people were killed and two in Herat fled."), "killed 5 exact");
}

TEST(Figures, AllBut) {
  EXPECT_EQ(show("The court freed all but 14 of the detainees."), "arrested 14 exact");
  // "All but N" counts the others: N is not a figure.
  EXPECT_EQ(show("All but three were killed."), "");
  EXPECT_EQ(show("All but two of the 40 passengers who died were identified."), "killed 40 exact");
  EXPECT_EQ(show("The gunmen killed all but two of the guards."), "");
}

TEST(Figures, ConditionsTrialsAndCustody) {
  EXPECT_EQ(show("Doctors said 6 of them were still critical."), "wounded 6 exact");
  EXPECT_EQ(show("5 dead, 3 critical"), "killed 5 exact; wounded 3 exact");
  EXPECT_EQ(show("Three patients remain on life support and 12 are in a critical condition."),
            "wounded 3 exact; wounded 12 exact");
  EXPECT_EQ(show("Two climbers were later pronounced dead in hospital."), "killed 2 exact");
  EXPECT_EQ(show("One guard received a gunshot wound."), "wounded 1 exact");
  EXPECT_EQ(show("Nine officers sustained serious injuries."), "wounded 9 exact");
  EXPECT_EQ(show("The six accused have been on trial for a year."), "arrested 6 exact");
  EXPECT_EQ(show("Seven men appeared in a district court on Monday."), "arrested 7 exact");
  EXPECT_EQ(show("A neighbour was held in custody along with two relatives."), "arrested 2 exact");
  EXPECT_EQ(show("The driver died along with 4 passengers."), "killed 1 exact; killed 4 exact");
  EXPECT_EQ(show("Officials condemned the wounding of five guards."), "wounded 5 exact");
  EXPECT_EQ(show("The army puts the toll at only 60."), "killed 60 exact");
  EXPECT_EQ(show("By Friday the toll had swollen to 45, among them 12 women."),
            "killed 45 exact; killed 12 exact");
  EXPECT_EQ(show("Police said the two bombers there were dead."), "killed 2 exact");
  // Not figures: a received letter, a court that is not a trial of people, a stable count.
  EXPECT_EQ(show("Two ministers received a letter."), "");
  EXPECT_EQ(show("Three judges sat in the court."), "");
  EXPECT_EQ(show("The two sides went on talking."), "");
}

TEST(Figures, LongerNounPhrases) {
  EXPECT_EQ(show("Eight pupils and teachers were among the dead."), "killed 8 exact");
  EXPECT_EQ(show("Six villagers of Kulob were detained."), "arrested 6 exact");
  EXPECT_EQ(show("Officials count 20 victims plus two attackers dead."),
            "killed 20 exact; killed 2 exact");
  EXPECT_EQ(show("The blast killed 9 people and left over 40 injured."),
            "killed 9 exact; wounded 40 at_least");
  EXPECT_EQ(show("In one clinic, 40 people were treated for burns."), "wounded 40 exact");
  EXPECT_EQ(show("All 90 people on board were killed."), "killed 90 exact");
  EXPECT_EQ(show("The 12 passengers aboard survived."), "");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(Figures, CustodyAndKillingVerbs) {
  EXPECT_EQ(show("Rescuers pulled the bodies of 12 miners from the rubble."), "killed 12 exact");
  EXPECT_EQ(show("Three suspects were taken in for questioning."), "arrested 3 exact");
  EXPECT_EQ(show("Six men were held for questioning overnight."), "arrested 6 exact");
  EXPECT_EQ(show("Nine people were rounded up after the clashes."), "arrested 9 exact");
  EXPECT_EQ(show("Police rounded up 40 people."), "arrested 40 exact");
  EXPECT_EQ(show("Two men were taken into police custody."), "arrested 2 exact");
  EXPECT_EQ(show("Five suspects were placed under arrest."), "arrested 5 exact");
  EXPECT_EQ(show("Two guards were shot and wounded."), "wounded 2 exact");
  EXPECT_EQ(show("Three more victims succumbed to their injuries."), "killed 3 exact");
  EXPECT_EQ(show("The bomber killed himself and 7 others."), "killed 7 exact");
  EXPECT_EQ(show("Militants shot dead 4 soldiers."), "killed 4 exact");
  EXPECT_EQ(show("Security forces gunned down 3 militants."), "killed 3 exact");
  EXPECT_EQ(show("The attackers beheaded two hostages."), "killed 2 exact");
  // Killed and wounded together are casualties, not one measure.
  EXPECT_EQ(show("Twelve people were killed or injured."), "");
  EXPECT_EQ(show("The blasts killed or wounded 50 people."), "");
  EXPECT_EQ(show("The bomb killed 7 and wounded 20."), "killed 7 exact; wounded 20 exact");
  // Not figures.
  EXPECT_EQ(show("The gunman shot 5 times."), "");
  EXPECT_EQ(show("Two brothers were held in a cell for a week."), "");
  EXPECT_EQ(show("Troops shot down 2 drones."), "");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(Figures, TollsWhoseSubjectIsFarBack) {
  EXPECT_EQ(show("The death toll from Friday's car bombing in the capital rose to 118."),
            "killed 118 exact");
  EXPECT_EQ(show("The number of people killed in the blasts climbed to 64 on Thursday."),
            "killed 64 exact");
  EXPECT_EQ(show("Officials put the dead at 61 pilgrims, two guards and a driver."),
            "killed 61 exact; killed 2 exact; killed 1 exact");
  EXPECT_EQ(show("The number of people killed in Sunday's attacks on two churches in the "
                 "capital, Quito, has risen to 74."),
            "killed 74 exact");
  EXPECT_EQ(show("Officials said 71 people were still being treated at the central hospital."),
            "wounded 71 exact");
  // Not across a comma: the rise is of something else.
  EXPECT_EQ(show("Despite the toll, membership of the group rose to 400."), "");
}

TEST(Figures, HospitalsCareAndLists) {
  EXPECT_EQ(show("Police said 44 people remained in City General Hospital, 9 of them in "
                 "intensive care."),
            "wounded 44 exact; wounded 9 exact");
  EXPECT_EQ(show("By Monday 40 were still in hospital and 12 were in critical care."),
            "wounded 40 exact; wounded 12 exact");
  EXPECT_EQ(show("Among those detained were four suspects caught near the border."),
            "arrested 4 exact");
  EXPECT_EQ(show("The army flew 20 of the most seriously wounded to the capital."),
            "wounded 20 exact");
  EXPECT_EQ(show("The ministry said 9 Germans had been identified among the dead."),
            "killed 9 exact");
  EXPECT_EQ(show("An officer said up to 25 people may have died."), "killed 25 at_most");
}

TEST(Figures, AGappedClauseAtASite) {
  EXPECT_EQ(show("Officials said 31 people died at the station, and 12 at the market nearby."),
            "killed 31 exact; killed 12 exact");
  EXPECT_EQ(show("Nine were killed in the square and four at the Grand Hotel."),
            "killed 9 exact; killed 4 exact");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(Figures, PartsOfAGroupTheSentenceOpensOn) {
  EXPECT_EQ(show("Of the 30 victims, 21 were Kenyans."), "killed 30 exact; killed 21 exact");
  EXPECT_EQ(show("Of the dead, 110 were pupils and eight were teachers."),
            "killed 110 exact; killed 8 exact");
  EXPECT_EQ(show("Of the 41 dead, 22 were tourists, among them six Swedes and two Danes."),
            "killed 41 exact; killed 22 exact; killed 6 exact; killed 2 exact");
  // Not a group of the dead.
  EXPECT_EQ(show("Of the 30 buses, 21 were late."), "");
}

TEST(Figures, AListAfterAColonAndBesides) {
  EXPECT_EQ(show("The minister said 31 people died in all: 22 guests, five guards and four of "
                 "the gunmen."),
            "killed 31 exact; killed 22 exact; killed 5 exact; killed 4 exact");
  EXPECT_EQ(show("A wounded man died, bringing the toll to nine: five civilians and the four "
                 "attackers."),
            "killed 1 exact; killed 9 exact; killed 5 exact; killed 4 exact");
  EXPECT_EQ(show("The blasts killed 18 people besides the two bombers."),
            "killed 18 exact; killed 2 exact");
  EXPECT_EQ(show("The blast killed six people as well as the two suicide bombers."),
            "killed 6 exact; killed 2 exact");
  EXPECT_EQ(show("Officials revised the number of dead down to 19, including the two bombers."),
            "killed 19 exact; killed 2 exact");
  // A colon after no figure starts no list.
  EXPECT_EQ(show("The plan had three parts: 12 men, 4 cars and 2 safe houses."), "");
}

TEST(Figures, CustodyAndHospitalPhrases) {
  EXPECT_EQ(show("Police have taken 14 people into custody in raids across the province."),
            "arrested 14 exact");
  EXPECT_EQ(show("A spokesman said 93 people had been brought in with gunshot wounds."),
            "wounded 93 exact");
  EXPECT_EQ(show("The toll from Sunday's bombing in the market now stands at 188."),
            "killed 188 exact");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(Figures, PutTheTollAtAndNamedSites) {
  EXPECT_EQ(show("Officials put the toll from the blast at the market in Rio de Janeiro at ten."),
            "killed 10 exact");
  EXPECT_EQ(show("The bombs killed 213 people in Nairobi and 11 in Dar es Salaam."),
            "killed 213 exact; killed 11 exact");
  EXPECT_EQ(show("More than 500 are still admitted at Kenyatta National Hospital."),
            "wounded 500 at_least");
  EXPECT_EQ(show("Agents took two brothers, Terry and James Nichols, into custody."),
            "arrested 2 exact");
  EXPECT_EQ(show("Police said one suspect, a 21-year-old man, was in custody."),
            "arrested 1 exact");
  // "at" a number without a toll put before it is no figure.
  EXPECT_EQ(show("Officials put the meeting with the mayor at ten."), "");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(Figures, ATollPhraseIsNotSharedAcrossAnotherFigure) {
  // Found by the figures fuzz target: the second "rose to" reached back to the first toll,
  // and its figure started before the one it followed.
  EXPECT_EQ(show("The death toll of the blast rose to 13, and in the market 2 rose to 14."),
            "killed 13 exact");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(Figures, APhraseOrARelativeClauseBeforeTheVerb) {
  EXPECT_EQ(show("Fourteen civilians and two soldiers from the special forces were killed."),
            "killed 14 exact; killed 2 exact");
  EXPECT_EQ(show("The three gunmen, who were shot dead by police, had trained abroad."),
            "killed 3 exact");
  EXPECT_EQ(show("The clinic said it was treating 11 others."), "wounded 11 exact");
}

TEST(Figures, OnePersonNamedByAnArticle) {
  EXPECT_EQ(show("A man was shot and killed late Tuesday, police said."), "killed 1 exact");
  EXPECT_EQ(show("An 18-year-old was wounded in the leg."), "wounded 1 exact");
  EXPECT_EQ(show("A 17-year-old Dayton boy died at the hospital."), "killed 1 exact");
  EXPECT_EQ(show("A second man was wounded and taken to a hospital."), "wounded 1 exact");
  EXPECT_EQ(show("Another victim was listed in critical condition."), "wounded 1 exact");
  EXPECT_EQ(show("The victim was pronounced dead at the scene."), "killed 1 exact");
  EXPECT_EQ(show("The gunman killed a security guard and fled."), "killed 1 exact");
  EXPECT_EQ(show("A woman was arrested on Friday."), "");  // a suspect, not a tally
  EXPECT_EQ(show("A boy was accidentally shot in the hand."), "wounded 1 exact");
  EXPECT_EQ(show("Teen killed in drive-by shooting"), "killed 1 exact");  // a headline
  // Not one person's fate: a possessive, a plain mention, the shooter.
  EXPECT_EQ(show("A man's car was damaged."), "");
  EXPECT_EQ(show("Police said a man called 911."), "");
  EXPECT_EQ(show("The man who shot him fled."), "");
  EXPECT_EQ(show("A man shot his neighbor on Friday."), "wounded 1 exact");  // the neighbor
  EXPECT_EQ(show("The girl was pronounced dead at the scene."), "killed 1 exact");
  EXPECT_EQ(show("Man shot in the leg on Elm Street"), "wounded 1 exact");  // a headline
  EXPECT_EQ(show("A hunter accidentally shot himself in the foot."), "wounded 1 exact");
  EXPECT_EQ(show("A boy accidentally shot a 12-year-old girl in the arm."), "wounded 1 exact");
  EXPECT_EQ(show("A gunman fatally shot a store clerk."), "killed 1 exact");
  EXPECT_EQ(show("Two other victims showed up at the hospital with gunshot wounds."),
            "wounded 2 exact");
  EXPECT_EQ(show("A woman was rushed to County General with minor injuries."), "wounded 1 exact");
  EXPECT_EQ(show("A man was hit by a stray bullet."), "wounded 1 exact");
  EXPECT_EQ(show("A woman was shot and later died at the hospital."), "killed 1 exact");
  EXPECT_EQ(show("A man and a woman were shot outside a bar."), "wounded 2 exact");
  EXPECT_EQ(show("A 15-year-old boy shot in a drive-by on Friday has died."), "killed 1 exact");
  EXPECT_EQ(show("The man who was shot Tuesday died at a hospital."), "killed 1 exact");
  EXPECT_EQ(show("A girl was found shot in the leg."), "wounded 1 exact");
  EXPECT_EQ(show("Officers found a man with a gunshot wound to the chest."), "wounded 1 exact");
  EXPECT_EQ(show("Four people were shot at a house party."), "wounded 4 exact");
  EXPECT_EQ(show("A boy was flown to a hospital in critical condition."), "wounded 1 exact");
  EXPECT_EQ(show("Two men were shot at by a gunman."), "");  // fired on
  EXPECT_EQ(show("A man was shot in the leg and a woman died."), "wounded 1 exact; killed 1 exact");
  EXPECT_EQ(show("A guard was among those killed."), "");  // one of a toll
}

TEST(Figures, OnePersonByPronounOrName) {
  EXPECT_EQ(show("She died from her injuries at a hospital."), "killed 1 exact");
  EXPECT_EQ(show("Deputies arrived, and he was pronounced dead."), "killed 1 exact");
  EXPECT_EQ(show("Jane Roe, 41, was killed in the crossfire."), "killed 1 exact");
  EXPECT_EQ(show("Tom Public died at the scene."), "killed 1 exact");
  EXPECT_EQ(show("Sam Doe was wounded in the arm."), "wounded 1 exact");
  EXPECT_EQ(show("The victim of last week's shooting has died."), "killed 1 exact");
  // A guess, a name after a preposition, a name that is no subject.
  EXPECT_EQ(show("He was likely killed in an air strike."), "");
  EXPECT_EQ(show("She is believed to have been killed abroad."), "");
  EXPECT_EQ(show("A driver for River Daily was hurt."), "");  // not "River Daily was hurt"
  EXPECT_EQ(show("Police said they shot him."), "");
  EXPECT_EQ(show("John Doe said he heard shots."), "");
  EXPECT_EQ(show("Her son was shot and killed outside the store."), "killed 1 exact");
  EXPECT_EQ(show("Rooks was pronounced dead at the scene."), "killed 1 exact");
  EXPECT_EQ(show("No charges were filed after a 9-year-old boy was shot in the head."),
            "wounded 1 exact");
  EXPECT_EQ(show("He was arrested after he accidentally shot himself in the leg."),
            "wounded 1 exact");
  EXPECT_EQ(show("The injured man was driven to a hospital."), "wounded 1 exact");
  EXPECT_EQ(show("Two of the victims died at the hospital."), "killed 2 exact");
  EXPECT_EQ(show("One of the victims was a 17-year-old."), "");  // no fate told
  EXPECT_EQ(show("Nobody was hurt in the shooting."), "");
  EXPECT_EQ(show("Officers found 17-year-old Jane Roe suffering from a gunshot wound."),
            "wounded 1 exact");
  EXPECT_EQ(show("Police said 19-year-old Sam Doe died at a hospital."), "killed 1 exact");
  EXPECT_EQ(show("His wife was wounded in the arm."), "wounded 1 exact");
  EXPECT_EQ(show("Her husband shot a neighbor."), "wounded 1 exact");  // the neighbor, not him
}

TEST(Figures, Fatally) {
  EXPECT_EQ(show("Two people were shot, one fatally, on Sunday."),
            "wounded 2 exact; killed 1 exact");
  EXPECT_EQ(show("A teenager was fatally shot outside a store."), "killed 1 exact");
  EXPECT_EQ(show("Three men were fatally wounded."), "killed 3 exact");
}

// The hit flag of each wounded figure of a sentence: "hit" or "survived", joined by "; ".
std::string hit_or_survived(std::string_view sentence) {
  std::string out;
  for (const Figure& f : find_figures(sentence, 0)) {
    if (f.measure != Measure::kWounded) continue;
    if (!out.empty()) out += "; ";
    out += f.hit ? "hit" : "survived";
  }
  return out;
}

TEST(Figures, LocalNewsVictims) {
  EXPECT_EQ(show("A gunman opened fire on four men sitting on a porch."), "wounded 4 exact");
  EXPECT_EQ(show("Police are investigating the shootings of three people."), "wounded 3 exact");
  EXPECT_EQ(show("They are looking into the fatal shooting of a 15-year-old boy."),
            "killed 1 exact");
  EXPECT_EQ(show("The bullet went through a wall, hitting a 70-year-old man."), "wounded 1 exact");
  EXPECT_EQ(show("A teen is recovering after the accident."), "wounded 1 exact");
  EXPECT_EQ(show("The boy is expected to survive."), "wounded 1 exact");
  EXPECT_EQ(show("Both were fatally shot on the porch."), "killed 2 exact");
  EXPECT_EQ(show("One teen is dead and another seriously injured."),
            "killed 1 exact; wounded 1 exact");
  EXPECT_EQ(show("A teen girl was injured in the crossfire."), "wounded 1 exact");
  EXPECT_EQ(show("A ninth-grader died Friday."), "killed 1 exact");
  EXPECT_EQ(show("Officers found Sam Doe and Jo Roe, both 31, with gunshot wounds."), "");
  EXPECT_EQ(show("The two men who were hurt were ages 19 and 23."), "wounded 2 exact");
  EXPECT_EQ(show("He fired twice, killing him."), "killed 1 exact");
  EXPECT_EQ(show("Officers found Doe had been fatally wounded."), "killed 1 exact");
  EXPECT_EQ(show("Sam Doe was found deceased in his car."), "killed 1 exact");
  EXPECT_EQ(show("A 16-year old was shot and killed."), "killed 1 exact");
  EXPECT_EQ(show("The victim was taken to a hospital but died after arrival."), "killed 1 exact");
  EXPECT_EQ(show("He was rushed to a hospital and was pronounced dead."), "killed 1 exact");
  EXPECT_EQ(show("He was taken to a hospital and released."), "wounded 1 exact");
  EXPECT_EQ(show("A teen was struck by what may have been celebratory gunfire."),
            "wounded 1 exact");
}

TEST(Figures, ListsAndHospitals) {
  EXPECT_EQ(show("A man, woman and boy were wounded late Tuesday."), "wounded 3 exact");
  EXPECT_EQ(show("A gunman opened fire, sending two people to the hospital."), "wounded 2 exact");
  EXPECT_EQ(show("The shooting sent two to the hospital."), "wounded 2 exact");
  EXPECT_EQ(show("They sent two letters to the hospital."), "");
  EXPECT_EQ(show("A man and two girls were shot to death."), "killed 3 exact; killed 2 exact");
  EXPECT_EQ(show("Two guards and four locals died."), "killed 2 exact; killed 4 exact");
  EXPECT_EQ(hit_or_survived("Police found three additional patients with gunshot wounds."),
            "survived");
}

TEST(Figures, TheKillerWhoTakesTheirOwnLifeIsCounted) {
  EXPECT_EQ(show("A woman killed her two daughters before killing herself."), "killed 3 exact");
  EXPECT_EQ(show("The man killed his wife, then turned the gun on himself."), "killed 2 exact");
  EXPECT_EQ(show("He shot his wife before turning the gun on himself."), "wounded 1 exact");
  EXPECT_EQ(show("He accidentally shot himself in the leg."), "wounded 1 exact");
}

TEST(Figures, HitOrSurvived) {
  EXPECT_EQ(hit_or_survived("Two people were shot, one fatally, on Sunday."), "hit");
  EXPECT_EQ(hit_or_survived("The girl was taken to a local hospital."), "hit");
  EXPECT_EQ(hit_or_survived("A neighbor found a man suffering from a gunshot wound."), "hit");
  EXPECT_EQ(hit_or_survived("Three guards were wounded."), "survived");
  EXPECT_EQ(hit_or_survived("A woman is in critical condition."), "survived");
  EXPECT_EQ(hit_or_survived("A 30-year-old man was also shot."), "survived");  // one more
  EXPECT_EQ(hit_or_survived("Two men were killed."), "");
}

}  // namespace
}  // namespace dossier
