import type { sessionCase } from "@/lib/dialog/dilemmaer";

/** The case to read aloud: its paragraphs and, for a dilemma card, the quote with its role and source. */
export function CaseTekst({ fortaelling }: { fortaelling: ReturnType<typeof sessionCase> }) {
  return (
    <>
      {fortaelling.tekst.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {fortaelling.citat && (
        <figure className="dialog-citat">
          <blockquote>
            <p>»{fortaelling.citat.tekst}«</p>
          </blockquote>
          <figcaption>
            {fortaelling.citat.rolle}. Kilde: {fortaelling.citat.kilde}
          </figcaption>
        </figure>
      )}
    </>
  );
}
