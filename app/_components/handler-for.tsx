import { skiftTilbage } from "@/app/handl-for/actions";
import { formatDato } from "@/lib/format";

export type HandlerFor = { navn: string; sidsteDag: string | null; ophoert: boolean };

/**
 * The persistent banner while a holder acts for someone: whom, on what basis, until when, and the
 * way back. It sits above every page, so nobody forgets whose data they are looking at.
 */
export function HandlerForBanner({ handlerFor }: { handlerFor: HandlerFor }) {
  return (
    <div className={`handler-for${handlerFor.ophoert ? " handler-for-ophoert" : ""}`} role="region" aria-label="Du handler for en anden">
      <div className="container handler-for-inner">
        <p className="handler-for-tekst">
          {handlerFor.ophoert ? (
            <>
              <strong>Du kan ikke længere handle for {handlerFor.navn}.</strong> Fuldmagten gælder ikke mere.
            </>
          ) : (
            <>
              <strong>Du handler for {handlerFor.navn}</strong>
              {handlerFor.sidsteDag ? <> · fuldmagt til og med {formatDato(handlerFor.sidsteDag)}</> : null}
            </>
          )}
        </p>
        <form action={skiftTilbage}>
          <button type="submit" className="button button-secondary handler-for-knap">
            Skift tilbage til dig selv
          </button>
        </form>
      </div>
    </div>
  );
}
