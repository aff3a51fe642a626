#include "dossier/serve/svg.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "dossier/core/markup_escape.h"
#include "dossier/serve/html.h"

namespace dossier::serve {
namespace {

std::string num(double v) { return std::to_string(static_cast<long long>(std::lround(v))); }

std::string node_href(const GraphNode& node) {
  return (node.kind == "event" ? "/incidents/" : "/entities/") + std::to_string(node.id);
}

}  // namespace

std::string claim_href(const FigureClaim& claim) {
  return "/documents/" + std::to_string(claim.document) + "?mark=" + url_encode(claim.sentence) +
         "#figure";
}

std::string figure_chart(const MeasureReport& report) {
  constexpr double kWidth = 560, kHeight = 220, kLeft = 48, kRight = 16, kTop = 16, kBottom = 40;
  std::int64_t top = std::max<std::int64_t>(1, report.range_high);
  double step = (kWidth - kLeft - kRight) / std::max<double>(1, report.claims.size());
  auto y = [&](std::int64_t v) {
    return kTop + (kHeight - kTop - kBottom) * (1.0 - static_cast<double>(v) / top);
  };
  std::string out = "<svg class=\"chart\" viewBox=\"0 0 " + num(kWidth) + " " + num(kHeight) +
                    "\" role=\"img\" aria-label=\"" + html_escape(report.measure) +
                    " as reported over publication time\">";
  out += "<line class=\"axis\" x1=\"" + num(kLeft) + "\" y1=\"" + num(y(0)) + "\" x2=\"" +
         num(kWidth - kRight) + "\" y2=\"" + num(y(0)) + "\"/>";
  out += "<text class=\"tick\" x=\"4\" y=\"" + num(y(top) + 4) + "\">" + std::to_string(top) +
         "</text><text class=\"tick\" x=\"4\" y=\"" + num(y(0)) + "\">0</text>";
  out += "<line class=\"best\" x1=\"" + num(kLeft) + "\" y1=\"" + num(y(report.best_high)) +
         "\" x2=\"" + num(kWidth - kRight) + "\" y2=\"" + num(y(report.best_high)) +
         "\"><title>best estimate</title></line>";
  for (std::size_t i = 0; i < report.claims.size(); ++i) {
    const FigureClaim& c = report.claims[i];
    double x = kLeft + step * (i + 0.5);
    out += "<a href=\"" + html_escape(claim_href(c)) + "\"><title>" +
           html_escape((c.published.empty() ? "undated" : c.published) + ": " + c.text) +
           "</title>";
    if (c.low != c.high)
      out += "<line class=\"range\" x1=\"" + num(x) + "\" y1=\"" + num(y(c.low)) + "\" x2=\"" +
             num(x) + "\" y2=\"" + num(y(c.high)) + "\"/>";
    out +=
        "<circle class=\"point\" cx=\"" + num(x) + "\" cy=\"" + num(y(c.high)) + "\" r=\"6\"/></a>";
    out += "<text class=\"tick\" text-anchor=\"middle\" x=\"" + num(x) + "\" y=\"" +
           num(kHeight - 20) + "\">" + html_escape(c.published.empty() ? "undated" : c.published) +
           "</text>";
  }
  return out + "</svg>";
}

std::string network_svg(const Neighbourhood& graph) {
  constexpr double kWidth = 720, kHeight = 480, kRadius = 190;
  const double cx = kWidth / 2, cy = kHeight / 2;
  std::vector<std::pair<double, double>> at(graph.nodes.size(), {cx, cy});
  std::size_t ring = graph.nodes.empty() ? 0 : graph.nodes.size() - 1;
  for (std::size_t i = 1; i < graph.nodes.size(); ++i) {
    double angle = 2 * std::numbers::pi * (i - 1) / ring - std::numbers::pi / 2;
    at[i] = {cx + kRadius * std::cos(angle), cy + kRadius * std::sin(angle)};
  }
  std::string out = "<svg class=\"network\" viewBox=\"0 0 " + num(kWidth) + " " + num(kHeight) +
                    "\" role=\"img\" aria-label=\"network of " +
                    html_escape(graph.nodes.empty() ? "" : graph.nodes[0].label) + "\">";
  for (const GraphEdge& e : graph.edges)
    out += "<line class=\"edge " + html_escape(e.relation) + "\" x1=\"" + num(at[e.from].first) +
           "\" y1=\"" + num(at[e.from].second) + "\" x2=\"" + num(at[e.to].first) + "\" y2=\"" +
           num(at[e.to].second) + "\"><title>" + html_escape(e.relation) + " (" +
           std::to_string(e.weight) + " documents)</title></line>";
  for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
    const GraphNode& n = graph.nodes[i];
    out += "<a class=\"node " + html_escape(n.kind) + "\" href=\"" + node_href(n) +
           "\"><circle cx=\"" + num(at[i].first) + "\" cy=\"" + num(at[i].second) + "\" r=\"" +
           (i == 0 ? "14" : "9") + "\"/><text x=\"" + num(at[i].first) + "\" y=\"" +
           num(at[i].second + 24) + "\" text-anchor=\"middle\">" + html_escape(n.label) +
           "</text><title>" + html_escape(n.type) + "</title></a>";
  }
  return out + "</svg>";
}

std::string map_svg(const std::vector<PlacedEvent>& events) {
  std::string out =
      "<svg class=\"map\" viewBox=\"0 0 720 360\" role=\"img\" aria-label=\"map of incidents\">"
      "<image href=\"/assets/world.svg\" x=\"0\" y=\"0\" width=\"720\" height=\"360\"/>";
  for (const PlacedEvent& p : events) {
    const EventListing& e = p.event;
    out +=
        "<a class=\"incident\" href=\"/incidents/" + std::to_string(e.id) + "\"><circle cx=\"" +
        num(2 * (p.lon + 180)) + "\" cy=\"" + num(2 * (90 - p.lat)) + "\" r=\"4\"/><title>" +
        html_escape((e.date.empty() ? "undated" : e.date) + " " + e.name + " (" + e.place + ")") +
        "</title></a>";
  }
  return out + "</svg>";
}

}  // namespace dossier::serve
