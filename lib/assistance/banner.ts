import "server-only";
import { nu } from "@/lib/klokke";
import { requestContext } from "@/lib/data/context";
import { basisEnded } from "@/lib/data/guard";
import { hvemHjaelper } from "./borger";
import { omraadeTitler } from "./omraader";

/**
 * What the banner above every page says about assisted help, from the one request context:
 * the staff member sees whom they help and for how long; the citizen sees who can see what.
 */
export type HjaelpBanner =
  | { side: "medarbejder"; id: string; borgerNavn: string; minutter: number; sekunder: number; omraader: string[]; slut: false }
  | { side: "medarbejder"; borgerNavn: string; slut: true }
  | { side: "borger"; hjaelpere: { id: string; medarbejder: string; enhed: string; omraader: string[] }[] };

export function minutterTilbage(udloeber: Date, now = nu()): number {
  return Math.max(0, Math.ceil((udloeber.getTime() - now.getTime()) / 60_000));
}

export async function hjaelpBanner(now = nu()): Promise<HjaelpBanner | null> {
  const ctx = await requestContext();
  const data = ctx?.data;
  if (!ctx || !data) return null;
  if (data.basis.type === "assisteret") {
    if ((await basisEnded(data)) || !data.basis.session) return { side: "medarbejder", borgerNavn: data.subject.navn, slut: true };
    const s = data.basis.session;
    return { side: "medarbejder", id: s.id, borgerNavn: data.subject.navn, minutter: minutterTilbage(s.udloeber, now), sekunder: Math.max(0, Math.round((s.udloeber.getTime() - now.getTime()) / 1000)), omraader: omraadeTitler(s.omraader), slut: false };
  }
  if (data.basis.type !== "self" || !ctx.hjaelpIGang) return null;
  const hjaelpere = await hvemHjaelper(data, now);
  return hjaelpere.ok && hjaelpere.data.length > 0 ? { side: "borger", hjaelpere: hjaelpere.data } : null;
}

/**
 * What the banner is about, without names or times: the browser compares it after each navigation
 * (the root layout is not re-rendered then) and asks for a fresh layout when it changed.
 */
export function bannerVersion(banner: HjaelpBanner | null): string {
  if (!banner) return "ingen";
  if (banner.side === "borger") return `borger:${banner.hjaelpere.map((h) => h.id).join(",")}`;
  return banner.slut ? "medarbejder:slut" : `medarbejder:${banner.id}`;
}
