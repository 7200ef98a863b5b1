import { sql } from "drizzle-orm";
import { customType, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { RettelseAdresse } from "@/lib/domain/rettelse";

export type { RettelseAdresse };

/**
 * BIDRAGE (DESIGN.md §3): correction requests as tracked cases, the citizen's own additions to a
 * sag, answers to "Spørg hvorfor", consents to fetch data from elsewhere, and the letters they send.
 * Every form that creates a row carries a one-time key (`noegle`, unique), so a double submit or a
 * retry after a network error lands once. Their letters go through `brev_udbakke`.
 */

/** Attachment bytes live in the database, so they survive a restart with everything else. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

export const RETTELSE_STATUS = ["kladde", "modtaget", "under-behandling", "rettet", "indsigelse-noteret", "afslag"] as const;

/** The structured address a CPR correction needs; the citizen types it, the caseworker can adjust it. */

/** A decision recorded before the fagsystem is called, so a restart in between can finish it. */
export type VentendeBeslutning = { type: "rettet" | "indsigelse-noteret" | "afslag"; begrundelse: string; nyVaerdi: string | null; adresse: RettelseAdresse | null; af: string };

/** A correction request (GDPR art. 16): a draft until the citizen sends it, then a case with a deadline. */
export const rettelser = pgTable(
  "rettelser",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Counts up; the reference the citizen sees is built from it ("R-00012"). */
    nr: serial("nr").notNull(),
    noegle: text("noegle").notNull(),
    status: text("status", { enum: RETTELSE_STATUS }).notNull().default("kladde"),
    subjektCpr: text("subjekt_cpr").notNull(),
    subjektNavn: text("subjekt_navn").notNull(),
    /** Who sent it: the person, or a holder acting under `fuldmagtId`. */
    indsenderCpr: text("indsender_cpr").notNull(),
    indsenderNavn: text("indsender_navn").notNull(),
    fuldmagtId: uuid("fuldmagt_id"),
    /** What is contested, as one key ("cpr.adresse" or "datum:<id>"): one open request per datum. */
    maal: text("maal").notNull(),
    /** A registered field ("cpr.adresse"), or a datum a decision rests on (datumId on kildeSagId). */
    felt: text("felt"),
    datumId: uuid("datum_id"),
    kildeSagId: uuid("kilde_sag_id"),
    betegnelse: text("betegnelse").notNull(),
    registreretVaerdi: text("registreret_vaerdi").notNull(),
    hvadErForkert: text("hvad_er_forkert").notNull(),
    rigtigVaerdi: text("rigtig_vaerdi").notNull(),
    rigtigAdresse: jsonb("rigtig_adresse").$type<RettelseAdresse>(),
    begrundelse: text("begrundelse").notNull(),
    /** Routing: the caseworker who owns the datum, and the sag their duty is for. */
    ansvarligId: uuid("ansvarlig_id"),
    ansvarligNavn: text("ansvarlig_navn"),
    ansvarligEnhed: text("ansvarlig_enhed").notNull(),
    sagId: uuid("sag_id"),
    modtaget: timestamp("modtaget", { withTimezone: true }),
    frist: timestamp("frist", { withTimezone: true }),
    fristForlaenget: timestamp("frist_forlaenget", { withTimezone: true }),
    beslutning: jsonb("beslutning").$type<VentendeBeslutning>(),
    afgjort: timestamp("afgjort", { withTimezone: true }),
    oprettet: timestamp("oprettet", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("rettelser_noegle_idx").on(t.noegle),
    uniqueIndex("rettelser_nr_idx").on(t.nr),
    index("rettelser_subjekt_idx").on(t.subjektCpr),
    index("rettelser_ansvarlig_idx").on(t.ansvarligId, t.status),
    uniqueIndex("rettelser_en_aaben_idx").on(t.subjektCpr, t.maal).where(sql`status in ('modtaget', 'under-behandling')`),
  ],
);

export const HAENDELSE_TYPER = ["modtaget", "under-behandling", "frist-forlaenget", "besked", "rettet", "indsigelse-noteret", "afslag"] as const;

/** The history of a request: every step, message and decision, with who did it. */
export const rettelseHaendelser = pgTable(
  "rettelse_haendelser",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    rettelseId: uuid("rettelse_id")
      .notNull()
      .references(() => rettelser.id, { onDelete: "cascade" }),
    type: text("type", { enum: HAENDELSE_TYPER }).notNull(),
    tidspunkt: timestamp("tidspunkt", { withTimezone: true }).notNull().defaultNow(),
    tekst: text("tekst"),
    afNavn: text("af_navn").notNull(),
    noegle: text("noegle"),
  },
  (t) => [index("rettelse_haendelser_rettelse_idx").on(t.rettelseId, t.tidspunkt), uniqueIndex("rettelse_haendelser_noegle_idx").on(t.noegle)],
);

