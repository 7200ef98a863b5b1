import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/data/guard";
import { formatDato, formatTidspunkt } from "@/lib/format";
import { mineAnmodninger } from "@/lib/hentesamtykke/store";
import { KILDER, SAMTYKKE_STATUS } from "@/lib/hentesamtykke/kilder";
import { indbakke, type IndbakkePost } from "@/lib/rettelser/indbakke";

export const metadata: Metadata = { title: "Indbakke" };

const STI: Record<IndbakkePost["art"], string> = { rettelse: "rettelse", spoergsmaal: "spoergsmaal", tilfoejelse: "tilfoejelse" };

/** Requests, questions and additions routed to this caseworker, by deadline; names appear only when an item is opened (and logged). */
export default async function Indbakke() {
  const { medarbejder } = await requireStaff("urn:dk:korsbaek:minedata:privilege:sagsbehandler");
  const [{ poster, ufordelte }, samtykker] = await Promise.all([indbakke(medarbejder), mineAnmodninger(medarbejder)]);
  const overskredne = poster.filter((p) => p.overskredet).length;
  return (
    <>
      <h1>Indbakke</h1>
      <p className="font-lead">
        Anmodninger om rettelse, spørgsmål om loggen og nye oplysninger fra borgere på de sager, du behandler. Den med den korteste frist står øverst.
      </p>
      <p className="sag-meta">
        Når du åbner en post, kan borgeren se det i sin log. Du ser kun den sag, posten hører til.
        {ufordelte > 0 && ` ${ufordelte} ${ufordelte === 1 ? "anmodning venter" : "anmodninger venter"} på at blive fordelt af Borgerservice.`}
      </p>
      {overskredne > 0 && (
        <div className="alert alert-warning" role="status">
          <div className="alert-body">
            <p className="alert-text">
              <strong>{overskredne === 1 ? "1 frist er overskredet." : `${overskredne} frister er overskredet.`}</strong> Borgeren skal have svar hurtigst muligt.
            </p>
          </div>
        </div>
      )}
      {poster.length === 0 ? (
        <p>Der er ikke noget i din indbakke.</p>
      ) : (
        <ul className="bordered-list indbakke-liste">
          {poster.map((p) => (
            <li key={`${p.art}-${p.id}`} className={p.overskredet ? "indbakke-overskredet" : undefined}>
              <h2 className="h5">
                <Link href={`/medarbejder/indbakke/${STI[p.art]}/${p.id}`} prefetch={false}>
                  {p.titel}
                </Link>
              </h2>
              <p>
                {p.overskredet && <span className="tag tag-small indbakke-tag-overskredet">Fristen er overskredet</span>} {p.status}
                {p.frist ? ` · frist ${formatDato(p.frist.toISOString())}` : ""} · modtaget {formatTidspunkt(p.modtaget)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {samtykker.length > 0 && (
        <section aria-labelledby="samtykker">
          <h2 id="samtykker">Samtykker, du har bedt om</h2>
          <ul className="bordered-list indbakke-liste">
            {samtykker.map((s) => (
              <li key={s.id}>
                <h3 className="h5">
                  <Link href={`/medarbejder/indbakke/samtykke/${s.id}`} prefetch={false}>
                    Hente fra {KILDER[s.kilde].navn}
                  </Link>
                </h3>
                <p>
                  {SAMTYKKE_STATUS[s.status]} · bedt om {formatDato(s.anmodet.toISOString())}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
