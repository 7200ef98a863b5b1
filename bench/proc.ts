import { readdirSync, readFileSync } from "node:fs";

/** What the bench reads of processes from /proc: CPU time and resident memory. */

/** The database the portal runs on: PostgreSQL's own CPU counts too, for the portal's connections. */
export const PG_DATABASE = process.env.DATABASE_URL ? decodeURIComponent(new URL(process.env.DATABASE_URL).pathname.slice(1) || "postgres") : null;

/** User + system CPU time a process has used, in ms (the kernel counts in ticks of 10 ms). */
export function cpuMs(pid: number): number {
  try {
    const felter = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(felter[11]) + Number(felter[12])) * 10;
  } catch {
    return 0;
  }
}

/**
 * CPU used so far by the PostgreSQL backends serving the portal's database (their process title
 * names it). The pool keeps its connections open under load, so a backend that comes or goes during
 * a row costs at most its own share; 0 on PGlite, which runs inside the portal's process.
 */
export function postgresCpuMs(): number {
  if (!PG_DATABASE) return 0;
  let sum = 0;
  for (const navn of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      const titel = readFileSync(`/proc/${navn}/cmdline`, "utf8");
      if (titel.startsWith("postgres: ") && titel.split(" ")[2] === PG_DATABASE) sum += cpuMs(Number(navn));
    } catch {
      // gone meanwhile
    }
  }
  return sum;
}

/** Resident memory of a process in kB. */
export function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
