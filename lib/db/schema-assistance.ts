import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/**
 * An action a staff member prepared for a citizen during an assisted session (a correction
 * request, a fuldmagt request). Nothing happens until the citizen confirms it on their own
 * forside; it is stored as prepared by the staff member for the citizen, never as the citizen's.
 * `art` names the kind and `payload` is validated by that kind's zod schema (lib/assistance/forberedte).
 */
export const forberedteHandlinger = pgTable(
  "forberedte_handlinger",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assisteretId: uuid("assisteret_id").notNull(),
    borgerCpr: text("borger_cpr").notNull(),
    medarbejderId: uuid("medarbejder_id").notNull(),
    medarbejderNavn: text("medarbejder_navn").notNull(),
    medarbejderEnhed: text("medarbejder_enhed").notNull(),
    art: text("art").notNull(),
    payload: jsonb("payload").$type<unknown>().notNull(),
    status: text("status", { enum: ["afventer", "godkendt", "afvist"] }).notNull().default("afventer"),
    /** What the confirmation created (e.g. the fuldmagt request's id), for the receipt. */
    resultat: text("resultat"),
    besvaret: timestamp("besvaret", { withTimezone: true }),
    oprettet: timestamp("oprettet", { withTimezone: true }).notNull().defaultNow(),
    /** The staff form's one-time key: a double submit prepares once. */
    formNoegle: text("form_noegle").notNull(),
  },
  (t) => [uniqueIndex("forberedte_handlinger_form_noegle_idx").on(t.formNoegle), index("forberedte_handlinger_borger_idx").on(t.borgerCpr, t.status)],
);
