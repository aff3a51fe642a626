// export: the knowledge base as JSON, STIX 2.1, GraphML, CSV or GeoJSON.
#include <iostream>

#include "cli/commands.h"
#include "dossier/export/csv_export.h"
#include "dossier/export/geojson_export.h"
#include "dossier/export/graphml_export.h"
#include "dossier/export/json_export.h"
#include "dossier/export/stix_export.h"
#include "dossier/query/export_scope.h"

namespace dossier::cli {

void add_export(CLI::App& app, Common& common, Runner* run) {
  auto* cmd = app.add_subcommand("export", "write the knowledge base for other tools");
  auto format = std::make_shared<std::string>("json");
  auto policy = std::make_shared<std::string>("conservative");
  auto table = std::make_shared<std::string>("incidents");
  auto filter = std::make_shared<ExportFilter>();
  cmd->add_option("--format,-f", *format, "json | stix | graphml | csv | geojson")
      ->check(CLI::IsMember({"json", "stix", "graphml", "csv", "geojson"}));
  cmd->add_option("--policy", *policy, "best-estimate policy: conservative | latest")
      ->check(CLI::IsMember({"conservative", "latest"}));
  cmd->add_option("--table", *table, "csv table: incidents | figures | entities | mentions")
      ->check(CLI::IsMember({"incidents", "figures", "entities", "mentions"}));
  cmd->add_option("--from", filter->from, "first date (YYYY[-MM[-DD]]): incident or publication");
  cmd->add_option("--to", filter->to, "last date (YYYY[-MM[-DD]])");
  cmd->add_option("--type", filter->type,
                  "incident type (attack, bombing, ...); entity type for csv entities/mentions");
  cmd->add_option("--entity", filter->entity, "e<N> or a name: incidents involving it");
  cmd->callback([=, &common] {
    *run = [=, &common] {
      auto store = open_store(common);
      if (!store) return kError;
      EstimatePolicy p;
      parse_policy(*policy, &p);
      if (*format == "json") {
        if (!filter->empty()) {
          std::cerr << "dossier: --format json exports the whole store; filters apply to the "
                       "other formats\n";
          return kError;
        }
        write_json_export(*store, p, std::cout);
        return kOk;
      }
      bool entity_table = *format == "csv" && (*table == "entities" || *table == "mentions");
      ExportScope scope(*store, *filter,
                        entity_table ? ExportSubject::kEntities : ExportSubject::kIncidents);
      if (!scope.entity_found()) {
        std::cerr << "dossier: no entity " << filter->entity << "\n";
        return kRejected;
      }
      if (*format == "stix") {
        write_stix_export(*store, p, std::cout);
      } else if (*format == "graphml") {
        write_graphml_export(*store, std::cout);
      } else if (*format == "csv") {
        write_csv_export(*store, *parse_csv_table(*table), p, std::cout);
      } else {
        GeojsonSummary s = write_geojson_export(*store, p, std::cout);
        if (s.unplaced)
          std::cerr << "dossier: " << s.unplaced << " incident" << (s.unplaced == 1 ? "" : "s")
                    << " without coordinates left out\n";
      }
      return kOk;
    };
  });
}

}  // namespace dossier::cli
