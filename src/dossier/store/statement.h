// A thin RAII layer over the SQLite C API: prepared statements with bind/step/column
// helpers, and exec() for scripts. Every SQLite failure becomes a StoreError whose message
// names the failing SQL, so callers never check return codes.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "dossier/core/error.h"

namespace dossier {

// Thrown by everything in the store when SQLite reports an error (I/O, constraint,
// malformed SQL, full disk...). what() is "<SQLite's message> (in: <SQL>)"; code() is the
// SQLite extended result code and sqlite_message() SQLite's message alone.
class StoreError : public Error {
 public:
  StoreError(int code, std::string sqlite_message, std::string_view sql);
  int code() const { return code_; }
  const std::string& sqlite_message() const { return sqlite_message_; }

 private:
  int code_;
  std::string sqlite_message_;
};

// Runs one or more ';'-separated statements that return no rows of interest.
// Throws StoreError on failure.
void exec(sqlite3* db, std::string_view sql);

// One prepared statement. Not thread-safe; owned by one connection's user.
// Typical use:
//   Statement s(db, "SELECT id FROM documents WHERE source = ?");
//   s.bind(1, source);
//   while (s.step()) use(s.column_int(0));
class Statement {
 public:
  // Prepares `sql` (a single statement). Throws StoreError naming the SQL on failure.
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Binds parameter `index` (1-based). Text and blobs are copied, so the argument need not
  // outlive the call.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::string& text) {
    return bind(index, std::string_view(text));
  }
  Statement& bind_blob(int index, const void* data, std::size_t size);
  Statement& bind_null(int index);

  // Binds the arguments to parameters 1, 2, ... in order.
  template <typename... Args>
  Statement& bind_all(const Args&... args) {
    int index = 0;
    (bind(++index, args), ...);
    return *this;
  }

  // Advances to the next row: true when a row is available, false when the statement has
  // finished (it is then reset, keeping its bindings). Throws StoreError on failure (the
  // statement is reset first).
  bool step();

  // Steps until done (for INSERT/UPDATE/DELETE), then resets.
  void run();

  // Ends any pending execution and clears bindings, ready for reuse.
  void reset();

  // Column accessors for the current row (0-based). Text views stay valid until the next
  // step(), reset() or destruction.
  bool column_is_null(int column) const;
  std::int64_t column_int(int column) const;
  double column_double(int column) const;
  std::string_view column_view(int column) const;
  std::string column_text(int column) const { return std::string(column_view(column)); }
  std::string_view column_blob(int column) const;

  sqlite3_stmt* get() const { return stmt_; }

 private:
  [[noreturn]] void fail(int rc) const;

  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace dossier
