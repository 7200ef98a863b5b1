import type { Metadata } from "next";
import { forAnden, requireAccess } from "@/lib/data/guard";
import { emnerForSide, soegSager } from "@/lib/data/sager";
import { sagerQuery, soegningFraQuery, type SagerQuery } from "@/lib/domain/sag";
import { genitiv } from "@/lib/format";
import { SagFilter } from "./_components/sag-filter";
import { hvem } from "../_components/hvem";
import { SagListe } from "./_components/sag-liste";
import { Utilgaengelig } from "../_components/utilgaengelig";

export const metadata: Metadata = { title: "Mine sager" };

type Params = Record<string, string | string[] | undefined>;

/** A bookmarked or hand-edited URL with a bad filter shows the unfiltered list, not an error. */
function laesQuery(raw: Params): SagerQuery {
  const enkelt = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = sagerQuery.safeParse(enkelt);
  if (parsed.success) return parsed.data;
  const felter: SagerQuery = { side: 1 };
  for (const key of ["side", "status", "emne", "q"] as const) {
    const one = sagerQuery.shape[key].safeParse(enkelt[key]);
    if (one.success) Object.assign(felter, { [key]: one.data });
  }
  return felter;
}

export default async function Sager({ searchParams }: { searchParams: Promise<Params> }) {
  const ctx = await requireAccess("se:sager", "/sager");
  const anden = forAnden(ctx);
  const query = laesQuery(await searchParams);
  const result = await soegSager(ctx, query.side, soegningFraQuery(query));
  const emner = result.ok ? await emnerForSide(result.data, query.emne) : new Map();
  const filtreret = Boolean(query.status || query.emne || query.q);
  return (
    <>
      <h1>{anden ? `${genitiv(anden)} sager` : "Mine sager"}</h1>
      <p className="font-lead">
        Her er alle {anden ? genitiv(anden) : "dine"} sager hos Korsbæk Kommune. Sager, der ikke er afsluttet, står først.
      </p>
      {/* Keyed on the query: after a client-side navigation the form shows the new values, not the old. */}
      <SagFilter key={`${query.q ?? ""}|${query.status ?? ""}|${query.emne ?? ""}`} query={query} emner={[...emner.values()]} sager={result.ok ? result.data.sager : []} />
      {result.ok ? (
        <SagListe side={result.data} query={query} emner={emner} filtreret={filtreret} h={hvem(anden)} />
      ) : (
        <Utilgaengelig hvad={anden ? `${genitiv(anden)} sager` : "Dine sager"} niveau={2} />
      )}
    </>
  );
}
