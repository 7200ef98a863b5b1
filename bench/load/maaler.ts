/**
 * Every answer the load got: per label the times (ms) and statuses, so the run can report req/s,
 * p50/p95/p99 per page and the error count. An error is a dead connection or any status ≥ 400;
 * an answer that is a 2xx/3xx but not what the step expected is an `afvigelse` (also a failure).
 */
export type Linje = { etiket: string; antal: number; p50: number; p95: number; p99: number; maks: number; fejl: number };
/**
 * One request as the cluster bench needs it (bench/cluster/load.ts): when it was sent and answered
 * (epoch ms), whether it was a write, its status (0: no answer) and the answer's headers (which
 * instance served it). Only requests in the measured window are reported.
 */
export type Spor = { etiket: string; post: boolean; start: number; slut: number; status: number; headers: Headers | null };

export class Maaler {
  private readonly tider = new Map<string, number[]>();
  private readonly fejlPrEtiket = new Map<string, number>();
  readonly statusser = new Map<number, number>();
  readonly afvigelser: string[] = [];
  /** Pages that answered 200 with a panel's "kan ikke vises lige nu" (a fagsystem answered too slowly), per label. */
  readonly degraderet = new Map<string, number>();
  /** Only answers recorded while `aktiv` count (the measured window); setup and checks are kept apart. */
  aktiv = false;
  antalIVindue = 0;
  fejlIVindue = 0;
  fejlIAlt = 0;
  /** Requests sent again because a kept-alive connection was closed as it was reused (klient.ts). */
  gensendt = 0;
  /** Writes (POSTs) waiting for an answer right now: the cluster bench passes its own object to time its kill among them. */
  iGang = { skrivIGang: 0 };
  /** Set by a caller that wants every request of the window one by one. */
  lytter: ((s: Spor) => void) | null = null;

  spor(s: Spor) {
    if (this.aktiv) this.lytter?.(s);
  }

  svar(etiket: string, ms: number, status: number) {
    const fejl = status === 0 || status >= 400;
    if (fejl) {
      this.fejlIAlt++;
      this.fejlPrEtiket.set(etiket, (this.fejlPrEtiket.get(etiket) ?? 0) + 1);
    }
    this.statusser.set(status, (this.statusser.get(status) ?? 0) + 1);
    if (!this.aktiv) return;
    this.antalIVindue++;
    if (fejl) this.fejlIVindue++;
    const liste = this.tider.get(etiket) ?? [];
    liste.push(ms);
    this.tider.set(etiket, liste);
  }

  degrader(etiket: string) {
    this.degraderet.set(etiket, (this.degraderet.get(etiket) ?? 0) + 1);
  }

  afvig(besked: string) {
    this.afvigelser.push(besked);
  }

  linjer(): Linje[] {
    return [...this.tider].map(([etiket, tider]) => {
      const s = [...tider].sort((a, b) => a - b);
      const p = (q: number) => Math.round(s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0);
      return { etiket, antal: s.length, p50: p(0.5), p95: p(0.95), p99: p(0.99), maks: Math.round(s[s.length - 1] ?? 0), fejl: this.fejlPrEtiket.get(etiket) ?? 0 };
    });
  }

  /** All answers in the window together. */
  samlet(): Omit<Linje, "etiket"> {
    const s = [...this.tider.values()].flat().sort((a, b) => a - b);
    const p = (q: number) => Math.round(s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0);
    return { antal: s.length, p50: p(0.5), p95: p(0.95), p99: p(0.99), maks: Math.round(s[s.length - 1] ?? 0), fejl: this.fejlIVindue };
  }
}
