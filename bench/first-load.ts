/**
 * First-load JS per route, from the build's own manifests (Next 16 no longer prints the table):
 *
 * - shared framework chunks: `rootMainFiles` in build-manifest.json, the React + Next runtime
 *   every App Router page loads before anything else;
 * - the route's chunks: the union of `entryJSFiles` (every segment: layouts, error boundaries,
 *   the page) in server/app/<route>/page_client-reference-manifest.js, as Next's own
 *   diagnostics/route-bundle-stats.json counts them;
 * - of those, the app's own share: Turbopack puts Next's per-layout client components
 *   (layout-router, next/link, error boundaries …) in the same chunk as the app's client
 *   components, so the chunk is split into its modules; a module is the framework's when it is a
 *   client reference from node_modules or only reachable from one, and the app's otherwise
 *   (app/ components, and what only they pull in, such as the server-action client stub).
 *
 * Sizes are gzip level 9 with node:zlib; the own share is the gzip of its modules' code together,
 * which is slightly more than what those bytes add inside the compressed chunk.
 * Run alone: node --import tsx bench/first-load.ts [route …]
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

/** Target for citizen routes (issue 14): the app's own first-load JS above the framework's. */
export const KILDE_GRAENSE_KB = 5;

export type Rute = {
  route: string;
  /** gzip bytes of the shared framework chunks (the same for every route). */
  delt: number;
  /** gzip bytes of the route's other chunks (framework components and the app's own). */
  ekstra: number;
  /** gzip bytes of the app's own modules in those chunks. */
  egenGzip: number;
  /** The app's own modules: id and raw bytes, largest first (for finding what to cut). */
  egne: { id: string; bytes: number; kilde: string }[];
};

type Manifest = { clientModules: Record<string, { id: string | number; chunks: string[] }>; entryJSFiles: Record<string, string[]> };

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

/**
 * A Turbopack chunk is `TURBOPACK.push([script, id, factory, id, factory, …])`: run it in an empty
 * context (it only pushes) and read each factory's source back, so nested code cannot confuse a split.
 */
function moduler(kode: string): Map<string, string> {
  const ctx: { TURBOPACK: unknown[][] } = { TURBOPACK: [] };
  runInNewContext(kode, { globalThis: ctx, TURBOPACK: ctx.TURBOPACK });
  const ud = new Map<string, string>();
  for (const post of ctx.TURBOPACK) {
    post.forEach((v, i) => {
      if (typeof v === "function" && typeof post[i - 1] === "number") ud.set(String(post[i - 1]), v.toString());
    });
  }
  return ud;
}

/** Module ids a module imports (`e.i(id)` ESM, `e.r(id)` CommonJS, `e.A(id)` async). */
const imports = (kode: string) => [...kode.matchAll(/\b[a-zA-Z_$]\.[irA]\((\d+)\)/g)].map((m) => m[1]!);

function laesManifest(dist: string, route: string): Manifest {
  const app = route === "/" ? "/page" : `${route}/page`;
  const fil = path.join(dist, "server/app", `${app}_client-reference-manifest.js`);
  // The manifest is a script that sets a global; Next reads it the same way.
  const g = globalThis as { __RSC_MANIFEST?: Record<string, Manifest> };
  g.__RSC_MANIFEST = {};
  createRequire(import.meta.url)(fil);
  const m = g.__RSC_MANIFEST[app];
  if (!m) throw new Error(`${fil} har ingen post for ${app}`);
  return m;
}

export function firstLoadJs(dist: string, routes: string[]): Rute[] {
  const delte: string[] = JSON.parse(readFileSync(path.join(dist, "build-manifest.json"), "utf8")).rootMainFiles.filter((f: string) => f.endsWith(".js"));
  const delt = delte.reduce((sum, f) => sum + gz(readFileSync(path.join(dist, f))), 0);
  return routes.map((route) => {
    const m = laesManifest(dist, route);
    const filer = [...new Set(Object.values(m.entryJSFiles).flat())].filter((f) => f.endsWith(".js") && !delte.includes(f));
    const kode = filer.map((f) => readFileSync(path.join(dist, f), "utf8"));
    const alle = new Map(kode.flatMap((k) => [...moduler(k)]));
    const kilde = new Map(Object.entries(m.clientModules).map(([navn, ref]) => [String(ref.id), navn.replace(/^\[project\]\//, "").replace(/ <.*>$/, "")]));
    // The framework's: Next's client references and everything reachable from them.
    const ramme = new Set<string>();
    const koe = [...kilde].filter(([id, navn]) => navn.startsWith("node_modules/") && alle.has(id)).map(([id]) => id);
    while (koe.length) {
      const id = koe.pop()!;
      if (ramme.has(id) || !alle.has(id)) continue;
      ramme.add(id);
      koe.push(...imports(alle.get(id)!));
    }
    const egne = [...alle].filter(([id]) => !ramme.has(id));
    return {
      route,
      delt,
      ekstra: kode.reduce((sum, k) => sum + gz(k), 0),
      egenGzip: gz(egne.map(([, k]) => k).join("")),
      egne: egne.map(([id, k]) => ({ id, bytes: k.length, kilde: kilde.get(id) ?? "(afhængighed)" })).sort((a, b) => b.bytes - a.bytes),
    };
  });
}

export function udskrivFirstLoad(rows: Rute[]) {
  const kb = (b: number) => (b / 1024).toFixed(1);
  console.log("\n| rute | delte framework-chunks kB gzip | rutens øvrige chunks kB gzip | heraf appens egen kB gzip | first load i alt kB gzip |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const r of rows) console.log(`| ${r.route} | ${kb(r.delt)} | ${kb(r.ekstra)} | ${kb(r.egenGzip)} | ${kb(r.delt + r.ekstra)} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = path.resolve(process.env.NEXT_DIST_DIR ?? ".next");
  const rows = firstLoadJs(dist, process.argv.length > 2 ? process.argv.slice(2) : ["/", "/sager", "/sager/[id]", "/ydelser", "/fuldmagter", "/eksport"]);
  udskrivFirstLoad(rows);
  for (const r of rows) console.log(`\n${r.route}: ${r.egne.map((e) => `${e.kilde} ${e.bytes} B`).join(", ")}`);
}
