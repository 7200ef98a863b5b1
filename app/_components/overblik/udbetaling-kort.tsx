import Link from "next/link";
import type { Overblik } from "@/lib/data/overblik";
import { formatBeloeb, formatDato } from "@/lib/format";
import { Utilgaengelig } from "../utilgaengelig";
import type { Hvem } from "../hvem";
import { Kort } from "./kort";

export function UdbetalingKort({ naeste, h }: { naeste: NonNullable<Overblik["naesteUdbetaling"]>; h: Hvem }) {
  return (
    <Kort id="udbetaling-overskrift" titel="Næste udbetaling">
      {naeste.ok ? (
        <>
          {naeste.data ? (
            <>
              <p className="nogletal">{formatBeloeb(naeste.data.efterSkat)}</p>
              <p>
                {naeste.data.ydelse}, {formatDato(naeste.data.dato)}. Beløbet er efter skat.
              </p>
            </>
          ) : (
            <p>Der er ingen planlagte udbetalinger til {h.dig}.</p>
          )}
          <p>
            <Link href="/ydelser">Se {h.dine} ydelser og udbetalinger</Link>
          </p>
        </>
      ) : (
        <Utilgaengelig hvad={`${h.Dine} udbetalinger`} />
      )}
    </Kort>
  );
}
