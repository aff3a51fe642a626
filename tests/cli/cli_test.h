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

// A fresh empty directory under the system temp dir, removed by the caller.
std::filesystem::path scratch_dir(const std::string& name);

// Writes bytes to a file.
void write_file(const std::filesystem::path& path, const std::string& bytes);

std::string read_file(const std::filesystem::path& path);

}  // namespace dossier::test
