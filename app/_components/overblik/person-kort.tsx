import Link from "next/link";
import type { Overblik } from "@/lib/data/overblik";
import { Utilgaengelig } from "../utilgaengelig";
import type { Hvem } from "../hvem";
import { Kort } from "./kort";

export function PersonKort({ person, h }: { person: NonNullable<Overblik["person"]>; h: Hvem }) {
  return (
    <Kort id="person-overskrift" titel={h.egne ? "Dig i Folkeregisteret" : `${h.du} i Folkeregisteret`}>
      {person.ok ? (
        <>
          <dl className="data-liste">
            <dt>CPR-nummer</dt>
            <dd>{person.data.maskeretCpr}</dd>
            <dt>Adresse</dt>
            <dd>{person.data.adresse ?? "Beskyttet adresse"}</dd>
          </dl>
          <p>
            <Link href="/oplysninger">Se alle {h.dine} oplysninger</Link>
          </p>
        </>
      ) : (
        <Utilgaengelig hvad={`${h.Dine} oplysninger fra CPR`} />
      )}
    </Kort>
  );
}
