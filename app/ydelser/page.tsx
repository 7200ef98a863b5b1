import type { Metadata } from "next";
import { forAnden, requireAccess } from "@/lib/data/guard";
import { genitiv } from "@/lib/format";
import { hentAarstotaler, soegUdbetalinger, soegYdelser } from "@/lib/data/ydelser";
import { Utilgaengelig } from "../_components/utilgaengelig";
import { Aarstotaler } from "./_components/aarstotaler";
import { Bevillinger } from "./_components/bevillinger";
import { Udbetalinger } from "./_components/udbetalinger";

export const metadata: Metadata = { title: "Ydelser og udbetalinger" };

const sideTal = (v: string | string[] | undefined) => Math.min(10_000, Math.max(1, Number.parseInt(String(Array.isArray(v) ? v[0] : (v ?? "1")), 10) || 1));

export default async function Ydelser({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireAccess("se:ydelser", "/ydelser");
  const anden = forAnden(ctx);
  const sp = await searchParams;
  const side = { bevillinger: sideTal(sp.bevillinger), udbetalinger: sideTal(sp.udbetalinger) };
  // One Ydelsesindeks, three small questions in parallel: each answers one page or a few sums.
  const [bevillinger, udbetalinger, totaler] = await Promise.all([
    soegYdelser(ctx, side.bevillinger),
    soegUdbetalinger(ctx, side.udbetalinger),
    hentAarstotaler(ctx),
  ]);
  return (
    <>
      <h1>{anden ? `${genitiv(anden)} ydelser og udbetalinger` : "Ydelser og udbetalinger"}</h1>
      <p className="font-lead">
        Her kan du se, hvad {anden ?? "du"} får fra kommunen, hvad der er udbetalt, og hvad der bliver udbetalt.
      </p>
      {bevillinger.ok ? <Bevillinger side={bevillinger.data} udbetalingerSide={side.udbetalinger} /> : <Utilgaengelig hvad="Dine ydelser" niveau={2} />}
      {udbetalinger.ok ? <Udbetalinger side={udbetalinger.data} bevillingerSide={side.bevillinger} /> : <Utilgaengelig hvad="Dine udbetalinger" niveau={2} />}
      {totaler.ok ? <Aarstotaler totaler={totaler.data} /> : <Utilgaengelig hvad="Udbetalt pr. år" niveau={2} />}
    </>
  );
}
