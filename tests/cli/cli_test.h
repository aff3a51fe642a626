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

// The same, killed after `seconds` (code 137 then): for commands that once hung.
Result dossier_within(int seconds, const std::string& args);

// The first column of the first row `sql` returns on the SQLite database `db`, as text;
// "" when there is none, "error: <message>" when the statement fails.
std::string sql_value(const std::filesystem::path& db, const std::string& sql);

// A fresh empty directory under the system temp dir, removed by the caller.
std::filesystem::path scratch_dir(const std::string& name);

// Writes bytes to a file.
void write_file(const std::filesystem::path& path, const std::string& bytes);

std::string read_file(const std::filesystem::path& path);

}  // namespace dossier::test
