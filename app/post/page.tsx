import type { Metadata } from "next";
import { requireAccess } from "@/lib/data/guard";
import { BREVE_PR_SIDE, mineBreve } from "@/lib/data/post";
import { formatDato } from "@/lib/format";
import { Sideskift } from "../_components/sideskift";
import { TekstAfsnit } from "../_components/tekst-afsnit";
import { Utilgaengelig } from "../_components/utilgaengelig";

export const metadata: Metadata = { title: "Breve fra kommunen" };

const sideTal = (v: string | undefined) => Math.min(10_000, Math.max(1, Number.parseInt(v ?? "1", 10) || 1));

export default async function Post({ searchParams }: { searchParams: Promise<{ side?: string }> }) {
  const ctx = await requireAccess("se:post", "/post");
  const side = sideTal((await searchParams).side);
  const result = await mineBreve(ctx, side);
  return (
    <>
      <h1>Breve fra kommunen</h1>
      <p className="font-lead">
        Her er de breve, Mine Data har sendt dig i Digital Post – fx om fuldmagter. Du finder dem også i din digitale postkasse.
      </p>
      {!result.ok ? (
        <Utilgaengelig hvad="Dine breve" niveau={2} />
      ) : result.data.total === 0 ? (
        <p>Du har ikke fået breve fra Mine Data.</p>
      ) : (
        <>
          <ul className="bordered-list brev-liste">
            {result.data.breve.map((b) => (
              <li key={b.id}>
                <details className="brev">
                  <summary>
                    <span className="brev-titel">{b.titel}</span>
                    <span className="sag-meta">
                      {" "}
                      · {b.afsender} · {formatDato(b.modtaget)}
                    </span>
                  </summary>
                  <TekstAfsnit tekst={b.tekst} />
                </details>
              </li>
            ))}
          </ul>
          <Sideskift side={side} antal={BREVE_PR_SIDE} total={result.data.total} href={(s) => `/post?side=${s}`} label="Sider med breve" />
        </>
      )}
    </>
  );
}
