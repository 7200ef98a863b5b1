import type { Metadata } from "next";
import { handlingSaetning, kategoriTekst, type Action } from "@/lib/access/actions";
import { requireAccess } from "@/lib/data/guard";
import { logFilter, LOG_PR_SIDE, minLog } from "@/lib/data/log";
import { formatAntal } from "@/lib/format";
import { Sideskift } from "../_components/sideskift";
import { Utilgaengelig } from "../_components/utilgaengelig";
import { LogPost } from "./_components/log-post";

export const metadata: Metadata = { title: "Hvem har set mine data" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function MinLog({ searchParams }: Props) {
  const ctx = await requireAccess("se:log", "/log");
  const params = await searchParams;
  const filter = logFilter.parse(params);
  const result = await minLog(ctx, filter);
  if (!result.ok) {
    return (
      <>
        <h1>Hvem har set mine data</h1>
        <Utilgaengelig hvad="Din log" niveau={2} />
      </>
    );
  }
  const log = result.data;
  const query = (side: number) =>
    new URLSearchParams({ side: String(side), ...(filter.hvem ? { hvem: filter.hvem } : {}), ...(filter.hvad ? { hvad: filter.hvad } : {}) });
  const link = (side: number) => `/log?${query(side)}`;
  return (
    <>
      <h1>Hvem har set mine data</h1>
      <p className="font-lead">
        Her kan du se, hver gang en anden end dig har set dine data – for eksempel en medarbejder, din sagsbehandler
        eller en, du har givet fuldmagt. Du ser ikke det, du selv har kigget på.
      </p>
      <form method="get" action="/log" className="log-filter">
        <div className="form-group">
          <label className="form-label" htmlFor="hvem">
            Hvem
          </label>
          <select className="form-select" id="hvem" name="hvem" defaultValue={filter.hvem ?? ""}>
            <option value="">Alle</option>
            {log.aktoerer.map((navn) => (
              <option key={navn} value={navn}>
                {navn}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="hvad">
            Hvad
          </label>
          <select className="form-select" id="hvad" name="hvad" defaultValue={filter.hvad ?? ""}>
            <option value="">Alt</option>
            {log.kategorier.map((k) => (
              <option key={k} value={k}>
                {kategoriTekst[k as Action] ?? k}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          Vis
        </button>
      </form>
      {log.total === 0 ? (
        <p>{filter.hvem || filter.hvad ? "Ingen har set dine data med det filter." : "Ingen andre har set dine data."}</p>
      ) : (
        <>
          <p>
            {formatAntal(log.total)} {log.total === 1 ? "gang" : "gange"}, nyeste først.
          </p>
          <ul className="bordered-list log-liste">
            {log.poster.map((post) => (
              <LogPost
                key={post.id}
                post={{ ...post, saetning: handlingSaetning[post.kategori as Action] ?? "så dine data" }}
                spurgt={log.spurgt.get(post.id) ?? null}
                netopSpurgt={params.spurgt === post.id}
                filter={query(filter.side).toString()}
              />
            ))}
          </ul>
          <Sideskift side={filter.side} antal={LOG_PR_SIDE} total={log.total} href={link} label="Sider i loggen" />
        </>
      )}
    </>
  );
}
