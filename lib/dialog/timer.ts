/**
 * The dialogue's countdown as pure functions over the stored state, so a reload, a second screen
 * or a server restart all show the same time. Running: `sluttid` set. Paused: `pauseRest` set.
 */
import { FOERSTE_TRIN, TRIN } from "./trin";

export type TimerState = { trin: number; sluttid: Date | null; pauseRest: number | null; varigheder: number[] };

export function restSekunder(s: TimerState, now = new Date()): number {
  if (s.pauseRest !== null) return s.pauseRest;
  if (!s.sluttid) return 0;
  return Math.max(0, Math.ceil((s.sluttid.getTime() - now.getTime()) / 1000));
}

export function gaaTilTrin(s: TimerState, trin: number, now = new Date()): Pick<TimerState, "trin" | "sluttid" | "pauseRest"> {
  const nyt = Math.max(FOERSTE_TRIN, Math.min(TRIN.AFSLUTTET, trin));
  if (nyt === TRIN.AFSLUTTET) return { trin: nyt, sluttid: null, pauseRest: null };
  return { trin: nyt, sluttid: new Date(now.getTime() + (s.varigheder[nyt - 1] ?? 0) * 1000), pauseRest: null };
}

export function pause(s: TimerState, now = new Date()): Pick<TimerState, "sluttid" | "pauseRest"> {
  if (s.pauseRest !== null) return { sluttid: null, pauseRest: s.pauseRest };
  return { sluttid: null, pauseRest: restSekunder(s, now) };
}

export function fortsaet(s: TimerState, now = new Date()): Pick<TimerState, "sluttid" | "pauseRest"> {
  if (s.pauseRest === null) return { sluttid: s.sluttid, pauseRest: null };
  return { sluttid: new Date(now.getTime() + s.pauseRest * 1000), pauseRest: null };
}

export function forlaeng(s: TimerState, sekunder: number, now = new Date()): Pick<TimerState, "sluttid" | "pauseRest"> {
  if (s.pauseRest !== null) return { sluttid: null, pauseRest: s.pauseRest + sekunder };
  const base = Math.max(now.getTime(), s.sluttid?.getTime() ?? now.getTime());
  return { sluttid: new Date(base + sekunder * 1000), pauseRest: null };
}

/** "4:05" */
export function formatTid(sekunder: number): string {
  const s = Math.max(0, Math.floor(sekunder));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** "4 minutter og 5 sekunder" – for screen readers and the no-JavaScript page. */
export function formatTidTekst(sekunder: number): string {
  const s = Math.max(0, Math.floor(sekunder));
  const m = Math.floor(s / 60);
  const r = s % 60;
  const min = m === 1 ? "1 minut" : `${m} minutter`;
  const sek = r === 1 ? "1 sekund" : `${r} sekunder`;
  if (m === 0) return sek;
  if (r === 0) return min;
  return `${min} og ${sek}`;
}
