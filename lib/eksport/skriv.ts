import "server-only";
import { erDelegerbar } from "@/lib/access/actions";
import { inScope } from "@/lib/data/access";
import type { DataContext } from "@/lib/data/context";
import { foedselsdatoFraCpr } from "@/lib/domain/person";
import { env } from "@/lib/env";
import { formatAntal, formatDato, formatTidspunkt } from "@/lib/format";
import { nu } from "@/lib/klokke";
import { EKSPORT_VERSION, SKEMA_STI } from "./skema";
import { SEKTIONER } from "./sektioner";
import { esc, type Sektion } from "./sektion";
import { PRINT_CSS } from "./print-css";

/**
 * The copy as a stream: each section is read a page at a time and written out as it arrives, and
 * nothing is read before the reader asks for more (pull), so memory stays flat for the
 * Storforbruger's 2,000 sager and 20,000 udbetalinger. JSON and HTML come from the same sections.
 */
const udeladt = (s: Sektion) =>
  erDelegerbar(s.handling) ? "Din fuldmagt giver ikke adgang til denne del." : "Kun personen selv kan hente denne del.";

type Del<T> = { type: "elementer"; elementer: T[] } | { type: "slut"; fejl: string | null; udeladt: string | null; antal: number };

async function* del(ctx: DataContext, s: Sektion): AsyncGenerator<Del<unknown>> {
  if (!inScope(ctx, s.handling)) {
    yield { type: "slut", fejl: null, udeladt: udeladt(s), antal: 0 };
    return;
  }
  let antal = 0;
  for await (const side of s.sider(ctx)) {
    if (!side.ok) {
      yield { type: "slut", fejl: side.fejl, udeladt: null, antal };
      return;
    }
    antal += side.elementer.length;
    // Written as the domain mapping made them; the tests hold every section to the published
    // schema. Parsing each of 20,000 elements again here would double the garbage of a large copy.
    if (side.elementer.length) yield { type: "elementer", elementer: side.elementer };
  }
  yield { type: "slut", fejl: null, udeladt: null, antal };
}

function hoved(ctx: DataContext) {
  return {
    person: { navn: ctx.subject.navn, foedselsdato: foedselsdatoFraCpr(ctx.subject.cpr) },
    hentetAf: ctx.basis.type === "self" ? null : { navn: ctx.actor.navn, grundlag: ctx.basis.type },
  };
}

export async function* eksportJson(ctx: DataContext): AsyncGenerator<string> {
  const base = env().AUTH_URL;
  const start = {
    format: "minedata-eksport",
    version: EKSPORT_VERSION,
    skema: `${base}${SKEMA_STI}`,
    oprettet: nu().toISOString(),
    udsteder: { navn: "Korsbæk Kommune", cvr: env().KOMMUNE_CVR },
    ...hoved(ctx),
  };
  yield `${JSON.stringify(start).slice(0, -1)},"sektioner":{`;
  for (const [i, s] of SEKTIONER.entries()) {
    yield `${i ? "," : ""}${JSON.stringify(s.noegle)}:{"titel":${JSON.stringify(s.titel)},"beskrivelse":${JSON.stringify(s.beskrivelse)},"elementer":[`;
    let foerste = true;
    for await (const d of del(ctx, s)) {
      if (d.type === "elementer") {
        yield `${foerste ? "" : ","}${d.elementer.map((e) => JSON.stringify(e)).join(",")}`;
        foerste = false;
      } else {
        yield `],"fuldstaendig":${!d.fejl && !d.udeladt},"fejl":${JSON.stringify(d.fejl)},"udeladt":${JSON.stringify(d.udeladt)}}`;
      }
    }
  }
  yield `},"faerdig":true}\n`;
}

export async function* eksportHtml(ctx: DataContext, nonce: string): AsyncGenerator<string> {
  const { person, hentetAf } = hoved(ctx);
  yield `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kopi af ${esc(person.navn)}s data – Mine Data</title><style nonce="${esc(nonce)}">${PRINT_CSS}</style></head><body><main>`;
  yield `<h1>Kopi af dine data</h1><p class="lead">${esc(person.navn)}, født ${esc(formatDato(person.foedselsdato))}. Hentet fra Mine Data, Korsbæk Kommune, ${esc(formatTidspunkt(nu()))}${
    hentetAf ? ` af ${esc(hentetAf.navn)} (fuldmagt)` : ""
  }.</p><p class="skaerm">Kopien bliver skrevet, mens den hentes. Når alt er med, står der <strong>Kopien er færdig</strong> nederst. Du kan udskrive den eller gemme den som PDF med din browsers Udskriv.</p>`;
  yield `<nav aria-label="Indhold"><h2>Indhold</h2><ol>${SEKTIONER.map((s) => `<li><a href="#${s.noegle}">${esc(s.titel)}</a></li>`).join("")}</ol></nav>`;
  for (const s of SEKTIONER) {
    yield `<section aria-labelledby="${s.noegle}"><h2 id="${s.noegle}">${esc(s.titel)}</h2><p class="meta">${esc(s.beskrivelse)}</p>`;
    for await (const d of del(ctx, s)) {
      if (d.type === "elementer") yield d.elementer.map((e) => s.html(e)).join("");
      else if (d.udeladt) yield `<p class="besked">${esc(d.udeladt)}</p></section>`;
      else if (d.fejl) yield `<p class="besked">${esc(d.fejl)}</p></section>`;
      else yield `<p class="antal">${d.antal === 0 ? "Ingen." : `${esc(formatAntal(d.antal))} i alt.`}</p></section>`;
    }
  }
  yield `<p class="faerdig" role="status"><strong>Kopien er færdig.</strong></p></main></body></html>\n`;
}

/** A pull stream from a generator: the next part is read only when the client has taken the last. */
export function stroem(gen: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { value, done } = await gen.next();
        if (done) controller.close();
        else controller.enqueue(enc.encode(value));
      },
      async cancel() {
        await gen.return(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}
