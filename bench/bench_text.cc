#include "bench_text.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dossier::bench {
namespace {

constexpr long long kMaxBytes = 1'000'000;

const char* const kBuiltIn[] = {
    "KANDAHAR, Afghanistan (Reuters) - A suicide bomber struck a crowded market in Kandahar on "
    "March 3, killing at least 12 people and wounding 30, police said. The Islamic State "
    "Khorasan Province (ISKP) claimed the attack. Provincial governor Amina Haddad said between "
    "14 and 20 people had died by Tuesday evening.\n\n\"We heard two explosions,\" said Tariq "
    "Rahimi, a shopkeeper. Afghan forces arrested five suspects in Kabul on 4 March 2024.\n",
    "MAIDUGURI, Nigeria (AP) - Boko Haram fighters attacked a refugee camp near Maiduguri late "
    "on Saturday, leaving more than 40 dead, the army spokesman Kofi Mensah said. Nigerian "
    "officials said about 60 people were taken to hospital. President Bola Tinubu condemned the "
    "raid and the United Nations said 2,300 civilians were killed in Borno State in 2023.\n",
};

std::vector<std::string> load() {
  std::vector<std::string> docs;
  const char* dir = std::getenv("DOSSIER_BENCH_CORPUS");
  if (dir != nullptr && std::filesystem::is_directory(dir)) {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    long long total = 0;
    for (const auto& f : files) {
      if (total >= kMaxBytes) break;
      std::ifstream in(f, std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      docs.push_back(text.str());
      total += static_cast<long long>(docs.back().size());
    }
  }
  if (docs.empty())
    for (int copy = 0; copy < 20; ++copy)
      for (const char* text : kBuiltIn) docs.emplace_back(text);
  return docs;
}

}  // namespace

const std::vector<std::string>& sample_documents() {
  static const std::vector<std::string> docs = load();
  return docs;
}

long long sample_bytes() {
  long long total = 0;
  for (const std::string& d : sample_documents()) total += static_cast<long long>(d.size());
  return total;
}

}  // namespace dossier::bench
