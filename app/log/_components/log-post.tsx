import { grundlagTekst, type GrundlagType } from "@/lib/access/actions";
import { formatDato, formatTidspunkt } from "@/lib/format";
import { SpoergHvorfor } from "./spoerg-hvorfor";

type Props = {
  post: {
    id: string;
    tidspunkt: Date;
    aktoerNavn: string;
    aktoerRolle: string;
    aktoerOrganisation: string;
    grundlagType: GrundlagType;
    objekt: string;
    formaal: string;
    saetning: string;
  };
  spurgt: { frist: Date; status: string; svar: string | null; besvaret: Date | null; besvaretAf: string | null } | null;
  netopSpurgt: boolean;
  /** The page's current filter, so asking keeps the citizen where they were. */
  filter: string;
};

/** One line of Min log, as a sentence: "Ole Jensen så dine sager – på grundlag af din fuldmagt". */
export function LogPost({ post, spurgt, netopSpurgt, filter }: Props) {
  return (
    <li id={`post-${post.id}`}>
      <p className="log-saetning">
        <strong>{post.aktoerNavn}</strong> {post.saetning} – {grundlagTekst[post.grundlagType]}
      </p>
      <p className="log-detaljer">
        {formatTidspunkt(post.tidspunkt)} · {post.aktoerRolle}, {post.aktoerOrganisation}
      </p>
      <p className="log-detaljer">
        Hvad: {post.objekt} · Formål: {post.formaal}
      </p>
      {spurgt?.svar ? (
        <div className="log-svar">
          <p className="log-spurgt">
            <strong>Svar fra {spurgt.besvaretAf}</strong> · {formatTidspunkt(spurgt.besvaret!)}
          </p>
          <p className="bevar-linjer">{spurgt.svar}</p>
        </div>
      ) : spurgt ? (
        <p className="log-spurgt" role={netopSpurgt ? "status" : undefined}>
          Du har spurgt hvorfor. {spurgt.status === "besvaret" ? "Du har fået svar." : `Du får svar senest ${formatDato(spurgt.frist.toISOString())}.`}
        </p>
      ) : (
        <SpoergHvorfor logpostId={post.id} filter={filter} hvad={`${post.aktoerNavn} ${post.saetning}, ${formatTidspunkt(post.tidspunkt)}`} />
      )}
    </li>
  );
}
