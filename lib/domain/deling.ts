import { z } from "zod";
import { KATEGORIER, type Kategori } from "@/lib/samtykke/kategorier";
import { udbetaling, bevilling } from "./ydelse";

/**
 * The deling API's contract (client-safe): the OAuth token endpoint's answer, the RFC 9396
 * authorization_details that carry the samtykke itself, and the bodies a third party gets. Every
 * string and list has a limit, so a client and the portal both know the worst case.
 */
export const SAMTYKKE_TYPE = "urn:korsbaek:minedata:samtykke";
export const STATUS_SCOPE = "samtykke:status";
export const MAKS_ANTAL = 100;

const kategori = z.enum(Object.keys(KATEGORIER) as [Kategori, ...Kategori[]]);

/** What the bank asks for at the token endpoint: one samtykke, by its id. */
export const anmodetDetalje = z.object({ type: z.literal(SAMTYKKE_TYPE), id: z.uuid() }).strict();
export const anmodedeDetaljer = z.array(anmodetDetalje).min(1).max(1);

/** The samtykke as the access token carries it (RFC 9396 authorization_details). */
export const samtykkeDetalje = z
  .object({
    type: z.literal(SAMTYKKE_TYPE),
    id: z.uuid().meta({ description: "Samtykkets id" }),
    giver: z.string().max(64).meta({ description: "Giveren som pseudonym: det samme hver gang for jer, et andet for andre modtagere. Aldrig et CPR-nummer." }),
    modtager: z.object({ navn: z.string().max(100), cvr: z.string().regex(/^\d{8}$/).max(8) }),
    formaal: z.string().max(200),
    data: z
      .array(z.object({ kategori, aar: z.number().int().min(2000).max(2100).optional() }))
      .max(10)
      .meta({ description: "De oplysninger, samtykket giver adgang til, fx udbetalinger i 2025" }),
    gyldigFra: z.iso.datetime({ offset: true }).max(40),
    gyldigTil: z.iso.datetime({ offset: true }).max(40),
    engangs: z.boolean(),
  })
  .meta({ description: "Samtykket selv, som borgeren gav det (RFC 9396 authorization_details)" });
export type SamtykkeDetalje = z.infer<typeof samtykkeDetalje>;

export const tokenSvar = z.object({
  access_token: z.string().max(8000),
  token_type: z.literal("Bearer"),
  expires_in: z.number().int().min(1).max(3600),
  scope: z.string().max(100).optional(),
  authorization_details: z.array(samtykkeDetalje).max(1).optional(),
});

/** RFC 6749 error body, with the same message in Danish under `fejl` like every other error of the portal. */
export const oauthFejl = z.object({
  error: z.enum(["invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type", "invalid_scope", "invalid_authorization_details"]),
  error_description: z.string().max(300),
  fejl: z.string().max(300),
});

export const delingPerson = z.object({
  navn: z.string().max(200).nullable().meta({ description: "Med, hvis samtykket nævner navn og fødselsdato" }),
  foedselsdato: z.iso.date().max(10).nullable(),
  cprNummer: z.string().regex(/^\d{10}$/).max(10).nullable().meta({ description: "Kun hvis samtykket nævner CPR-nummeret" }),
});

export const delingUdbetalinger = z.object({
  aar: z.number().int().min(2000).max(2100),
  udbetalinger: z.array(udbetaling).max(MAKS_ANTAL),
  side: z.number().int().min(1).max(10_000),
  antal: z.number().int().min(1).max(MAKS_ANTAL),
  total: z.number().int().min(0).max(1_000_000),
});

export const delingBevillinger = z.object({
  bevillinger: z.array(bevilling).max(MAKS_ANTAL),
  side: z.number().int().min(1).max(10_000),
  antal: z.number().int().min(1).max(MAKS_ANTAL),
  total: z.number().int().min(0).max(1_000_000),
});

export const samtykkeStatus = z.object({
  id: z.uuid(),
  status: z.enum(["aktiv", "brugt", "tilbagekaldt", "udloebet"]),
  gyldigTil: z.iso.datetime({ offset: true }).max(40),
  tilbagekaldt: z.iso.datetime({ offset: true }).max(40).nullable(),
});

const tomTilUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const side = z.preprocess(tomTilUndefined, z.coerce.number().int().min(1).max(10_000).default(1));
const antal = z.preprocess(tomTilUndefined, z.coerce.number().int().min(1).max(MAKS_ANTAL).default(50));

export const udbetalingerQuery = z.object({ aar: z.coerce.number().int().min(2000).max(2100), side, antal }).strict();
export const bevillingerQuery = z.object({ side }).strict();
export const tomQuery = z.object({}).strict();
