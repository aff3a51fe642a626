// Runs the built `dossier` binary in a scratch directory and captures its output.
#pragma once

#include <filesystem>
#include <string>

namespace dossier::test {

struct Result {
  int code = -1;
  std::string out, err;
};

// Runs `dossier ARGS` (a shell fragment) with stdout and stderr captured.
Result dossier(const std::string& args, const std::string& stdin_file = "");

// Runs a shell command line with stdout and stderr captured.
Result shell(const std::string& command, const std::string& stdin_file = "");

// Runs tests/cli/SCRIPT ARGS with the Debian python3 (DOSSIER_PYTHON).
Result python(const std::string& script, const std::string& args);

// A fresh empty directory under the system temp dir, removed by the caller.
std::filesystem::path scratch_dir(const std::string& name);

// Writes bytes to a file.
void write_file(const std::filesystem::path& path, const std::string& bytes);

std::string read_file(const std::filesystem::path& path);

}  // namespace dossier::test
