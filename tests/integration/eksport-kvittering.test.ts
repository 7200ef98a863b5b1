import { randomUUID } from "node:crypto";
import Ajv2020 from "ajv/dist/2020.js";
import { eq } from "drizzle-orm";
import { compactVerify, createLocalJWKSet, decodeProtectedHeader } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { nu } from "@/lib/klokke";
import { subjektNoegle } from "@/lib/data/access";
import { opretFuldmagt } from "@/lib/data/fuldmagt-handlinger";
import { fuldmagtKvitteringJws, givDelingssamtykke, samtykkeKvitteringJws } from "@/lib/data/samtykker";
import { adgangslog } from "@/lib/db/schema";
import { eksportSkema, jsonSkema } from "@/lib/eksport/skema";
import { eksportHtml, eksportJson } from "@/lib/eksport/skriv";
import { idagIso } from "@/lib/fuldmagt/datoer";
import { verificer } from "@/lib/kvittering/jws";
import { jwks } from "@/lib/kvittering/noegle";
import { server } from "@/mocks/node";
import { citizens } from "@/mocks/personas";
import { backends, blockDatabase } from "../support/databases";
import { actingCtx, selfCtx } from "../support/contexts";
import { delingsformular, registrerKlient } from "../support/deling";
import { testEnv } from "../support/test-env";

/**
 * Receipts (signed DPV records for samtykker and fuldmagter) and the export (its schema, the
 * JSON Schema published from it, a holder's copy logged for the giver). PGlite only: the database
 * part is the same as the other integration tests, the point here is the documents.
 */
Object.assign(process.env, testEnv);

const om = (dage: number) => idagIso(new Date(nu().getTime() + dage * 86_400_000));

async function tekst(gen: AsyncGenerator<string>): Promise<string> {
  let s = "";
  for await (const del of gen) s += del;
  return s;
}

