#include "dossier/serve/pages.h"

#include <httplib.h>

#include "dossier/core/markup_escape.h"
#include "dossier/query/entities.h"
#include "dossier/query/events.h"
#include "dossier/query/graph.h"
#include "dossier/query/page_cite.h"
#include "dossier/serve/html.h"
#include "dossier/serve/request_params.h"
#include "dossier/serve/svg.h"

namespace dossier::serve {
namespace {

using Req = httplib::Request;
using Res = httplib::Response;

void send(Res& res, std::string_view title, const std::string& body) {
  res.set_content(layout(title, body), "text/html; charset=utf-8");
}

std::string link(const std::string& href, std::string_view text) {
  return "<a href=\"" + html_escape(href) + "\">" + html_escape(text) + "</a>";
}

std::string or_dash(const std::string& s) { return s.empty() ? "\u2013" : s; }

std::string range_text(std::int64_t low, std::int64_t high) {
  return low == high ? std::to_string(low) : std::to_string(low) + "\u2013" + std::to_string(high);
}

// "Next page" and "previous page" links keeping the request's other parameters.
std::string pager(const Req& req, Page page, std::size_t shown) {
  auto href = [&](std::int64_t offset) {
    std::string query;
    for (const auto& [key, value] : req.params)
      if (key != "offset") query += key + "=" + url_encode(value) + "&";
    return req.path + "?" + query + "offset=" + std::to_string(offset);
  };
  std::string out = "<nav class=\"pager\" aria-label=\"Pages\">";
  if (page.offset > 0)
    out += link(href(std::max<std::int64_t>(0, page.offset - page.limit)), "\u2190 previous");
  if (static_cast<std::int64_t>(shown) >= page.limit)
    out += link(href(page.offset + page.limit), "next \u2192");
  return out + "</nav>";
}

std::string search_results(const std::vector<SearchHit>& hits, Page page) {
  std::string out = "<ol class=\"hits\" start=\"" + std::to_string(page.offset + 1) + "\">";
  for (const SearchHit& h : hits)
    out += "<li>" +
           link("/documents/" + std::to_string(h.document), h.title.empty() ? h.source : h.title) +
           " <span class=\"meta\">" + html_escape(or_dash(h.published)) +
           "</span><p class=\"snippet\">" + snippet_html(h.snippet) + "</p></li>";
  if (hits.empty()) out += "<li>No report matches.</li>";
  return out + "</ol>";
}

void home(StorePool& pool, const Req&, Res& res) {
  auto store = pool.acquire();
  StoreSummary s = summarize(*store);
  std::string body = "<p>" + std::to_string(s.counts.documents) + " documents, " +
                     std::to_string(s.counts.entities) + " entities, " +
                     std::to_string(s.counts.events) + " incidents, " +
                     std::to_string(s.counts.figures) +
                     " figures.</p><h2>Most reported entities</h2><ul>";
  for (const ReportedEntity& e : s.top_entities)
    body += "<li>" + link("/entities/" + std::to_string(e.id), e.name) + " <span class=\"meta\">" +
            html_escape(e.type) + ", " + std::to_string(e.documents) + " documents</span></li>";
  body += "</ul><h2>Most reported incidents</h2><ul>";
  for (const ReportedEvent& e : s.top_events)
    body += "<li>" + link("/incidents/" + std::to_string(e.id), e.name) + " <span class=\"meta\">" +
            html_escape(or_dash(e.date)) + "</span></li>";
  send(res, "Knowledge base", body + "</ul>");
}

void search_page(StorePool& pool, const Req& req, Res& res) {
  std::string q = param(req, "q");
  Page page = page_params(req, 20);
  std::string body =
      "<form action=\"/search\" method=\"get\"><label for=\"q2\">Query</label> "
      "<input id=\"q2\" name=\"q\" type=\"search\" value=\"" +
      html_escape(q) + "\"> <button>Search</button></form>";
  if (!q.empty()) {
    auto store = pool.acquire();
    std::vector<SearchHit> hits = search_or_400(*store, q, page);
    body += search_results(hits, page) + pager(req, page, hits.size());
  }
  send(res, q.empty() ? "Search" : "Search: " + q, body);
}

}  // namespace

std::string document_text_html(const std::string& text,
                               const std::vector<DocumentMention>& mentions,
                               const std::string& mark,
                               const std::vector<std::size_t>& page_starts) {
  std::size_t mark_start = mark.empty() ? std::string::npos : text.find(mark);
  std::size_t mark_end = mark_start == std::string::npos ? mark_start : mark_start + mark.size();
  auto crosses_mark = [&](std::size_t s, std::size_t e) {
    return mark_start != std::string::npos &&
           ((s < mark_start && e > mark_start) || (s < mark_end && e > mark_end));
  };
  std::string out;
  std::size_t at = 0;
  std::size_t next_page = 0;  // index into page_starts of the next page break to show
  auto show_page_breaks = [&] {
    for (; next_page < page_starts.size() && page_starts[next_page] <= at; ++next_page) {
      const auto page = static_cast<std::int64_t>(next_page + 1);
      out += "<span class=\"page-break\" id=\"page-" + std::to_string(page) + "\">" +
             page_cite(page) + "</span>";
    }
  };
  auto copy_to = [&](std::size_t end) {
    while (at < end) {
      std::size_t stop = end;
      if (next_page < page_starts.size() && at < page_starts[next_page] &&
          page_starts[next_page] < stop)
        stop = page_starts[next_page];
      if (mark_start != std::string::npos && at < mark_start && mark_start < stop)
        stop = mark_start;
      if (mark_end != std::string::npos && at < mark_end && mark_end < stop) stop = mark_end;
      out += html_escape(std::string_view(text).substr(at, stop - at));
      at = stop;
      if (at == mark_end) out += "</mark>";
      show_page_breaks();
      if (at == mark_start) out += "<mark id=\"figure\" tabindex=\"-1\">";
    }
  };
  show_page_breaks();
  if (mark_start == 0) out += "<mark id=\"figure\" tabindex=\"-1\">";
  for (const DocumentMention& m : mentions) {
    auto s = static_cast<std::size_t>(m.start), e = static_cast<std::size_t>(m.end);
    if (s < at || e > text.size() || e <= s || crosses_mark(s, e)) continue;
    copy_to(s);
    std::string label = html_escape(std::string_view(text).substr(s, e - s));
    out += m.entity == 0
               ? "<span class=\"mention " + html_escape(m.type) + "\">" + label + "</span>"
               : "<a class=\"mention " + html_escape(m.type) + "\" href=\"/entities/" +
                     std::to_string(m.entity) + "\" title=\"" + html_escape(m.name) + "\">" +
                     label + "</a>";
    at = e;
    if (at == mark_end) out += "</mark>";
    show_page_breaks();
  }
  copy_to(text.size());
  return out;
}

namespace {

void documents_page(StorePool& pool, const Req& req, Res& res) {
  Page page = page_params(req, 50);
  auto store = pool.acquire();
  std::vector<DocumentListing> docs = list_documents(*store, page);
  std::string body =
      "<table><thead><tr><th>Title</th><th>Published</th><th>Language</th>"
      "<th>Source</th></tr></thead><tbody>";
  for (const DocumentListing& d : docs)
    body += "<tr><td>" +
            link("/documents/" + std::to_string(d.id), d.title.empty() ? "(untitled)" : d.title) +
            "</td><td>" + html_escape(or_dash(d.published)) + "</td><td>" +
            html_escape(or_dash(d.language)) + "</td><td>" + html_escape(d.source) + "</td></tr>";
  send(res, "Documents", body + "</tbody></table>" + pager(req, page, docs.size()));
}

void document_page(StorePool& pool, const Req& req, Res& res) {
  std::int64_t id = path_id(req);
  auto store = pool.acquire();
  std::optional<DocumentDetail> d = find_document_detail(*store, std::to_string(id));
  if (!d) throw HttpError(404, "no such document: " + std::to_string(id));
  const DocumentRow& r = d->document;
  std::string body = "<p class=\"meta\">" + html_escape(or_dash(r.published)) + " \u00b7 " +
                     html_escape(or_dash(r.language)) + " \u00b7 " + html_escape(r.source) + "</p>";
  if (!r.url.empty()) body += "<p class=\"meta\">URL (not fetched): " + html_escape(r.url) + "</p>";
  body +=
      "<article class=\"text\">" +
      document_text_html(r.text, document_mentions(*store, id), param(req, "mark"), r.page_starts) +
      "</article>";
  send(res, r.title.empty() ? "Document " + std::to_string(id) : r.title, body);
}

void entities_page(StorePool& pool, const Req& req, Res& res) {
  Page page = page_params(req, 50);
  EntityFilter filter{param(req, "type"), int_param(req, "document", 1, INT64_MAX)};
  auto store = pool.acquire();
  std::vector<EntityListing> list = list_entities(*store, filter, page);
  std::string body =
      "<form method=\"get\"><label for=\"type\">Type</label> <select id=\"type\" name=\"type\">";
  for (const char* t : {"", "person", "organization", "location", "group"})
    body += std::string("<option") + (filter.type == t ? " selected" : "") + " value=\"" + t +
            "\">" + (*t ? t : "any") + "</option>";
  body +=
      "</select> <button>Filter</button></form><table><thead><tr><th>Name</th><th>Type</th>"
      "<th>Documents</th><th>Mentions</th><th>Also written</th></tr></thead><tbody>";
  for (const EntityListing& e : list) {
    std::string aliases;
    for (const std::string& a : e.aliases) aliases += (aliases.empty() ? "" : "; ") + a;
    body += "<tr><td>" + link("/entities/" + std::to_string(e.id), e.name) + "</td><td>" +
            html_escape(e.type) + "</td><td>" + std::to_string(e.documents) + "</td><td>" +
            std::to_string(e.mentions) + "</td><td>" + html_escape(aliases) + "</td></tr>";
  }
  send(res, "Entities", body + "</tbody></table>" + pager(req, page, list.size()));
}

// The entity page lists this many (alias, document) rows; the API gives them all.
constexpr std::int64_t kAliasRows = 100;

void entity_page(StorePool& pool, const Req& req, Res& res) {
  std::int64_t id = path_id(req);
  auto store = pool.acquire();
  std::optional<EntityDetail> e = entity_detail(*store, id, {{kAliasRows, 0}, {50, 0}, {20, 0}});
  if (!e) throw HttpError(404, "no such entity: " + std::to_string(id));
  std::string body = "<p class=\"meta\">" + html_escape(e->type) +
                     (e->subtype.empty() ? "" : " \u00b7 " + html_escape(e->subtype)) +
                     (e->country.empty() ? "" : " \u00b7 " + html_escape(e->country)) + " \u00b7 " +
                     link("/graph/entity/" + std::to_string(id), "network") + "</p>";
  body +=
      "<h2>Names and why they were joined</h2><table><thead><tr><th>Written</th><th>Document</th>"
      "<th>Rule</th><th>Joined as</th></tr></thead><tbody>";
  for (const EntityAlias& a : e->aliases)
    body +=
        "<tr><td>" + html_escape(a.alias) + "</td><td>" +
        link("/documents/" + std::to_string(a.document), "document " + std::to_string(a.document)) +
        "</td><td>" + html_escape(a.rule) + "</td><td>" + html_escape(a.document_name) + " (" +
        html_escape(a.document_rule) + ")</td></tr>";
  body += "</tbody></table>";
  if (std::ssize(e->aliases) == kAliasRows)
    body += "<p class=\"meta\">The first " + std::to_string(kAliasRows) +
            " names; all of them: " + link("/api/entities/" + std::to_string(id), "the API") +
            ".</p>";
  body += "<h2>Mentions</h2><ul class=\"contexts\">";
  for (const MentionContext& m : e->mentions)
    body +=
        "<li>" +
        link("/documents/" + std::to_string(m.document), "document " + std::to_string(m.document)) +
        ": <q>" + html_escape(m.context) + "</q></li>";
  body += "</ul><h2>Reported with</h2><ul>";
  for (const CoEntity& c : e->cooccurring)
    body += "<li>" + link("/entities/" + std::to_string(c.id), c.name) + " <span class=\"meta\">" +
            html_escape(c.type) + ", " + std::to_string(c.documents) + " documents</span></li>";
  send(res, e->name, body + "</ul>");
}

std::string incident_rows(const std::vector<EventListing>& events) {
  std::string out =
      "<table><thead><tr><th>Date</th><th>Incident</th><th>Type</th><th>Place</th>"
      "<th>Documents</th></tr></thead><tbody>";
  for (const EventListing& e : events)
    out += "<tr><td>" + html_escape(or_dash(e.date)) + "</td><td>" +
           link("/incidents/" + std::to_string(e.id), e.name) + "</td><td>" + html_escape(e.type) +
           "</td><td>" + html_escape(or_dash(e.place)) + "</td><td>" + std::to_string(e.documents) +
           "</td></tr>";
  return out + "</tbody></table>";
}

// The filter fields of the incident list (`perpetrator` too when `by_perpetrator`).
std::string incident_filter_form(const Req& req, bool by_perpetrator = true) {
  std::string out = "<form method=\"get\" class=\"filters\">";
  for (const char* name : {"from", "to", "type", "place", "perpetrator"})
    if (by_perpetrator || std::string_view(name) != "perpetrator")
      out += std::string("<label>") + name + " <input name=\"" + name + "\" value=\"" +
             html_escape(param(req, name)) + "\"></label> ";
  return out + "<button>Filter</button></form>";
}

void incidents_page(StorePool& pool, const Req& req, Res& res) {
  Page page = page_params(req, 50);
  auto store = pool.acquire();
  std::vector<EventListing> events = filtered_events(*store, req, page);
  send(res, "Incidents",
       incident_filter_form(req) + incident_rows(events) + pager(req, page, events.size()));
}

std::string claims_table(const MeasureReport& r) {
  std::string out =
      "<table class=\"claims\"><thead><tr><th>Published</th><th>Figure</th><th>Sentence</th>"
      "<th>According to</th><th>Hedges</th></tr></thead><tbody>";
  for (const FigureClaim& c : r.claims)
    out +=
        "<tr><td>" + html_escape(or_dash(c.published)) + "</td><td>" + link(claim_href(c), c.text) +
        (c.page > 0 ? " <span class=\"meta\">" + page_cite(c.page) + "</span>" : "") + "</td><td>" +
        html_escape(c.sentence) + "</td><td>" + html_escape(or_dash(c.attributed_to)) +
        "</td><td>" + html_escape(or_dash(c.hedges)) + "</td></tr>";
  return out + "</tbody></table>";
}

void incident_page(StorePool& pool, const Req& req, Res& res) {
  std::int64_t id = path_id(req);
  EstimatePolicy policy = policy_param(req);
  auto store = pool.acquire();
  std::optional<EventDetail> d = event_detail(*store, id, policy);
  if (!d) throw HttpError(404, "no such incident: " + std::to_string(id));
  std::string names[2];
  for (int i = 0; i < 2; ++i)
    for (const std::string& n : i == 0 ? d->perpetrators : d->targets)
      names[i] += (names[i].empty() ? "" : "; ") + n;
  std::string self = "/incidents/" + std::to_string(id);
  std::string body = "<p class=\"meta\">" + html_escape(or_dash(d->event.date)) + " \u00b7 " +
                     html_escape(d->event.type) + " \u00b7 " +
                     html_escape(or_dash(d->event.place)) + " \u00b7 " +
                     link("/graph/incident/" + std::to_string(id), "network") +
                     "</p><p>Perpetrators: " + html_escape(or_dash(names[0])) +
                     "<br>Targets: " + html_escape(or_dash(names[1])) + "</p>";
  body += "<nav class=\"policy\" aria-label=\"Estimate policy\">Best estimate: ";
  body +=
      policy == EstimatePolicy::kConservative
          ? "<strong>conservative</strong> \u00b7 " + link(self + "?policy=latest", "latest")
          : link(self + "?policy=conservative", "conservative") + " \u00b7 <strong>latest</strong>";
  body += "</nav>";
  for (const MeasureReport& r : d->figures)
    body += "<section class=\"measure\"><h2>" + html_escape(r.measure) + ": " +
            range_text(r.best_low, r.best_high) +
            (r.conflict ? " <span class=\"conflict\">sources disagree</span>" : "") +
            "</h2><p class=\"meta\">reported " + range_text(r.range_low, r.range_high) + "; " +
            std::to_string(r.corroboration) + " agreeing documents</p>" + figure_chart(r) +
            claims_table(r) + "</section>";
  body += "<h2>Reported in</h2><ul>";
  for (const EventReport& r : d->reports)
    body +=
        "<li>" +
        link("/documents/" + std::to_string(r.document), "document " + std::to_string(r.document)) +
        " <span class=\"meta\">" + html_escape(r.rule) + "</span></li>";
  send(res, d->event.name, body + "</ul>");
}

void conflicts_page(StorePool& pool, const Req& req, Res& res) {
  EstimatePolicy policy = policy_param(req);
  Page page = page_params(req, 50);
  auto store = pool.acquire();
  std::vector<ConflictEntry> list = list_conflicts(*store, policy, page);
  std::string body =
      "<table><thead><tr><th>Date</th><th>Incident</th><th>Measure</th><th>Reported</th>"
      "<th>Best estimate</th></tr></thead><tbody>";
  for (const ConflictEntry& c : list)
    body += "<tr><td>" + html_escape(or_dash(c.date)) + "</td><td>" +
            link("/incidents/" + std::to_string(c.event), c.name) + "</td><td>" +
            html_escape(c.report.measure) + "</td><td>" +
            range_text(c.report.range_low, c.report.range_high) + "</td><td>" +
            range_text(c.report.best_low, c.report.best_high) + "</td></tr>";
  send(res, "Conflicting figures", body + "</tbody></table>" + pager(req, page, list.size()));
}

void timeline_page(StorePool& pool, const Req& req, Res& res) {
  EstimatePolicy policy = policy_param(req);
  Page page = page_params(req, 100);
  auto store = pool.acquire();
  std::vector<TimelineEntry> list = timeline(*store, event_filter(req), policy, page);
  std::string body = "<ol class=\"timeline\">";
  for (const TimelineEntry& t : list) {
    body += "<li><time>" + html_escape(t.event.date.empty() ? "undated" : t.event.date) +
            "</time> " + link("/incidents/" + std::to_string(t.event.id), t.event.name) +
            "<span class=\"meta\">";
    for (const MeasureReport& r : t.estimates)
      body += " \u00b7 " + html_escape(r.measure) + " " + range_text(r.best_low, r.best_high) +
              (r.conflict ? " (disputed)" : "");
    body += "</span></li>";
  }
  send(res, "Timeline", body + "</ol>" + pager(req, page, list.size()));
}

void map_page(StorePool& pool, const Req& req, Res& res) {
  Page page = page_params(req, 500);
  auto store = pool.acquire();
  std::vector<PlacedEvent> placed = list_placed_events(*store, event_filter(req), page);
  std::vector<EventListing> listed;
  for (const PlacedEvent& p : placed) listed.push_back(p.event);
  send(res, "Map of incidents",
       incident_filter_form(req, false) + "<figure>" + map_svg(placed) +
           "<figcaption>Incidents whose place has coordinates. Outline: Natural Earth via "
           "world-atlas.</figcaption></figure>" +
           incident_rows(listed) + pager(req, page, placed.size()));
}

void graph_page(StorePool& pool, const Req& req, Res& res) {
  std::string kind = req.matches[1].str();
  const std::int64_t id = std::stoll(req.matches[2].str());
  auto store = pool.acquire();
  Neighbourhood g =
      kind == "entity" ? entity_neighbourhood(*store, id) : event_neighbourhood(*store, id);
  if (g.nodes.empty()) throw HttpError(404, "no such " + kind + ": " + std::to_string(id));
  std::string body = "<figure>" + network_svg(g) + "<figcaption>Neighbours of " +
                     link((kind == "entity" ? "/entities/" : "/incidents/") + std::to_string(id),
                          g.nodes[0].label) +
                     "</figcaption></figure><ul>";
  for (std::size_t i = 1; i < g.nodes.size(); ++i)
    body += "<li>" +
            link("/graph/" + std::string(g.nodes[i].kind == "event" ? "incident/" : "entity/") +
                     std::to_string(g.nodes[i].id),
                 g.nodes[i].label) +
            " <span class=\"meta\">" + html_escape(g.nodes[i].type) + "</span></li>";
  send(res, "Network: " + g.nodes[0].label, body + "</ul>");
}

}  // namespace

void add_page_routes(httplib::Server& server, StorePool& pool) {
  auto route = [&](const char* pattern, void (*handler)(StorePool&, const Req&, Res&)) {
    server.Get(pattern, [&pool, handler](const Req& req, Res& res) { handler(pool, req, res); });
  };
  route("/", home);
  route("/search", search_page);
  route("/documents", documents_page);
  route(R"(/documents/([^/]+))", document_page);
  route("/entities", entities_page);
  route(R"(/entities/([^/]+))", entity_page);
  route("/incidents", incidents_page);
  route(R"(/incidents/([^/]+))", incident_page);
  route("/conflicts", conflicts_page);
  route("/timeline", timeline_page);
  route("/map", map_page);
  route(R"(/graph/(entity|incident)/([0-9]{1,18}))", graph_page);
}

}  // namespace dossier::serve
