import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/**
 * A staff dialogue on data ethics and GDPR (DESIGN.md §6): planned by a facilitator, joined by
 * participants with a short code. The timer lives here so a reload or a restart keeps it:
 * while running, `sluttid` is when the current step ends; while paused, `pauseRest` holds the
 * seconds left. trin 0 = not started, 1–5 = the steps, 6 = ended.
 */
export const dialogSessioner = pgTable(
  "dialog_sessioner",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    emne: text("emne").notNull(),
    dato: date("dato", { mode: "string" }).notNull(),
    forventedeDeltagere: integer("forventede_deltagere").notNull(),
    kode: text("kode").notNull(),
    kodeUdloeber: timestamp("kode_udloeber", { withTimezone: true }).notNull(),
    enhed: text("enhed").notNull(),
    oprettetAf: uuid("oprettet_af").notNull(),
    oprettetAfNavn: text("oprettet_af_navn").notNull(),
    /** The form's one-time key: a double submit creates one session, not two. */
    formNoegle: text("form_noegle"),
    /** "paa-konens-vegne", a dilemma card's id, or "egen" (then egenCase holds the text). */
    caseValg: text("case_valg").notNull().default("paa-konens-vegne"),
    egenCase: text("egen_case"),
    /** Seconds per step, five entries (defaults 5, 8, 12, 10, 10 minutes). */
    varigheder: jsonb("varigheder").$type<number[]>().notNull(),
    stilleSekunder: integer("stille_sekunder").notNull().default(60),
    trin: integer("trin").notNull().default(0),
    sluttid: timestamp("sluttid", { withTimezone: true }),
    pauseRest: integer("pause_rest"),
    stilleSlut: timestamp("stille_slut", { withTimezone: true }),
    afsluttet: timestamp("afsluttet", { withTimezone: true }),
    /** Put away by the facilitator: out of the list, its join code no longer works. */
    arkiveret: timestamp("arkiveret", { withTimezone: true }),
    oprettet: timestamp("oprettet", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("dialog_sessioner_kode_idx").on(t.kode),
    uniqueIndex("dialog_sessioner_form_noegle_idx").on(t.formNoegle),
    index("dialog_sessioner_enhed_idx").on(t.enhed),
  ],
);

/** Someone who joined from a phone. The browser holds only the random token, in an httpOnly cookie. */
export const dialogDeltagere = pgTable(
  "dialog_deltagere",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => dialogSessioner.id, { onDelete: "cascade" }),
    navn: text("navn").notNull(),
    token: text("token").notNull(),
    oprettet: timestamp("oprettet", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("dialog_deltagere_token_idx").on(t.token), index("dialog_deltagere_session_idx").on(t.sessionId)],
);

/** A point (Trin 2) or an idea (Trin 4). No participant = typed by the facilitator for the room. */
export const dialogBidrag = pgTable(
  "dialog_bidrag",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => dialogSessioner.id, { onDelete: "cascade" }),
    deltagerId: uuid("deltager_id").references(() => dialogDeltagere.id, { onDelete: "set null" }),
    art: text("art", { enum: ["pointe", "ide"] }).notNull(),
    tekst: text("tekst").notNull(),
    valgt: boolean("valgt").notNull().default(false),
    valgtAf: uuid("valgt_af"),
    /** The form's one-time key: a double submit adds the point once. */
    formNoegle: text("form_noegle"),
    oprettet: timestamp("oprettet", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("dialog_bidrag_session_idx").on(t.sessionId, t.art), uniqueIndex("dialog_bidrag_form_noegle_idx").on(t.sessionId, t.formNoegle)],
);

/** Dot-voting: one dot per participant per session, enforced by the unique index. */
export const dialogStemmer = pgTable(
  "dialog_stemmer",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => dialogSessioner.id, { onDelete: "cascade" }),
    deltagerId: uuid("deltager_id")
      .notNull()
      .references(() => dialogDeltagere.id, { onDelete: "cascade" }),
    bidragId: uuid("bidrag_id")
      .notNull()
      .references(() => dialogBidrag.id, { onDelete: "cascade" }),
    oprettet: timestamp("oprettet", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("dialog_stemmer_en_pr_deltager_idx").on(t.sessionId, t.deltagerId)],
);

/** What the team agreed to try, and when they follow up. The follow-up shows on /medarbejder until done. */
export const dialogBeslutninger = pgTable("dialog_beslutninger", {
  sessionId: uuid("session_id")
    .primaryKey()
    .references(() => dialogSessioner.id, { onDelete: "cascade" }),
  forslag: text("forslag").notNull(),
  hvorfor: text("hvorfor").notNull(),
  ansvarlig: text("ansvarlig").notNull(),
  afproevning: text("afproevning").notNull(),
  afproevningSlut: date("afproevning_slut", { mode: "string" }).notNull(),
  opfoelgning: date("opfoelgning", { mode: "string" }).notNull(),
  opfoelgningUdfoert: timestamp("opfoelgning_udfoert", { withTimezone: true }),
  oprettet: timestamp("oprettet", { withTimezone: true }).notNull().defaultNow(),
});
