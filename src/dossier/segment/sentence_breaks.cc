#include "dossier/segment/sentence_breaks.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

#include "dossier/core/error.h"

namespace dossier {
namespace {

icu::BreakIterator& thread_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || it == nullptr) {
      throw Error(std::string("ICU sentence break iterator: ") + u_errorName(status));
    }
    return it;
  }();
  return *iterator;
}

}  // namespace

std::vector<std::uint32_t> icu_sentence_breaks(std::string_view text) {
  std::vector<std::uint32_t> breaks;
  if (text.empty()) return breaks;
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  icu::BreakIterator& it = thread_iterator();
  it.setText(utext, status);
  if (U_FAILURE(status)) {
    utext_close(utext);
    throw Error(std::string("ICU sentence breaks: ") + u_errorName(status));
  }
  for (std::int32_t b = it.next(); b != icu::BreakIterator::DONE; b = it.next()) {
    if (static_cast<std::size_t>(b) < text.size()) breaks.push_back(static_cast<std::uint32_t>(b));
  }
  // The iterator keeps a shallow clone of `utext`; it is not used again before the next
  // setText.
  utext_close(utext);
  return breaks;
}

}  // namespace dossier
