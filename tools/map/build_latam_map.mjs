// Build the static Latin America map: static/img/latam-map.svg and latam-map.json.
//
// Build-time only; nothing here runs on the site. The npm packages are NOT part of
// the repo: install them in a scratch folder and run this script from there
// (see tools/map/README.md):
//
//   cd /tmp/mapbuild && node /path/to/repo/tools/map/build_latam_map.mjs
//
// Packages are resolved from the current working directory's node_modules.
// Output goes to <repo>/static/img/ (the repo is found from this file's location),
// or to the folder given with --out DIR.
//
// Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com
// (public domain), via the world-atlas npm package.

import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const outDir = path.resolve(opt("--out", path.join(here, "..", "..", "static", "img")));

// ---- packages, from ./node_modules of the working directory -----------------
const req = createRequire(pathToFileURL(path.join(process.cwd(), "noop.js")));
const pkgVersion = (name) => JSON.parse(readFileSync(
  path.join(process.cwd(), "node_modules", name, "package.json"), "utf8")).version;
const topojson = req("topojson-client");
const simplifyLib = req("topojson-simplify");
const d3 = await import(pathToFileURL(req.resolve("d3-geo")).href);
const ATLAS = "countries-50m.json";
const topology = JSON.parse(readFileSync(req.resolve(`world-atlas/${ATLAS}`), "utf8"));
const versions = ["world-atlas", "topojson-client", "topojson-simplify", "d3-geo"]
  .map((n) => `${n}@${pkgVersion(n)}`);

// ---- settings ---------------------------------------------------------------
const WIDTH = 600; // viewBox width; the height follows from the projection
const MARGIN = 12; // viewBox units around the 17 countries
const CLIP_PAD = 6; // context land is clipped this far outside the viewBox
// Simplification threshold: planar triangle area in square degrees (lon/lat),
// applied to the shared-arc topology so borders stay consistent.
const MIN_WEIGHT = Number(opt("--min-weight", "0.004"));
// Polygons (islands) smaller than this on the map, in square viewBox units, are dropped.
const MIN_AREA_COUNTRY = 0.6;
const MIN_AREA_CONTEXT = 0.3;

const ATTRIBUTION =
  "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com " +
  "(public domain), via the world-atlas npm package.";

// ISO 3166-1 numeric (world-atlas feature.id) -> alpha-2 and English name.
const COUNTRIES = [
  ["032", "AR", "Argentina"],
  ["068", "BO", "Bolivia"],
  ["076", "BR", "Brazil"],
  ["152", "CL", "Chile"],
  ["170", "CO", "Colombia"],
  ["188", "CR", "Costa Rica"],
  ["218", "EC", "Ecuador"],
  ["222", "SV", "El Salvador"],
  ["320", "GT", "Guatemala"],
  ["340", "HN", "Honduras"],
  ["484", "MX", "Mexico"],
  ["558", "NI", "Nicaragua"],
  ["591", "PA", "Panama"],
  ["600", "PY", "Paraguay"],
  ["604", "PE", "Peru"],
  ["858", "UY", "Uruguay"],
  ["862", "VE", "Venezuela"],
];
const byNumeric = new Map(COUNTRIES.map(([num, iso, name]) => [num, { iso, name }]));

// ---- simplify ---------------------------------------------------------------
const simplified = simplifyLib.simplify(simplifyLib.presimplify(topology), MIN_WEIGHT);
const features = topojson.feature(simplified, simplified.objects.countries).features
  .filter((f) => f.geometry);

// Split a feature into its polygons, repairing any ring that simplification left
// wound the wrong way (d3 would read it as "the whole globe minus a speck").
function polygonsOf(feature) {
  const g = feature.geometry;
  const polys = g.type === "Polygon" ? [g.coordinates]
    : g.type === "MultiPolygon" ? g.coordinates : [];
  return polys.map((rings) => {
    const poly = { type: "Polygon", coordinates: rings };
    if (d3.geoArea(poly) > 2 * Math.PI) {
      poly.coordinates = rings.map((r) => r.slice().reverse());
      console.warn(`rewound a ring of ${feature.properties.name}`);
    }
    return poly;
  });
}

// ---- projection, fitted to the 17 countries ---------------------------------
// Natural Earth projection centred on 76°W: a portrait frame (about 600 x 750),
// familiar shapes, and only mild area distortion at these latitudes. (An
// equal-area alternative, d3.geoAzimuthalEqualArea().rotate([74, 12]), gives a
// nearly square frame, about 600 x 660.)
const projection = d3.geoNaturalEarth1().rotate([76, 0]).precision(0.2);