describe.each(backends().slice(0, 1))("receipts and export on %s", (_name, open) => {
  const { db } = blockDatabase(open, { server });
  let samtykkeId = "";
  let fuldmagtId = "";

  beforeAll(async () => {
    await registrerKlient(db(), "andelskassen", "Andelskassen", "12345678");
    const sofie = await selfCtx(db(), citizens.sofie);
    const s = await givDelingssamtykke(sofie, delingsformular(om(30)));
    samtykkeId = s.ok && s.trin === "oprettet" ? s.id : "";
    const karen = await selfCtx(db(), citizens.karen);
    const f = await opretFuldmagt(karen, { navn: "Ole Jensen", dag: "5", maaned: "7", aar: "1942", privilegier: ["se:sager", "handle:eksport"], gyldigTil: om(60), noegle: randomUUID(), trin: "bekraeft" }, "giver");
    fuldmagtId = f.ok && f.data.trin === "oprettet" ? f.data.id : "";
  });

  it("a samtykke's receipt is a JWS over a DPV consent record that checks against the published JWKS, and a changed one does not", async () => {
    const r = await samtykkeKvitteringJws(await selfCtx(db(), citizens.sofie), samtykkeId);
    if (!r.ok || !r.data) throw new Error("ingen kvittering");
    expect(decodeProtectedHeader(r.data)).toMatchObject({ alg: "ES256", typ: "kvittering+jws", cty: "application/ld+json" });
    const { payload } = await compactVerify(r.data, createLocalJWKSet(await jwks()));
    const k = JSON.parse(new TextDecoder().decode(payload));
    expect(k).toMatchObject({ "@type": "dpv:ConsentReceipt", "dct:conformsTo": "https://w3id.org/dpv/schema/dpv-27560#receipt-eu-gdpr" });
    const rec = k["dpv:hasRecordOfActivity"];
    expect(rec).toMatchObject({
      "@type": "dpv:ConsentRecord",
      "dct:identifier": samtykkeId,
      "dpv:hasLegalBasis": { "@id": "eu-gdpr:A6-1-a" },
      "dpv:hasProcess": {
        "dpv:hasPurpose": { "@type": "dpv:CreditChecking" },
        "dpv:hasRecipient": { "dpv:hasName": "Andelskassen", "dct:identifier": "CVR 12345678" },
        "dpv:hasPersonalData": [{ "skos:broader": "pd:Income", "dct:title": "Udbetalinger fra kommunen i 2024" }, { "skos:broader": "pd:BirthDate" }],
      },
      "dpv:hasConsentControl": { "@type": ["dpv:WithdrawConsent"] },
      "dpv:hasConsentStatus": [{ "@type": ["dpv:ConsentGiven", "dpv:ExplicitlyExpressedConsent"] }],
    });
    expect(rec["dct:valid"]).toMatch(/^\d{4}-.+\/\d{4}-/);
    expect(JSON.stringify(k)).not.toContain(citizens.sofie.cpr);
    expect(await verificer(r.data)).toEqual(k);
    const [h, p, s] = r.data.split(".");
    const aendret = JSON.parse(Buffer.from(p!, "base64url").toString());
    aendret["dpv:hasRecordOfActivity"]["dpv:hasProcess"]["dpv:hasRecipient"]["dpv:hasName"] = "En anden bank";
    await expect(verificer(`${h}.${Buffer.from(JSON.stringify(aendret)).toString("base64url")}.${s}`)).rejects.toThrow();
  });

  it("a fuldmagt's receipt names the holder as representative, the privileges and how to withdraw; both parties can get it, others cannot", async () => {
    const r = await fuldmagtKvitteringJws(await selfCtx(db(), citizens.ole), fuldmagtId);
    if (!r.ok || !r.data) throw new Error("ingen kvittering");
    const k = await verificer(r.data);
    const rec = k["dpv:hasRecordOfActivity"] as Record<string, Record<string, unknown>>;
    expect(rec["dpv:hasProcess"]).toMatchObject({
      "dpv:hasRecipient": { "@type": ["dpv:NaturalPerson", "dpv:Representative", "dpv:Recipient"], "dpv:hasName": "Ole Jensen" },
      "dpv:hasPersonalData": [{ "dct:title": "Se sager" }, { "dct:title": "Hente en kopi af dine data" }],
    });
    expect(rec["dpv:hasConsentControl"]).toMatchObject({ "dpv:isExercisedAt": `${testEnv.AUTH_URL}/fuldmagter/${fuldmagtId}` });
    expect(await fuldmagtKvitteringJws(await selfCtx(db(), citizens.amir), fuldmagtId)).toEqual({ ok: true, data: null });
  });

  it("Sofie's export is valid against its zod schema and the published JSON Schema, with every section and the receipts", async () => {
    const json = await tekst(eksportJson(await selfCtx(db(), citizens.sofie)));
    const doc = JSON.parse(json);
    expect(eksportSkema().safeParse(doc).success).toBe(true);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addFormat("uuid", /^[0-9a-f-]{36}$/i).addFormat("date", /^\d{4}-\d{2}-\d{2}$/).addFormat("date-time", () => true).addFormat("uri", () => true).addFormat("email", () => true);
    const valider = ajv.compile(jsonSkema(testEnv.AUTH_URL));
    expect(valider(doc), JSON.stringify(valider.errors?.slice(0, 3))).toBe(true);
    expect(doc).toMatchObject({ format: "minedata-eksport", version: "1.0.0", skema: `${testEnv.AUTH_URL}/eksport/skema/v1.json`, person: { navn: "Sofie Nielsen", foedselsdato: "2000-03-22" }, hentetAf: null, faerdig: true });
    expect(Object.keys(doc.sektioner)).toEqual(["oplysninger", "sager", "bevillinger", "udbetalinger", "fuldmagter", "samtykker", "rettelser", "hentesamtykker", "breve", "log"]);
    expect(doc.sektioner.sager.elementer[0]).toMatchObject({ titel: "Kontanthjælp", afgoerelse: { grundlag: [{ betegnelse: "Din formue" }, { betegnelse: "Din boligudgift" }] } });
    expect(doc.sektioner.udbetalinger.elementer.length).toBeGreaterThan(0);
    expect(await verificer(doc.sektioner.samtykker.elementer[0].kvittering)).toMatchObject({ "@type": "dpv:ConsentReceipt" });
    expect(json).not.toContain(citizens.sofie.cpr);
    // A document that breaks the schema is caught: the check can fail.
    expect(valider({ ...doc, version: "9" })).toBe(false);
  });

  it("Ole's export for Karen leaves out her own log, letters, fuldmagter and samtykker, and each read is in Karen's log first", async () => {
    const ole = await actingCtx(db(), citizens.ole, fuldmagtId);
    const foer = await db().$count(adgangslog, eq(adgangslog.subjektNoegle, subjektNoegle(citizens.karen.cpr)));
    const doc = JSON.parse(await tekst(eksportJson(ole)));
    expect(eksportSkema().safeParse(doc).success).toBe(true);
    expect(doc.hentetAf).toEqual({ navn: "Ole Jensen", grundlag: "fuldmagt" });
    for (const k of ["log", "breve", "fuldmagter", "samtykker", "hentesamtykker"]) expect(doc.sektioner[k]).toMatchObject({ elementer: [], fuldstaendig: false, udeladt: "Kun personen selv kan hente denne del." });
    // Correction requests a holder may see with handle:rettelse; this fuldmagt does not give it.
    expect(doc.sektioner.rettelser).toMatchObject({ elementer: [], fuldstaendig: false, udeladt: "Din fuldmagt giver ikke adgang til denne del." });
    expect(doc.sektioner.sager.elementer.length).toBeGreaterThan(0);
    // The plejebolig note is not for representatives: not in Ole's copy of Karen's data.
    expect(JSON.stringify(doc)).not.toContain("Notat om samtale med Karen alene");
    const log = await db().select().from(adgangslog).where(eq(adgangslog.subjektNoegle, subjektNoegle(citizens.karen.cpr)));
    const nye = log.filter((l) => l.nr > foer);
    expect(nye.map((l) => l.kategori)).toEqual(["handle:eksport", "handle:eksport", "handle:eksport", "handle:eksport"]);
    expect(nye.every((l) => l.aktoerNavn === "Ole Jensen" && l.grundlagId === fuldmagtId)).toBe(true);
    expect(nye.map((l) => l.objekt)).toContain("Kopi af dine data: sager med dokumenter og afgørelser (side 1) (1 skjult, fordi det ikke er til fuldmægtige)");
  });

  it("the printable copy has every section in order, escapes text, and ends with 'Kopien er færdig'", async () => {
    const html = await tekst(eksportHtml(await selfCtx(db(), citizens.sofie), "abc"));
    expect(html).toMatch(/^<!doctype html><html lang="da">/);
    expect(html).toContain('<style nonce="abc">');
    expect(html.indexOf('id="sager"')).toBeLessThan(html.indexOf('id="log"'));
    expect(html).toContain("break-inside:avoid");
    expect(html.trimEnd()).toMatch(/Kopien er færdig\.<\/strong><\/p><\/main><\/body><\/html>$/);
    expect(html).not.toContain(citizens.sofie.cpr);
  });
});
