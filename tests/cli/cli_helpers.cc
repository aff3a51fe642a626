#include <sqlite3.h>
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "cli_test.h"

namespace dossier::test {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::filesystem::path scratch_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() /
             ("dossier-test-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

Result dossier(const std::string& args, const std::string& stdin_file) {
  return shell(std::string(DOSSIER_BINARY) + " " + args, stdin_file);
}

Result python(const std::string& script, const std::string& args) {
  return shell(std::string(DOSSIER_PYTHON) + " " + DOSSIER_SOURCE_DIR + "/tests/cli/" + script +
               " " + args);
}

Result shell(const std::string& command, const std::string& stdin_file) {
  static int counter = 0;
  auto base = std::filesystem::temp_directory_path() /
              ("dossier-run-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::string cmd = command + " >" + base.string() + ".out 2>" + base.string() + ".err" +
                    (stdin_file.empty() ? " </dev/null" : " <" + stdin_file);
  int status = std::system(cmd.c_str());
  Result r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(base.string() + ".out");
  r.err = read_file(base.string() + ".err");
  std::filesystem::remove(base.string() + ".out");
  std::filesystem::remove(base.string() + ".err");
  return r;
}

Result dossier_within(int seconds, const std::string& args) {
  return shell("timeout -s KILL " + std::to_string(seconds) + " " + DOSSIER_BINARY + " " + args);
}

std::string sql_value(const std::filesystem::path& db, const std::string& sql) {
  sqlite3* h = nullptr;
  std::string out;
  if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    out = std::string("error: ") + sqlite3_errmsg(h);
    sqlite3_close(h);
    return out;
  }
  sqlite3_stmt* st = nullptr;
  int rc = sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr);
  if (rc == SQLITE_OK) rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) {
    const unsigned char* text = sqlite3_column_text(st, 0);
    out = text != nullptr ? reinterpret_cast<const char*>(text) : "";
  } else if (rc != SQLITE_DONE) {
    out = std::string("error: ") + sqlite3_errmsg(h);
  }
  sqlite3_finalize(st);
  sqlite3_close(h);
  return out;
}

}  // namespace dossier::test
