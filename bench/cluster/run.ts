/**
 * npm run bench:cluster – the full run: 4 citizens (3 readers + 1 writer each) for 60 s.
 * npm run bench:cluster -- --smoke – npm test's step (CI): 2 citizens (2 readers + 1 writer) for 12 s.
 * Both run every cross-instance check and kill instance B halfway (see koer.ts). CLUSTER_SEKUNDER
 * sets the length of the load; CLUSTER_PORT_BASE (3900) the ports.
 */
import { koer } from "./koer";
import { lilleLast } from "./last";

const smoke = process.argv.includes("--smoke");
const sekunder = Number(process.env.CLUSTER_SEKUNDER ?? (smoke ? 12 : 60));
const navne = smoke ? ["Amir Hassan", "Sofie Nielsen"] : ["Amir Hassan", "Sofie Nielsen", "Ole Jensen", "Karen Jensen"];

koer((browser) => lilleLast(browser, navne, smoke ? 2 : 3), sekunder, smoke).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("Klyngetesten kunne ikke gennemføres / could not run:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