/** A file a citizen attached to a request or a sag: type found from its content, never its name. */
export const bilag = pgTable(
  "bilag",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ejerId: uuid("ejer_id").notNull(),
    filnavn: text("filnavn").notNull(),
    mime: text("mime", { enum: ["application/pdf", "image/jpeg", "image/png"] }).notNull(),
    stoerrelse: integer("stoerrelse").notNull(),
    sha256: text("sha256").notNull(),
    indhold: bytea("indhold").notNull(),
    noegle: text("noegle"),
    oprettet: timestamp("oprettet", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("bilag_ejer_idx").on(t.ejerId), uniqueIndex("bilag_noegle_idx").on(t.noegle)],
);

/** A note or a document the citizen (or a holder for them) adds to a sag for the caseworker. */
export const sagTilfoejelser = pgTable(
  "sag_tilfoejelser",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    noegle: text("noegle").notNull(),
    subjektCpr: text("subjekt_cpr").notNull(),
    subjektNavn: text("subjekt_navn").notNull(),
    sagId: uuid("sag_id").notNull(),
    tekst: text("tekst").notNull(),
    indsenderNavn: text("indsender_navn").notNull(),
    fuldmagtId: uuid("fuldmagt_id"),
    ansvarligId: uuid("ansvarlig_id"),
    /** When the caseworker opened it. */
    set: timestamp("set", { withTimezone: true }),
    oprettet: timestamp("oprettet", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("sag_tilfoejelser_noegle_idx").on(t.noegle), index("sag_tilfoejelser_sag_idx").on(t.subjektCpr, t.sagId), index("sag_tilfoejelser_ansvarlig_idx").on(t.ansvarligId)],
);

/**
 * Where a "Spørg hvorfor" question went and its answer. The log is pseudonymous, so the person's
 * CPR number is kept here, beside the question, for the caseworker's basis and the answer letter.
 */
export const spoergsmaalBehandling = pgTable(
  "spoergsmaal_behandling",
  {
    spoergsmaalId: uuid("spoergsmaal_id").primaryKey(),
    subjektCpr: text("subjekt_cpr").notNull(),
    subjektNavn: text("subjekt_navn").notNull(),
    ansvarligId: uuid("ansvarlig_id"),
    ansvarligNavn: text("ansvarlig_navn"),
    sagId: uuid("sag_id"),
    svar: text("svar"),
    besvaret: timestamp("besvaret", { withTimezone: true }),
    besvaretAf: text("besvaret_af"),
  },
  (t) => [index("spoergsmaal_behandling_ansvarlig_idx").on(t.ansvarligId)],
);

export const HENTEKILDER = ["eindkomst", "pension"] as const;

/**
 * Consent to fetch named data from another authority or a private provider (GDPR art. 6(1)(a),
 * withdrawable under art. 7(3)). Its own table: samtykker to *share* with a third party live in
 * `samtykker`, which the access policy reads.
 */
export const hentesamtykker = pgTable(
  "hentesamtykker",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    noegle: text("noegle").notNull(),
    borgerCpr: text("borger_cpr").notNull(),
    borgerNavn: text("borger_navn").notNull(),
    kilde: text("kilde", { enum: HENTEKILDER }).notNull(),
    felter: jsonb("felter").$type<string[]>().notNull(),
    periodeFra: text("periode_fra"),
    periodeTil: text("periode_til"),
    formaal: text("formaal").notNull(),
    opbevaring: text("opbevaring").notNull(),
    sagId: uuid("sag_id").notNull(),
    rettelseId: uuid("rettelse_id"),
    anmodetAfId: uuid("anmodet_af_id").notNull(),
    anmodetAfNavn: text("anmodet_af_navn").notNull(),
    anmodetAfEnhed: text("anmodet_af_enhed").notNull(),
    status: text("status", { enum: ["anmodet", "givet", "afvist", "tilbagekaldt"] }).notNull().default("anmodet"),
    anmodet: timestamp("anmodet", { withTimezone: true }).notNull().defaultNow(),
    besvaret: timestamp("besvaret", { withTimezone: true }),
    gyldigTil: timestamp("gyldig_til", { withTimezone: true }),
    tilbagekaldt: timestamp("tilbagekaldt", { withTimezone: true }),
  },
  (t) => [uniqueIndex("hentesamtykker_noegle_idx").on(t.noegle), index("hentesamtykker_borger_idx").on(t.borgerCpr), index("hentesamtykker_anmodet_af_idx").on(t.anmodetAfId)],
);

/** What was fetched under a consent, and when: shown to the citizen and the caseworker alike. */
export const hentninger = pgTable(
  "hentninger",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    samtykkeId: uuid("samtykke_id")
      .notNull()
      .references(() => hentesamtykker.id, { onDelete: "cascade" }),
    hentet: timestamp("hentet", { withTimezone: true }).notNull().defaultNow(),
    noegle: text("noegle"),
    resultat: jsonb("resultat").$type<unknown>().notNull(),
  },
  (t) => [index("hentninger_samtykke_idx").on(t.samtykkeId, t.hentet), uniqueIndex("hentninger_noegle_idx").on(t.noegle)],
);
