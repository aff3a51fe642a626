// Writes web/world.svg, the offline world outline behind the incident map of `dossier serve`:
// the land polygons of world-atlas's land-110m.json (Natural Earth 1:110m, public domain;
// world-atlas ISC-licensed, Copyright 2013-2019 Michael Bostock), decoded from TopoJSON and
// drawn in the equirectangular projection x = 2 (lon + 180), y = 2 (90 - lat) on a 720 x 360
// view box, coordinates rounded to 0.1.
// Usage: npm ci && node tools/world_outline.mjs   (world-atlas is a devDependency)
import { readFileSync, writeFileSync } from 'node:fs';

const topo = JSON.parse(readFileSync(new URL('../node_modules/world-atlas/land-110m.json', import.meta.url)));
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;

// Arcs are quantized and delta-encoded; decode each to [lon, lat] points.
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});
const ring = (indexes) => indexes.flatMap((i, k) => {
  const points = i >= 0 ? arcs[i] : [...arcs[~i]].reverse();
  return k === 0 ? points : points.slice(1);
});
const round = (v) => Math.round(v * 10) / 10;
const project = ([lon, lat]) => `${round(2 * (lon + 180))} ${round(2 * (90 - lat))}`;

let d = '';
const polygons = [];
for (const geometry of topo.objects.land.geometries)
  if (geometry.type === 'Polygon') polygons.push(geometry.arcs);
  else if (geometry.type === 'MultiPolygon') polygons.push(...geometry.arcs);
// A ring that crosses the antimeridian is split there into separate subpaths, so no edge
// runs across the whole map.
for (const polygon of polygons)
  for (const r of polygon) {
    const points = ring(r);
    d += points.map((p, k) => (k > 0 && Math.abs(p[0] - points[k - 1][0]) > 180 ? 'M' : k ? 'L' : 'M') + project(p)).join('') + 'Z';
  }

writeFileSync(new URL('../web/world.svg', import.meta.url),
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 360">' +
  '<!-- Land outline from world-atlas 2.0.2 land-110m.json (Natural Earth, public domain; ' +
  'world-atlas ISC license, Copyright 2013-2019 Michael Bostock), written by tools/world_outline.mjs -->' +
  `<path fill="#dfe5ea" stroke="#9aa5b1" stroke-width="0.4" d="${d}"/></svg>\n`);