const target = features.filter((f) => byNumeric.has(f.id));
if (target.length !== COUNTRIES.length) {
  throw new Error(`expected ${COUNTRIES.length} countries, found ${target.length}`);
}
// Fit to the mainland extent: leave Chile's Pacific islands (Easter Island,
// Sala y Gomez) out of the fit; they are still drawn if they fall in the frame.
const fitPolys = target.flatMap(polygonsOf).filter((p) => {
  const [lon, lat] = d3.geoCentroid(p);
  return !(lon < -100 && lat < 0);
});
const fitObject = { type: "GeometryCollection", geometries: fitPolys };
projection.fitWidth(WIDTH - 2 * MARGIN, fitObject);
const [[, y0], [, y1]] = d3.geoPath(projection).bounds(fitObject);
const HEIGHT = Math.ceil(y1 - y0 + 2 * MARGIN);
projection.fitExtent([[MARGIN, MARGIN], [WIDTH - MARGIN, HEIGHT - MARGIN]], fitObject);
projection.clipExtent([[-CLIP_PAD, -CLIP_PAD], [WIDTH + CLIP_PAD, HEIGHT + CLIP_PAD]]);
const viewBox = `0 0 ${WIDTH} ${HEIGHT}`;
const pathGen = d3.geoPath(projection);

// ---- path serialisation -----------------------------------------------------
// Coordinates are rounded to 0.1; the path is written with relative "l"
// segments computed from the rounded absolute points, so nothing drifts.
function ringsOf(geometry) {
  const rings = [];
  let ring = null;
  pathGen.context({
    moveTo(x, y) { ring = [[x, y]]; rings.push(ring); },
    lineTo(x, y) { ring.push([x, y]); },
    closePath() {},
    arc() {},
  })(geometry);
  pathGen.context(null);
  return rings.map((r) => {
    const out = [];
    for (const [x, y] of r) {
      const p = [Math.round(x * 10), Math.round(y * 10)]; // integer tenths
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    while (out.length > 1 && out[0][0] === out.at(-1)[0] && out[0][1] === out.at(-1)[1]) out.pop();
    return out;
  }).filter((r) => r.length >= 3);
}

const num = (tenths) => {
  const s = (tenths / 10).toString();
  return s.replace(/^(-?)0\./, "$1.");
};
// Separator only where needed: a leading "-" separates by itself.
const join = (parts) => parts.reduce((acc, p) => acc + (acc && !p.startsWith("-") ? " " : "") + p, "");

function ringToPath(ring) {
  let d = `M${join([num(ring[0][0]), num(ring[0][1])])}l`;
  const parts = [];
  for (let i = 1; i < ring.length; i++) {
    parts.push(num(ring[i][0] - ring[i - 1][0]), num(ring[i][1] - ring[i - 1][1]));
  }
  return d + join(parts) + "z";
}

function featurePath(feature, minArea, withCentroid = false) {
  const polys = polygonsOf(feature).filter((p) => pathGen.area(p) >= minArea);
  if (!polys.length) return null;
  const d = polys.flatMap(ringsOf).map(ringToPath).join("");
  if (!d) return null;
  if (!withCentroid) return { d };
  // Centroid of the largest polygon, so islands (e.g. the Galapagos) don't pull it off.
  const largest = polys.reduce((a, b) => (pathGen.area(b) > pathGen.area(a) ? b : a));
  const centroid = pathGen.centroid(largest).map((v) => Math.round(v * 10) / 10);
  if (!d3.geoContains(largest, projection.invert(centroid))) {
    console.warn(`centroid of ${feature.properties.name} falls outside its shape`);
  }
  return { d, centroid };
}

// ---- build ------------------------------------------------------------------
const countries = {};
for (const [num3, iso, name] of COUNTRIES) {
  const f = target.find((t) => t.id === num3);
  const res = featurePath(f, MIN_AREA_COUNTRY, true);
  if (!res) throw new Error(`${iso} produced no path`);
  countries[iso] = { d: res.d, name, centroid: res.centroid };
}

const context = [];
const contextNames = [];
for (const f of features) {
  if (byNumeric.has(f.id)) continue;
  const res = featurePath(f, MIN_AREA_CONTEXT);
  if (!res) continue;
  context.push(res.d);
  contextNames.push(f.properties.name);
}

const source = `${versions.join(", ")}; ${ATLAS}; min weight ${MIN_WEIGHT}`;
const svg = [
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" class="latam-map">`,
  `<!-- ${ATTRIBUTION} -->`,
  `<!-- Generated by tools/map/build_latam_map.mjs (${source}). Do not edit by hand. -->`,
  `<title>Latin America</title>`,
  `<g class="map-context" aria-hidden="true">`,
  ...context.map((d) => `<path class="map-land" d="${d}"/>`),
  `</g>`,
  `<g class="map-countries">`,
  ...COUNTRIES.map(([, iso]) =>
    `<path id="map-${iso}" class="map-country" data-iso="${iso}" d="${countries[iso].d}"/>`),
  `</g>`,
  `</svg>`,
  "",
].join("\n");

const json = JSON.stringify({
  viewBox,
  attribution: ATTRIBUTION,
  countries,
  context,
});

writeFileSync(path.join(outDir, "latam-map.svg"), svg);
writeFileSync(path.join(outDir, "latam-map.json"), json + "\n");
console.log(`viewBox ${viewBox}; ${source}`);
console.log(`context (${contextNames.length}): ${contextNames.join(", ")}`);
console.log(`latam-map.svg ${Buffer.byteLength(svg)} B, latam-map.json ${Buffer.byteLength(json) + 1} B -> ${outDir}`);
