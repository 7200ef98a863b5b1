import Link from "next/link";
import { grundlagTekst, kategoriTekst, type Action, type GrundlagType } from "@/lib/access/actions";
import type { Overblik } from "@/lib/data/overblik";
import { formatAntalAf, formatDato } from "@/lib/format";
import { Utilgaengelig } from "../utilgaengelig";
import { Kort } from "./kort";

const kategori = (k: string) => kategoriTekst[k as Action] ?? "dine data";
const grundlag = (g: string) => grundlagTekst[g as GrundlagType] ?? "";

/** Blocks only the person themself sees: questions waiting and who looked. */
export function VenterKort({ antal }: { antal: NonNullable<Overblik["ventendeSpoergsmaal"]> }) {
  return (
    <Kort id="venter-overskrift" titel="Venter på svar">
      {antal.ok ? (
        antal.data === 0 ? (
          <p>Du har ingen spørgsmål, der venter på svar fra kommunen.</p>
        ) : (
          <p>
            {formatAntalAf(antal.data, "spørgsmål venter", "spørgsmål venter")} på svar fra kommunen. <Link href="/log">Se dem i din log</Link>
          </p>
        )
      ) : (
        <Utilgaengelig hvad="Dine spørgsmål" />
      )}
    </Kort>
  );
}

export function AdgangKort({ seneste }: { seneste: NonNullable<Overblik["senesteAdgang"]> }) {
  return (
    <Kort id="adgang-overskrift" titel="Hvem har set dine data">
      {seneste.ok ? (
        <>
          {seneste.data.poster.length === 0 ? (
            <p>Ingen andre har set dine data gennem Mine Data.</p>
          ) : (
            <ul className="kompakt-liste">
              {seneste.data.poster.map((p) => (
                <li key={p.id}>
                  {formatDato(p.tidspunkt)}: {p.aktoerNavn} ({p.aktoerOrganisation}) så {kategori(p.kategori)} {grundlag(p.grundlagType)}.
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link href="/log">Se hele din log</Link>
          </p>
        </>
      ) : (
        <Utilgaengelig hvad="Din log" />
      )}
    </Kort>
  );
}
