// The search query path on arbitrary queries: quote_terms() (the rewriter behind queries
// that FTS5 cannot parse) and search_documents() on a small store. A bad query throws
// dossier::Error (never anything else, never a crash).
#include <memory>

#include "dossier/core/error.h"
#include "dossier/store/search.h"
#include "dossier/store/store.h"
#include "fuzz_check.h"

namespace {

using dossier::fuzz::check;

dossier::Store& store() {
  static const std::unique_ptr<dossier::Store> s = [] {
    auto opened = dossier::Store::open(":memory:");
    check(opened != nullptr, "an in-memory store opens");
    const char* texts[] = {"A car bomb exploded in Kabul on Monday, killing five people.",
                           "Gunmen attacked a concert hall near Moscow; ISIS-K claimed it.",
                           "Al-Shabaab's fighters stormed a hotel in Mogadishu."};
    int n = 0;
    for (const char* text : texts) {
      dossier::Document doc;
      doc.source = "doc" + std::to_string(++n) + ".txt";
      doc.format = "txt";
      doc.text = text;
      opened->add_document(doc, "en");
    }
    return opened;
  }();
  return *s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view query = dossier::fuzz::bytes_of(data, size);
  const std::string quoted = dossier::quote_terms(query);
  if (!quoted.empty()) {
    check(quoted.front() == '"' && quoted.back() == '"', "quoted terms are FTS5 strings");
  }
  try {
    const auto hits = dossier::search_documents(store().handle(), query, 5);
    check(hits.size() <= 5, "at most limit hits");
    for (const auto& hit : hits)
      check(hit.document >= 1 && hit.document <= 3, "hits are documents");
  } catch (const dossier::StoreError&) {
    check(false, "a query is never an I/O failure");
  } catch (const dossier::Error&) {
    // an invalid query: reported, not crashed
  }
  return 0;
}
