// Large allocations of the CLI on transparent huge pages.
//
// A 1,000,000-row RFM import touches ~40 MB of fresh memory (the customer table, the customer
// map, the sort keys); on 4 KiB pages that is ~10,000 page faults, and on a virtual machine they
// cost a quarter of the run. Linux, with transparent huge pages in "madvise" mode (Debian's
// default), backs a range with 2 MiB pages once it is advised so: the same run then takes ~3,000
// faults. So the CLI's operator new advises the 2 MiB-aligned inside of every block of 2 MiB or
// more. Nothing else changes: the memory still comes from malloc and goes back with free, and
// where the advice is refused (no THP, another kernel) it is ignored. The core does no memory
// management of its own, and the browser's wasm heap is one linear memory, so this lives here.
#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <new>

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

void* allocate(std::size_t n) {
  void* p = std::malloc(n == 0 ? 1 : n);
  if (p == nullptr) return nullptr;
#ifdef MADV_HUGEPAGE
  if (n >= kHugePage) {
    const auto begin = (reinterpret_cast<std::uintptr_t>(p) + kHugePage - 1) & ~(kHugePage - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(p) + n) & ~(kHugePage - 1);
    if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
  }
#endif
  return p;
}

}  // namespace

void* operator new(std::size_t n) {
  if (void* p = allocate(n)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
  if (void* p = allocate(n)) return p;
  throw std::bad_alloc();
}
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return allocate(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return allocate(n); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
