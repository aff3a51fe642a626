// The flat record of an incident (query/scope_incidents.h) that the CSV incident table and
// the GeoJSON properties share.
#pragma once

#include <nlohmann/json.hpp>

#include "dossier/query/scope_incidents.h"

namespace dossier {

// The record, in column order: id, name, date, date_precision, type, country, place,
// latitude, longitude, perpetrators, targets (arrays of names), then for killed, wounded
// and arrested the best estimate's lower bound and the lowest and highest reported value
// (<measure>, <measure>_low, <measure>_high; null when none was reported), sources (how
// many documents), conflicts (measures whose sources disagree) and source_list. Unknown
// values are null.
nlohmann::ordered_json incident_record(const IncidentRow& row);

}  // namespace dossier
