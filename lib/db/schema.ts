import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

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
    udloeber: timestamp("udloeber", { withTimezone: true }).notNull(),
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
