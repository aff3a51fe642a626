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

}  // namespace dossier::test
