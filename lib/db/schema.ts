import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/**
 * A login session. The browser holds only the opaque id (inside Auth.js's encrypted cookie);
 * who the person is, including the CPR number, stays here on the server.
 */
export const loginSessioner = pgTable(
  "login_sessioner",
  {
    id: text("id").primaryKey(),
    art: text("art", { enum: ["borger", "medarbejder"] }).notNull(),
    subject: text("subject").notNull(),
    navn: text("navn").notNull(),
    cpr: text("cpr"),
    cvr: text("cvr"),
    privilegier: jsonb("privilegier").$type<string[]>().notNull().default([]),
    sikringsniveau: text("sikringsniveau").notNull(),
    oprettet: timestamp("oprettet", { withTimezone: true }).notNull().defaultNow(),
    /** The hard end: 8 hours after login, however active the session is. */
    udloeber: timestamp("udloeber", { withTimezone: true }).notNull(),
    /** The last request, to the minute: 30 minutes without one ends the session. */
    sidstAktiv: timestamp("sidst_aktiv", { withTimezone: true }).notNull().defaultNow(),
    /**
     * "Acting as": the fuldmagt a citizen has chosen to act under, or the assisted session a staff
     * member helps in. Kept here on the server, never in a client-chosen value, and checked
     * against the policy again on every request.
     */
    fuldmagtId: uuid("fuldmagt_id"),
    assisteretId: uuid("assisteret_id"),
  },
  (t) => [index("login_sessioner_udloeber_idx").on(t.udloeber)],
);

/** The kommune's staff who may use the portal's staff side, keyed by their MitID Erhverv identity. */
export const medarbejdere = pgTable("medarbejdere", {
  id: uuid("id").primaryKey(),
  navn: text("navn").notNull(),
  enhed: text("enhed").notNull(),
  email: text("email").notNull(),
  telefon: text("telefon").notNull(),
  aktiv: boolean("aktiv").notNull().default(true),
});

/**
 * A fuldmagt: what a holder may do for a giver, as a set of named privileges, never "everything"
 * (DESIGN.md §3 ANVENDE), with a mandatory end. Given by the giver, requested by the holder and
 * approved by the giver, or registered from paper by a betroet medarbejder. Rows are never
 * deleted: an ended fuldmagt stays visible under "Tidligere" for 15 months.
 */
export const fuldmagter = pgTable(
  "fuldmagter",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    giverCpr: text("giver_cpr").notNull(),
    giverNavn: text("giver_navn").notNull(),
    fuldmaegtigCpr: text("fuldmaegtig_cpr").notNull(),
    fuldmaegtigNavn: text("fuldmaegtig_navn").notNull(),
    /** What the holder may do; for a request not yet answered, what was asked for. */
    privilegier: jsonb("privilegier").$type<string[]>().notNull(),
    status: text("status", { enum: ["anmodet", "aktiv", "tilbagekaldt", "afvist", "ophoert"] }).notNull(),
    gyldigFra: timestamp("gyldig_fra", { withTimezone: true }).notNull(),
    gyldigTil: timestamp("gyldig_til", { withTimezone: true }).notNull(),
    tilbagekaldt: timestamp("tilbagekaldt", { withTimezone: true }),
    oprettet: timestamp("oprettet", { withTimezone: true }).notNull().defaultNow(),
    /** How it came about: given online by the giver, requested by the holder, or registered from paper. */
    oprindelse: text("oprindelse", { enum: ["givet", "anmodet", "papir"] }).notNull().default("givet"),
    /** For a request: what the holder asked for, kept when the giver approves fewer privileges or a shorter period. */
    anmodetPrivilegier: jsonb("anmodet_privilegier").$type<string[]>(),
    anmodetTil: timestamp("anmodet_til", { withTimezone: true }),
    besvaret: timestamp("besvaret", { withTimezone: true }),
    tilbagekaldtAf: text("tilbagekaldt_af", { enum: ["giver", "fuldmaegtig"] }),
    ophoert: timestamp("ophoert", { withTimezone: true }),
    ophoerAarsag: text("ophoer_aarsag", { enum: ["udloebet", "doed"] }),
    /** When the 30-day warning went out (to both), so it goes out once. */
    varslet: timestamp("varslet", { withTimezone: true }),
    /** The fuldmagt this one renews ("Forny"), if any. */
    fornyer: uuid("fornyer"),
    papirReference: text("papir_reference"),
    registreretAfId: uuid("registreret_af_id"),
    registreretAfNavn: text("registreret_af_navn"),
    /** The form's one-time key: a double submit finds the fuldmagt the first submit created. */
    formNoegle: text("form_noegle"),
  },
  (t) => [
    index("fuldmagter_giver_idx").on(t.giverCpr),
    index("fuldmagter_fuldmaegtig_idx").on(t.fuldmaegtigCpr),
    uniqueIndex("fuldmagter_form_noegle_idx").on(t.formNoegle),
  ],
);

