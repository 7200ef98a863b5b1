import type { Metadata } from "next";
import { forAnden, requireAccess } from "@/lib/data/guard";
import { hentAarstotaler, planlagteUdbetalinger, soegYdelser, udbetalteUdbetalinger } from "@/lib/data/ydelser";
import { formatAntalAf, genitiv } from "@/lib/format";
import { query, Sideskift } from "../_components/sideskift";
import { Utilgaengelig } from "../_components/utilgaengelig";
import { Aarstotaler } from "./_components/aarstotaler";
import { Bevillinger } from "./_components/bevillinger";
import { UdbetalingsTabel } from "./_components/udbetalinger";

export const metadata: Metadata = { title: "Ydelser og udbetalinger" };

const sideTal = (v: string | string[] | undefined) => Math.min(10_000, Math.max(1, Number.parseInt(String(Array.isArray(v) ? v[0] : (v ?? "1")), 10) || 1));

export default async function Ydelser({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireAccess("se:ydelser", "/ydelser");
  const anden = forAnden(ctx);
  const sp = await searchParams;
  const side = { bevillinger: sideTal(sp.bevillinger), udbetalinger: sideTal(sp.udbetalinger) };
  // One Ydelsesindeks, four small questions in parallel: each answers one page or a few sums.
  const [bevillinger, kommende, tidligere, totaler] = await Promise.all([
    soegYdelser(ctx, side.bevillinger),
    planlagteUdbetalinger(ctx),
    udbetalteUdbetalinger(ctx, side.udbetalinger),
    hentAarstotaler(ctx),
  ]);
  const href = (n: number) =>
    `/ydelser${query({ bevillinger: side.bevillinger === 1 ? undefined : side.bevillinger, udbetalinger: n === 1 ? undefined : n })}#tidligere-overskrift`;
  return (
    <>
      <h1>{anden ? `${genitiv(anden)} ydelser og udbetalinger` : "Ydelser og udbetalinger"}</h1>
      <p className="font-lead">
        Her kan du se, hvad {anden ?? "du"} får fra kommunen, hvad der bliver udbetalt, og hvad der er udbetalt.
      </p>
      {bevillinger.ok ? <Bevillinger side={bevillinger.data} udbetalingerSide={side.udbetalinger} /> : <Utilgaengelig hvad="Dine ydelser" niveau={2} />}

      <section aria-labelledby="kommende-overskrift">
        <h2 id="kommende-overskrift">Kommende udbetalinger</h2>
        {!kommende.ok ? (
          <Utilgaengelig hvad="Dine kommende udbetalinger" />
        ) : kommende.data.total === 0 ? (
          <p>Der er ingen planlagte udbetalinger lige nu.</p>
        ) : (
          <>
            <p>De næste to måneder. Planlagte udbetalinger kan nå at ændre sig.</p>
            <UdbetalingsTabel udbetalinger={kommende.data.udbetalinger} titel="Kommende udbetalinger" planlagte />
          </>
        )}
      </section>

      <section aria-labelledby="tidligere-overskrift">
        <h2 id="tidligere-overskrift">Tidligere udbetalinger</h2>
        {!tidligere.ok ? (
          <Utilgaengelig hvad="Dine tidligere udbetalinger" />
        ) : tidligere.data.total === 0 ? (
          <p>Der er ikke udbetalt noget endnu.</p>
        ) : (
          <>
            <p>{formatAntalAf(tidligere.data.total, "udbetaling", "udbetalinger")}, de nyeste først. Under »Udbetalt pr. år« kan du se summen for hvert år.</p>
            <UdbetalingsTabel udbetalinger={tidligere.data.udbetalinger} titel={`Tidligere udbetalinger, side ${tidligere.data.side}`} planlagte={false} />
            <Sideskift side={tidligere.data.side} antal={tidligere.data.antal} total={tidligere.data.total} href={href} label="Sider med tidligere udbetalinger" />
          </>
        )}
      </section>
      {totaler.ok ? <Aarstotaler totaler={totaler.data} /> : <Utilgaengelig hvad="Udbetalt pr. år" niveau={2} />}
    </>
  );
}
