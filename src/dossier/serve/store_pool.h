// A fixed set of read-only connections to one store, shared by the server's worker threads:
// a Store is one SQLite connection and serves one thread at a time.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "dossier/store/store.h"

namespace dossier::serve {

class StorePool {
 public:
  // Opens `size` (>= 1) read-only connections to the store at `path`. Throws Error as
  // Store::open_read_only does.
  StorePool(const std::filesystem::path& path, std::size_t size);

  // A connection held by one caller until the lease is destroyed.
  class Lease {
   public:
    Lease(StorePool& pool, std::unique_ptr<Store> store);
    ~Lease();
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Store& operator*() { return *store_; }

   private:
    StorePool& pool_;
    std::unique_ptr<Store> store_;
  };

  // Waits for a free connection and lends it.
  Lease acquire();

 private:
  std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<Store>> free_;
};

}  // namespace dossier::serve
