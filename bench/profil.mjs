import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

/**
 * Sums up a V8 CPU profile of the portal (PORTAL_CPU_PROFIL=<folder>, see README): where the time
 * went, by package and by function, in ms per answer when the number of answers is given.
 *   node bench/profil.mjs <fil.cpuprofile> [antal svar] [fra-til sekunder]
 * The window (e.g. 60-90, seconds after the profile started) leaves out start-up and login; the
 * activity line printed first shows where the load was.
 */
const [fil, antal = "1", vindue] = process.argv.slice(2);
if (!fil) {
  console.error("Brug: node bench/profil.mjs <fil.cpuprofile> [antal svar]");
  process.exit(2);
}
const profil = JSON.parse(readFileSync(fil, "utf8"));
const noder = new Map(profil.nodes.map((n) => [n.id, n]));
const foraelder = new Map(profil.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id])));

const kort = new Map();
/** The file a bundled frame came from, through the chunk's source map (Next writes them next to the chunks). */
function kilde(frame) {
  if (!frame.url.includes("/.next/")) return frame.url;
  if (!kort.has(frame.url)) {
    const fil = `${frame.url.startsWith("file:") ? fileURLToPath(frame.url) : frame.url}.map`;
    kort.set(frame.url, existsSync(fil) ? new SourceMap(JSON.parse(readFileSync(fil, "utf8"))) : null);
  }
  const entry = kort.get(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
  return entry?.originalSource ? entry.originalSource.replace(/^(\.\.\/)+/, "") : "app (.next, uden kildekort)";
}

/** A frame's package: node_modules/<pakke>, Node's own modules, the app's own folders, or V8. */
function pakke(frame) {
  if (frame.functionName === "(idle)" || frame.functionName === "(garbage collector)") return frame.functionName;
  if (!frame.url) return "(V8)";
  const url = kilde(frame);
  if (/^(lib|app|mocks)\//.test(url)) return url.split("/").slice(0, 2).join("/");
  const modul = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modul) return modul[1];
  if (url.startsWith("node:")) return url.split("/").slice(0, 2).join("/");
  if (url.startsWith("wasm://")) return "wasm (PGlite)";
  return url;
}

// Sample i was taken at the sum of the deltas before it (µs after startTime).
const tidspunkt = [];
profil.timeDeltas.reduce((t, d, i) => (tidspunkt[i] = t + d), 0);
const [fra, til] = vindue ? vindue.split("-").map((s) => Number(s) * 1e6) : [0, Infinity];
const idle = [...noder.values()].find((n) => n.callFrame.functionName === "(idle)")?.id;
const aktiv = [];
profil.samples.forEach((id, i) => {
  const sek = Math.floor(tidspunkt[i] / 5e6);
  aktiv[sek] ??= [0, 0];
  aktiv[sek][id === idle ? 1 : 0] += profil.timeDeltas[i] ?? 0;
});
console.log(`Aktiv CPU pr. 5 s (% af én kerne): ${aktiv.map((a) => Math.round((100 * (a?.[0] ?? 0)) / 5e6)).join(" ")}\n`);
const tid = new Map();
profil.samples.forEach((id, i) => {
  if (tidspunkt[i] < fra || tidspunkt[i] >= til) return;
  tid.set(id, (tid.get(id) ?? 0) + (profil.timeDeltas[i] ?? 0));
});
const selv = new Map();
const samlet = new Map();
for (const [id, mikro] of tid) {
  const node = noder.get(id);
  const p = pakke(node.callFrame);
  selv.set(p, (selv.get(p) ?? 0) + mikro);
  const set = new Set();
  for (let cur = id; cur; cur = foraelder.get(cur)) {
    const f = noder.get(cur).callFrame;
    const navn = `${f.functionName || "(anonym)"} · ${pakke(f)}`;
    if (set.has(navn)) continue;
    set.add(navn);
    samlet.set(navn, (samlet.get(navn) ?? 0) + mikro);
  }
}
const prSvar = (mikro) => (mikro / 1000 / Number(antal)).toFixed(2).padStart(8);
const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
console.log(`ms${antal === "1" ? "" : " pr. svar"}, egen tid pr. pakke:`);
for (const [k, v] of top(selv, 20)) console.log(`${prSvar(v)}  ${k}`);
console.log(`\nms${antal === "1" ? "" : " pr. svar"}, samlet tid (med kald) pr. funktion:`);
for (const [k, v] of top(samlet, 40)) console.log(`${prSvar(v)}  ${k}`);
