/**
 * npm run bench:cluster – the full run: bench:load's load (LOAD_BORGERE citizens, 200, logged in
 * through the real OIDC flow, LOAD_RETTELSER correction requests, 500, 10 % sent twice, holders
 * acting under fuldmagt; see bench/load/indstillinger.ts) through nginx for LOAD_SEKUNDER (60 s).
 * npm run bench:cluster -- --smoke – npm test's step (CI): 2 citizens (2 readers + 2 writers each) for 12 s.
 * Both run every cross-instance check and kill instance B halfway (see koer.ts). CLUSTER_SEKUNDER
 * sets the length of the load; CLUSTER_PORT_BASE (3900) the ports.
 */
import { BORGERE, SEKUNDER, loadIndstillinger, loadMockEnv } from "../load/indstillinger";
import { koer } from "./koer";
import { lilleLast } from "./last";
import { loadLast } from "./load";

const smoke = process.argv.includes("--smoke");
const sekunder = Number(process.env.CLUSTER_SEKUNDER ?? (smoke ? 12 : SEKUNDER));

const kode = smoke
  ? koer((browser) => lilleLast(browser, ["Amir Hassan", "Sofie Nielsen"], 2), sekunder, { smoke })
  : koer(() => loadLast(loadIndstillinger((linje) => process.stderr.write(`  ${linje}\n`))), sekunder, {
      // All the load's browsers come from one address (127.0.0.1): the login limit per address must
      // let them all in once; the check of the limit across instances uses the same number.
      env: { ...loadMockEnv(), LOGIN_MAX_PR_MINUT: process.env.CLUSTER_LOGIN_MAX_PR_MINUT ?? String(BORGERE + 50) },
    });

kode.then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("Klyngetesten kunne ikke gennemføres / could not run:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
