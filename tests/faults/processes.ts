import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { root } from "../../scripts/lib/ensure.mjs";

/**
 * The processes of the fault test. Each runs in its own process group, so a SIGKILL of the portal
 * reaches the portal (and anything it started) but never the mocks, the MitID simulator or this
 * script. Every group started here is ended when this script exits, also on failure.
 */
export type Env = Record<string, string | undefined>;
/** Next's types make NODE_ENV required in ProcessEnv; the portal sets it itself (scripts/server.mjs). */
const asProcessEnv = (env: Env) => env as NodeJS.ProcessEnv;

const groups = new Set<number>();
let logFd: number | null = null;

/** All children write to one file instead of the terminal: the summary stays readable. */
export function openLog(file: string): string {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  logFd = openSync(full, "w");
  return full;
}

export function spawnGroup(args: string[], env: Env): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: root, env: asProcessEnv(env), detached: true, stdio: ["ignore", logFd ?? "ignore", logFd ?? "ignore"] });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`kunne ikke starte ${args.join(" ")}`);
  groups.add(pid);
  // When the leader is gone, whatever it left in its group goes too, and the id is forgotten so a
  // later exit handler can never signal a reused process id.
  child.once("exit", () => {
    signalGroup(pid, "SIGKILL");
    groups.delete(pid);
  });
  return child;
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function waitExit(child: ChildProcess): Promise<void> {
  return exited(child) ? Promise.resolve() : new Promise((resolve) => child.once("exit", () => resolve()));
}

/** The fault itself: no shutdown handler runs, nothing is flushed, exactly like a power cut of the process. */
export async function killHard(child: ChildProcess): Promise<void> {
  if (child.pid !== undefined) signalGroup(child.pid, "SIGKILL");
  await waitExit(child);
}

/** An orderly stop (SIGTERM), with SIGKILL after 5 s. */
export async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || exited(child)) return;
  signalGroup(child.pid, "SIGTERM");
  const timer = setTimeout(() => child.pid !== undefined && signalGroup(child.pid, "SIGKILL"), 5000);
  await waitExit(child);
  clearTimeout(timer);
}

/** Synchronous, for process.on("exit"): nothing started here may outlive the script. */
export function killAll() {
  for (const pid of groups) signalGroup(pid, "SIGKILL");
  groups.clear();
  if (logFd !== null) closeSync(logFd);
  logFd = null;
}

/** Runs a short node script to its end (database setup, the log check) and returns its exit code. */
export function runNode(args: string[], env: Env, showOutput: boolean): Promise<number> {
  const out = showOutput ? "inherit" : (logFd ?? "ignore");
  const child = spawn(process.execPath, args, { cwd: root, env: asProcessEnv(env), stdio: ["ignore", out, out] });
  return new Promise((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
}

/** Polls until the URL answers 200; fails at once if the process that should answer has died. */
export async function waitReady(url: string, child: ChildProcess | null, seconds = 120): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child && exited(child)) throw new Error(`processen bag ${url} stoppede (${child.signalCode ?? `kode ${child.exitCode}`})`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(5000) }).then(
      async (r) => {
        await r.body?.cancel();
        return r.status === 200;
      },
      () => false,
    );
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`${url} svarede ikke inden ${seconds} s`);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