/**
 * Letters waiting to be sent through Digital Post. A state change and its letters are written in
 * one transaction, then sent; if Digital Post is down or the server is killed in between, the
 * next sweep sends what is left. The key makes a letter go out once.
 */
export const brevUdbakke = pgTable(
  "brev_udbakke",
  {
    noegle: text("noegle").primaryKey(),
    modtagerCpr: text("modtager_cpr").notNull(),
    titel: text("titel").notNull(),
    tekst: text("tekst").notNull(),
    kategori: text("kategori").notNull(),
    oprettet: timestamp("oprettet", { withTimezone: true }).notNull().defaultNow(),
    sendt: timestamp("sendt", { withTimezone: true }),
    forsoeg: integer("forsoeg").notNull().default(0),
    /**
     * Taken by a sender until then (two senders, requests or instances, never post the same letter at
     * once), or, after a failed try, not to be tried again before then.
     */
    sendesTil: timestamp("sendes_til", { withTimezone: true }),
  },
  (t) => [index("brev_udbakke_afventer_idx").on(t.sendt)],
);

/**
 * Staff help approved by the citizen: scoped areas, time-limited, bound to one staff member.
 * The citizen's one-time code is kept only as an HMAC (lib/assistance/kode.ts) and only until it
 * is used or replaced; until a staff member binds it, `udloeber` is the code's own expiry.
 */
export const assisteredeSessioner = pgTable(
  "assisterede_sessioner",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    borgerCpr: text("borger_cpr").notNull(),
    borgerNavn: text("borger_navn").notNull(),
    medarbejderId: uuid("medarbejder_id"),
    omraader: jsonb("omraader").$type<string[]>().notNull(),
    startet: timestamp("startet", { withTimezone: true }),
    udloeber: timestamp("udloeber", { withTimezone: true }).notNull(),
    afsluttet: timestamp("afsluttet", { withTimezone: true }),
    oprettet: timestamp("oprettet", { withTimezone: true }).notNull().defaultNow(),
    kodeHash: text("kode_hash"),
    kodeUdloeber: timestamp("kode_udloeber", { withTimezone: true }),
    varighedMinutter: integer("varighed_minutter").notNull().default(30),
    /** The citizen let staff prepare actions that the citizen confirms afterwards. */
    maaForberede: boolean("maa_forberede").notNull().default(false),
    afsluttetAf: text("afsluttet_af", { enum: ["borger", "medarbejder", "udloebet", "erstattet"] }),
    /** The citizen's and the staff member's form keys: a double submit creates or binds once. */
    oprettetNoegle: text("oprettet_noegle"),
    bundetNoegle: text("bundet_noegle"),
  },
  (t) => [
    uniqueIndex("assisterede_sessioner_kode_idx").on(t.kodeHash).where(sql`${t.kodeHash} is not null`),
    uniqueIndex("assisterede_sessioner_oprettet_noegle_idx").on(t.oprettetNoegle),
    uniqueIndex("assisterede_sessioner_bundet_noegle_idx").on(t.bundetNoegle),
    index("assisterede_sessioner_borger_idx").on(t.borgerCpr),
    index("assisterede_sessioner_medarbejder_idx").on(t.medarbejderId),
  ],
);

/**
 * A citizen's consent for a third party (e.g. a bank) to fetch named data for a period. `data` is
 * the policy actions it covers; `omfang` the data categories with their parameters (e.g.
 * payments in 2025), which the deling API checks object by object. A one-time samtykke is used up
 * by the first access token issued on it (`forbrugt`, `forbrugtAf` = that token's id).
 */
