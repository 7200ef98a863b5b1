import Link from "next/link";
import type { Overblik } from "@/lib/data/overblik";
import { sagStatusTekst } from "@/lib/domain/sag";
import { formatAntal, formatAntalAf } from "@/lib/format";
import { Utilgaengelig } from "../utilgaengelig";
import type { Hvem } from "../hvem";
import { Kort } from "./kort";

export function SagerKort({ sager, h }: { sager: NonNullable<Overblik["sager"]>; h: Hvem }) {
  return (
    <Kort id="sager-overskrift" titel={`${h.Dine} sager`}>
      {sager.ok ? (
        <>
          <p className="nogletal">{formatAntal(sager.data.antal)}</p>
          <p>{sager.data.antal === 1 ? "sag hos kommunen" : "sager hos kommunen"}</p>
          {sager.data.aabne.total === 0 ? (
            <p>{h.Du} har ingen åbne sager lige nu.</p>
          ) : (
            <>
              <h3 className="h5">{formatAntalAf(sager.data.aabne.total, "åben sag", "åbne sager")}</h3>
              <ul className="kompakt-liste">
                {sager.data.aabne.sager.map((s) => (
                  <li key={s.id}>
                    <Link href={`/sager/${s.id}`} prefetch={false}>{s.titel}</Link> – {sagStatusTekst[s.status].toLowerCase()}
                    {s.lokalStatus ? `: ${s.lokalStatus}` : null}
                  </li>
                ))}
              </ul>
              {sager.data.aabne.total > sager.data.aabne.sager.length && (
                <p>
                  <Link href="/sager?status=aabne">Se alle {h.dine} åbne sager</Link>
                </p>
              )}
            </>
          )}
          <p>
            <Link href="/sager">Se alle {h.dine} sager</Link>
          </p>
        </>
      ) : (
        <Utilgaengelig hvad={`${h.Dine} sager`} />
      )}
    </Kort>
  );
}
