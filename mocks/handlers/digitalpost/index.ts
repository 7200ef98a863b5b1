import { http, HttpResponse } from "msw";
import {
  afvisningWire,
  brevKvitteringWire,
  brevSoegeresultatWire,
  brevSoegningWire,
  sendBrevWire,
  type BrevWire,
} from "@/lib/fagsystemer/digitalpost/wire";
import { deterministicUuid } from "../../random";
import { badRequest, health } from "../common";
import type { StoredBrev } from "./fixtures";
import { digitalpostStore } from "./store";

/** What must match for a repeated idempotensnøgle to count as the same letter. */
function indhold(modtagerCpr: string, b: Pick<BrevWire, "afsender" | "titel" | "tekst" | "kategori">): string {
  return JSON.stringify([modtagerCpr, b.afsender.cvr, b.afsender.navn, b.titel, b.tekst, b.kategori ?? null]);
}

function kvittering({ brev }: StoredBrev) {
  return HttpResponse.json(brevKvitteringWire.parse({ id: brev.id, modtaget: brev.modtaget }), { status: 201 });
}

const nyesteFoerst = (a: BrevWire, b: BrevWire) =>
  Date.parse(b.modtaget) - Date.parse(a.modtaget) || a.id.localeCompare(b.id);

export const digitalpostHandlers = [
  health("digitalpost"),

  // POST /digitalpost/breve – deliver a letter; a repeated idempotensnøgle returns the letter already delivered
  http.post("*/digitalpost/breve", async ({ request }) => {
    const body = sendBrevWire.safeParse(await request.json().catch(() => null));
    if (!body.success) return badRequest(body.error);
    const { idempotensNoegle, modtager, ...brev } = body.data;
    const noegle = `${brev.afsender.cvr}:${idempotensNoegle}`;
    const { breve } = digitalpostStore.get();
    // No await between the lookup and the insert, so two simultaneous submits cannot both insert.
    const tidligere = breve.find((b) => b.noegle === noegle);
    if (tidligere) {
      if (indhold(tidligere.modtagerCpr, tidligere.brev) === indhold(modtager.cprNummer, brev)) return kvittering(tidligere);
      return HttpResponse.json(afvisningWire.parse({ fejl: "Idempotensnøglen er brugt til et andet brev" }), {
        status: 409,
      });
    }
    const ny: StoredBrev = {
      modtagerCpr: modtager.cprNummer,
      noegle,
      brev: { ...brev, id: deterministicUuid(`brev:${noegle}`), modtaget: new Date().toISOString(), laest: false },
    };
    breve.push(ny);
    return kvittering(ny);
  }),

  // POST /digitalpost/breve/soeg – a citizen's letters, newest first, paged at the source
  http.post("*/digitalpost/breve/soeg", async ({ request }) => {
    const body = brevSoegningWire.safeParse(await request.json().catch(() => null));
    if (!body.success) return badRequest(body.error);
    const { cprNummer, side, antal } = body.data;
    const breve = digitalpostStore
      .get()
      .breve.filter((b) => b.modtagerCpr === cprNummer)
      .map((b) => b.brev)
      .sort(nyesteFoerst);
    const start = (side - 1) * antal;
    return HttpResponse.json(
      brevSoegeresultatWire.parse({ breve: breve.slice(start, start + antal), side, antal, total: breve.length }),
    );
  }),
];
