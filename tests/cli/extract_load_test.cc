// extract + load: the sample corpus split in four, extracted by four processes in
// parallel and loaded in order, gives the store a plain ingest gives.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <vector>

#include "cli_test.h"

namespace dossier::test {
namespace {

const std::filesystem::path kReports =
    std::filesystem::path(DOSSIER_SOURCE_DIR) / "examples/reports";

// The resolution a store holds: which global entity and event each document-level
// record joined, and by which rule.
std::string links(const std::filesystem::path& db) {
  sqlite3* h = nullptr;
  sqlite3_open(db.c_str(), &h);
  std::string out;
  sqlite3_exec(
      h,
      "SELECT document || ' ' || name || ' e' || entity || ' ' || rule FROM doc_entities "
      "UNION ALL SELECT document || ' ' || name || ' v' || event || ' ' || rule FROM doc_events",
      [](void* s, int, char** v, char**) {
        *static_cast<std::string*>(s) += std::string(v[0] ? v[0] : "") + "\n";
        return 0;
      },
      &out, nullptr);
  sqlite3_close(h);
  return out;
}

TEST(ExtractLoad, FourParallelShardsEqualOneIngest) {
  auto dir = scratch_dir("extract-load");
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(kReports))
    files.push_back(e.path().string());
  std::sort(files.begin(), files.end());  // the order ingest reads a directory in
  ASSERT_EQ(files.size(), 7u);

  Result ingest = dossier("ingest " + kReports.string() + " --db " + (dir / "ingest.db").string());
  ASSERT_EQ(ingest.code, 0) << ingest.err;

  // Four consecutive shards, extracted by four processes at once.
  std::string script, outputs;
  for (std::size_t s = 0; s < 4; ++s) {
    std::string shard;
    for (std::size_t i = s * files.size() / 4; i < (s + 1) * files.size() / 4; ++i)
      shard += " " + files[i];
    std::string out = (dir / ("shard" + std::to_string(s) + ".jsonl")).string();
    script += std::string(DOSSIER_BINARY) + " extract --jobs 1" + shard + " >" + out + " & ";
    outputs += " " + out;
  }
  Result extract = shell("(" + script + "wait)");
  ASSERT_EQ(extract.code, 0) << extract.err;
  Result load = dossier("load" + outputs + " --db " + (dir / "load.db").string());
  ASSERT_EQ(load.code, 0) << load.err;
  EXPECT_EQ(load.out, ingest.out);  // read 8, new 8, ...

  Result a = dossier("export --db " + (dir / "ingest.db").string());
  Result b = dossier("export --db " + (dir / "load.db").string());
  ASSERT_EQ(a.code, 0);
  EXPECT_GT(a.out.size(), 10000u);
  EXPECT_EQ(a.out, b.out);
  EXPECT_EQ(links(dir / "ingest.db"), links(dir / "load.db"));
  EXPECT_EQ(dossier("export --format stix --db " + (dir / "ingest.db").string()).out.size(),
            dossier("export --format stix --db " + (dir / "load.db").string()).out.size());
  std::filesystem::remove_all(dir);
}

TEST(ExtractLoad, StdinLinesAndMalformedInput) {
  auto dir = scratch_dir("extract-stdin");
  Result lines = dossier("extract", (kReports / "wire.jsonl").string());
  ASSERT_EQ(lines.code, 0) << lines.err;
  EXPECT_EQ(std::count(lines.out.begin(), lines.out.end(), '\n'), 2);  // one per JSON line
  write_file(dir / "lines.jsonl", lines.out + "{\"document\": 1}\nnot json\n");
  Result load =
      dossier("load " + (dir / "lines.jsonl").string() + " --db " + (dir / "s.db").string());
  EXPECT_EQ(load.code, 1);
  EXPECT_NE(load.out.find("read 2, new 2, duplicate 0, rejected 2"), std::string::npos) << load.out;
  EXPECT_NE(load.err.find("lines.jsonl:line 3: error:"), std::string::npos) << load.err;
  EXPECT_NE(load.err.find("lines.jsonl:line 4: error: not JSON"), std::string::npos) << load.err;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dossier::test
