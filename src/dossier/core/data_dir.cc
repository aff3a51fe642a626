#include "dossier/core/data_dir.h"

#include <cstdlib>

namespace dossier {

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("DOSSIER_DATA"); env && *env) return env;
  return DOSSIER_DATA_DIR;
}

}  // namespace dossier