export const samtykker = pgTable(
  "samtykker",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    borgerCpr: text("borger_cpr").notNull(),
    borgerNavn: text("borger_navn").notNull().default(""),
    modtagerNavn: text("modtager_navn").notNull(),
    modtagerCvr: text("modtager_cvr").notNull(),
    data: jsonb("data").$type<string[]>().notNull(),
    omfang: jsonb("omfang").$type<{ kategori: string; aar?: number }[]>().notNull().default([]),
    formaal: text("formaal").notNull(),
    hjemmel: text("hjemmel").notNull().default("GDPR art. 6, stk. 1, litra a"),
    engangs: boolean("engangs").notNull().default(false),
    gyldigFra: timestamp("gyldig_fra", { withTimezone: true }).notNull(),
    gyldigTil: timestamp("gyldig_til", { withTimezone: true }).notNull(),
    tilbagekaldt: timestamp("tilbagekaldt", { withTimezone: true }),
    forbrugt: timestamp("forbrugt", { withTimezone: true }),
    forbrugtAf: text("forbrugt_af"),
    /** When the lapse (end of period) was registered and its letter written, once. */
    ophoert: timestamp("ophoert", { withTimezone: true }),
    oprettet: timestamp("oprettet", { withTimezone: true }).notNull().defaultNow(),
    /** The form's one-time key: a double submit finds the samtykke the first submit created. */
    formNoegle: text("form_noegle"),
  },
  (t) => [index("samtykker_borger_idx").on(t.borgerCpr), uniqueIndex("samtykker_form_noegle_idx").on(t.formNoegle)],
);

/**
 * Min log: every read of a person's data by someone else. Append-only and hash-chained per
 * subject (nr counts up, forrige_hash is the previous entry's hash), so an edited, deleted or
 * reordered entry is detectable. The subject is a keyed pseudonym, never the CPR number.
 */
export const adgangslog = pgTable(
  "adgangslog",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    subjektNoegle: text("subjekt_noegle").notNull(),
    nr: integer("nr").notNull(),
    tidspunkt: timestamp("tidspunkt", { withTimezone: true }).notNull(),
    aktoerNavn: text("aktoer_navn").notNull(),
    aktoerOrganisation: text("aktoer_organisation").notNull(),
    aktoerRolle: text("aktoer_rolle").notNull(),
    grundlagType: text("grundlag_type", { enum: ["fuldmagt", "assisteret", "sagsbehandler", "samtykke"] }).notNull(),
    grundlagId: text("grundlag_id").notNull(),
    kategori: text("kategori").notNull(),
    objekt: text("objekt").notNull(),
    formaal: text("formaal").notNull(),
    forrigeHash: text("forrige_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    uniqueIndex("adgangslog_subjekt_nr_idx").on(t.subjektNoegle, t.nr),
    // The log is read newest first, a page at a time: a subject's log of thousands of entries.
    index("adgangslog_subjekt_tid_idx").on(t.subjektNoegle, t.tidspunkt, t.nr),
  ],
);

/**
 * The head of each subject's chain, locked while an entry is appended so chains never fork. It
 * also holds what the log's pages would otherwise count over every entry on every view: how many
 * there are (the chain has no gaps, so the head's number) and who and what occur in them.
 */
export const adgangslogHoved = pgTable("adgangslog_hoved", {
  subjektNoegle: text("subjekt_noegle").primaryKey(),
  nr: integer("nr").notNull(),
  hash: text("hash").notNull(),
  aktoerer: text("aktoerer").array().notNull().default(sql`'{}'::text[]`),
  kategorier: text("kategorier").array().notNull().default(sql`'{}'::text[]`),
});

/** Refused attempts, for security follow-up (not shown to citizens: a denial reveals nothing). */
export const afvisninger = pgTable("afvisninger", {
  id: uuid("id").primaryKey().defaultRandom(),
  tidspunkt: timestamp("tidspunkt", { withTimezone: true }).notNull().defaultNow(),
  aktoer: text("aktoer").notNull(),
  subjektNoegle: text("subjekt_noegle").notNull(),
  handling: text("handling").notNull(),
  grundlag: text("grundlag").notNull(),
  aarsag: text("aarsag").notNull(),
});

/** "Spørg hvorfor" on a log entry: a question the caseworker inbox answers. */
export const spoergsmaal = pgTable(
  "spoergsmaal",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    logpostId: uuid("logpost_id").notNull(),
    subjektNoegle: text("subjekt_noegle").notNull(),
    tekst: text("tekst").notNull(),
    status: text("status", { enum: ["modtaget", "besvaret"] }).notNull().default("modtaget"),
    frist: timestamp("frist", { withTimezone: true }).notNull(),
    oprettet: timestamp("oprettet", { withTimezone: true }).notNull().defaultNow(),
  },
  // The forside counts a person's waiting questions on every view, among everyone's questions.
  (t) => [index("spoergsmaal_subjekt_idx").on(t.subjektNoegle, t.status)],
);

/** Fixed-window counters for login attempts and code entry, shared by every portal instance. */
export const rateLimits = pgTable("rate_limits", {
  noegle: text("noegle").primaryKey(),
  vinduestart: timestamp("vinduestart", { withTimezone: true }).notNull(),
  antal: integer("antal").notNull(),
});
export * from "./schema-dialog";
export * from "./schema-assistance";
export * from "./schema-bidrage";
export * from "./schema-anvende";
