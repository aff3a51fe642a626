// train-incidents and evaluate-incidents on a tiny registry of invented shootings.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "cli_test.h"

namespace dossier::test {
namespace {

namespace fs = std::filesystem;

class IncidentsCli : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = scratch_dir("incidents_cli");
    // Four invented local reports about three shootings.
    write_file(
        dir_ / "pages.jsonl",
        R"({"id": "p1", "title": "Man shot in Springfield", "published": "2024-05-08", "text": "SPRINGFIELD, Ill. - A man was shot and killed late Tuesday night on Elm Street, police said."}
{"id": "p2", "title": "Victim named", "published": "2024-05-09", "text": "Police in Springfield, Ill., named the man who was shot Tuesday night on Elm Street."}
{"id": "p3", "title": "Teen wounded in Troy", "published": "2024-06-03", "text": "TROY, Mich. - A teenager was wounded when gunfire erupted at a party early Sunday."}
{"id": "p4", "title": "Two shot in Mobile", "published": "2024-07-01", "text": "MOBILE, Ala. - Two people were shot, one fatally, outside a store on Saturday night."}
)");
    write_file(dir_ / "registry.json", R"({"incidents": {
  "i1": {"date": "2024-05-07", "state": "Illinois", "city": "Springfield", "killed": 1, "injured": 0, "documents": ["p1", "p2"]},
  "i2": {"date": "2024-06-02", "state": "Michigan", "city": "Troy", "killed": 0, "injured": 1, "documents": ["p3"]},
  "i3": {"date": "2024-06-29", "state": "Alabama", "city": "Mobile", "killed": 1, "injured": 1, "documents": ["p4"]}}})");
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string at(const std::string& name) const { return "'" + (dir_ / name).string() + "'"; }
  fs::path dir_;
};

TEST_F(IncidentsCli, TrainsCrossValidatesAndWritesBothModels) {
  const Result r = dossier("train-incidents " + at("pages.jsonl") + " " + at("registry.json") +
                           " --folds 2 --out " + at("models"));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("pages.jsonl\n  date: 4 reports, right candidate proposed"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("2-fold model"), std::string::npos) << r.out;
  ASSERT_TRUE(fs::exists(dir_ / "models" / "date.model"));
  ASSERT_TRUE(fs::exists(dir_ / "models" / "place.model"));
  EXPECT_EQ(read_file(dir_ / "models" / "date.model").rfind("# dossier train-incidents", 0), 0u);

  const Result e = dossier("evaluate-incidents " + at("pages.jsonl") + " " + at("registry.json") +
                           " --misses 5");
  ASSERT_EQ(e.code, 0) << e.err;
  EXPECT_NE(e.out.find("  date: 4 reports"), std::string::npos) << e.out;
  EXPECT_NE(e.out.find("  place: 4 reports"), std::string::npos) << e.out;
}

TEST_F(IncidentsCli, BadArgumentsAndGoldAreErrorsNamingTheFile) {
  const Result odd = dossier("train-incidents " + at("pages.jsonl"));
  EXPECT_NE(odd.code, 0);
  EXPECT_FALSE(odd.err.empty());

  const Result missing = dossier("train-incidents " + at("pages.jsonl") + " " + at("none.json"));
  EXPECT_EQ(missing.code, 2);
  EXPECT_NE(missing.err.find("none.json"), std::string::npos) << missing.err;

  write_file(dir_ / "odd.json", R"({"records": []})");
  const Result kind = dossier("train-incidents " + at("pages.jsonl") + " " + at("odd.json"));
  EXPECT_EQ(kind.code, 2);
  EXPECT_NE(kind.err.find("odd.json: neither a registry"), std::string::npos) << kind.err;

  write_file(dir_ / "other.json",
             R"({"incidents": {"x": {"date": "2024-01-01", "documents": ["zz"]}}})");
  const Result none = dossier("train-incidents " + at("pages.jsonl") + " " + at("other.json"));
  EXPECT_EQ(none.code, 2);
  EXPECT_NE(none.err.find("no report the gold names"), std::string::npos) << none.err;
}

}  // namespace
}  // namespace dossier::test
