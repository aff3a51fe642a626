#include "dossier/store/figure_claims.h"

#include <limits>

#include "dossier/store/document_pages.h"
#include "dossier/store/store.h"

namespace dossier {

std::vector<IncidentClaim> read_figure_claims(Store& store, std::int64_t only_event) {
  Statement q(store.handle(),
              "SELECT de.event, f.measure, d.id, d.published, f.low, f.high, f.qualifier, "
              "CAST(substr(CAST(d.text AS BLOB), f.start + 1, f.end - f.start) AS TEXT), "
              "CAST(substr(CAST(d.text AS BLOB), f.sentence_start + 1, "
              "f.sentence_end - f.sentence_start) AS TEXT), f.attributed_to, f.hedges, f.hit, " +
                  page_at_sql("d.id", "f.start") +
                  " FROM figures f JOIN doc_events de ON de.id = f.doc_event "
                  "JOIN documents d ON d.id = de.document "
                  "WHERE de.event BETWEEN ?1 AND ?2 "
                  "ORDER BY de.event, f.measure, d.published = '', d.published, d.id, f.start");
  // A range rather than "?1 = 0 OR ...", so one event's figures are read by index.
  q.bind(1, only_event ? only_event : std::int64_t{1});
  q.bind(2, only_event ? only_event : std::numeric_limits<std::int64_t>::max());
  std::vector<IncidentClaim> out;
  while (q.step())
    out.push_back({q.column_int(0), q.column_text(1),
                   FigureClaim{q.column_int(2), q.column_text(3), q.column_int(4), q.column_int(5),
                               q.column_text(6), q.column_text(7), q.column_text(8),
                               q.column_text(9), q.column_text(10), q.column_int(11) != 0,
                               q.column_is_null(12) ? 0 : q.column_int(12)}});
  return out;
}

std::vector<std::string> split_hedges(std::string_view hedges) {
  std::vector<std::string> out;
  while (!hedges.empty()) {
    std::size_t comma = hedges.find(',');
    out.emplace_back(hedges.substr(0, comma));
    hedges = comma == std::string_view::npos ? std::string_view() : hedges.substr(comma + 1);
  }
  return out;
}

}  // namespace dossier
