import type { Metadata } from "next";
import Link from "next/link";
import { forAnden, requireAccess } from "@/lib/data/guard";
import { formatDato } from "@/lib/format";
import { mineRettelser } from "@/lib/rettelser/borger";
import { gaeldendeFrist, overskredet } from "@/lib/rettelser/frist";
import { erAfgjort, type RettelseStatus } from "@/lib/rettelser/status";
import { indsendtAf, reference } from "@/lib/rettelser/tekster";
import { Utilgaengelig } from "../_components/utilgaengelig";
import { RettelseStatusTag } from "./_components/status-tag";
import { nu } from "@/lib/klokke";

export const metadata: Metadata = { title: "Rettelser" };

export default async function Rettelser() {
  const ctx = await requireAccess("handle:rettelse", "/rettelser");
  const anden = forAnden(ctx);
  const result = await mineRettelser(ctx);
  const naa = nu();
  return (
    <>
      <h1>Rettelser</h1>
      <p className="font-lead">
        Er en oplysning om {anden ?? "dig"} forkert, kan du bede kommunen om at rette den. Kommunen skal svare inden for en måned.
      </p>
      <p>
        <Link className="button button-primary" href="/rettelser/ny">
          Bed om at få rettet en oplysning
        </Link>
      </p>
      <h2>{anden ? `Anmodninger om ${anden}` : "Dine anmodninger"}</h2>
      {!result.ok ? (
        <Utilgaengelig hvad="Anmodningerne" />
      ) : result.data.length === 0 ? (
        <p>{anden ? `Der er ingen anmodninger om ${anden}.` : "Du har ikke bedt om at få rettet noget."}</p>
      ) : (
        <ul className="bordered-list rettelse-liste">
          {result.data.map((r) => {
            const frist = gaeldendeFrist(r);
            const afgjort = erAfgjort(r.status as RettelseStatus);
            return (
              <li key={r.id}>
                <h3 className="h5">
                  <Link href={`/rettelser/${r.id}`}>
                    {reference(r.nr)}: {r.betegnelse}
                  </Link>
                </h3>
                <p>
                  <RettelseStatusTag status={r.status} />{" "}
                  {afgjort
                    ? `Afgjort ${formatDato(r.afgjort!.toISOString())}`
                    : `Svar senest ${formatDato(frist!.toISOString())}${overskredet(frist, naa) ? " – fristen er overskredet" : ""}`}
                </p>
                <p className="sag-meta">
                  Sendt {formatDato(r.modtaget!.toISOString())} af {indsendtAf(r)}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
