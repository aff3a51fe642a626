#include "dossier/serve/store_pool.h"

namespace dossier::serve {

StorePool::StorePool(const std::filesystem::path& path, std::size_t size) {
  for (std::size_t i = 0; i < std::max<std::size_t>(size, 1); ++i)
    free_.push_back(Store::open_read_only(path));
}

StorePool::Lease::Lease(StorePool& pool, std::unique_ptr<Store> store)
    : pool_(pool), store_(std::move(store)) {}

StorePool::Lease::~Lease() {
  {
    std::lock_guard lock(pool_.mutex_);
    pool_.free_.push_back(std::move(store_));
  }
  pool_.returned_.notify_one();
}

StorePool::Lease StorePool::acquire() {
  std::unique_lock lock(mutex_);
  returned_.wait(lock, [&] { return !free_.empty(); });
  std::unique_ptr<Store> store = std::move(free_.back());
  free_.pop_back();
  return Lease(*this, std::move(store));
}

}  // namespace dossier::serve
