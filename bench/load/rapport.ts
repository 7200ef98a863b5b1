import type { Optaelling } from "./database";
import type { LoadResultat } from "./index";

/** The run as a Markdown table (stdout, for the README) and a verdict; afvigelser to stderr. */
export function udskriv(r: LoadResultat, om: { database: string; latens: string; optaelling: Optaelling | null }) {
  const s = r.samlet;
  console.log("");
  console.log(`Belastning / load: ${r.borgere} borgere (${r.holdere} handler for en anden under fuldmagt), ${r.sekunder} s, ${om.database}`);
  console.log(`Fagsystemernes forsinkelse / mock latency: ${om.latens}`);
  console.log("");
  console.log("| side / trin | svar | p50 ms | p95 ms | p99 ms | maks ms | fejl |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const l of r.sider) console.log(`| ${l.etiket} | ${l.antal} | ${l.p50} | ${l.p95} | ${l.p99} | ${l.maks} | ${l.fejl} |`);
  console.log(`| **alle** | ${s.antal} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.maks} | ${s.fejl} |`);
  console.log("");
  const rt = r.rettelser;
  console.log(`req/s ........................ ${r.reqPrSek.toFixed(1)} (${s.antal} svar på ${r.vindueSek.toFixed(1)} s)`);
  console.log(`fejl / errors (≥400, ingen svar) ${r.fejl} (statusser: ${Object.entries(r.statusser).map(([k, n]) => `${k}×${n}`).join(", ")})`);
  console.log(`gensendt / resent ............ ${r.gensendt} (en genbrugt forbindelse, serveren havde lukket)`);
  const deg = Object.entries(r.degraderet);
  console.log(`degraderet / degraded (200) .. ${deg.reduce((n, [, k]) => n + k, 0)}${deg.length ? ` (${deg.map(([e, n]) => `${e} ${n}`).join(", ")})` : ""}`);
  console.log(`afvigelser / unexpected ....... ${r.afvigelser.length}`);
  console.log(`rettelser / corrections ....... ${rt.startet} startet (${rt.dobbelte} dobbelt), ${rt.kvitteret} kvitteret, ${rt.gemt} på /rettelser, ${rt.mangler} mangler, ${rt.ukendte} ukendte`);
  if (om.optaelling) console.log(`i databasen / stored ......... ${om.optaelling.sendte} sendte, ${om.optaelling.kladder} kladder (usendte)`);
  for (const a of r.afvigelser.slice(0, 20)) console.error(`  ${a}`);
  if (r.afvigelser.length > 20) console.error(`  … og ${r.afvigelser.length - 20} flere`);
  const iDb = om.optaelling ? om.optaelling.sendte === rt.startet && om.optaelling.kladder === 0 : true;
  console.log(r.ok && iDb ? "OK" : "FEJL / FAILED");
}
