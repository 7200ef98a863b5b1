import { boolean, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Third parties registered as OAuth clients of the deling API (e.g. a bank). They authenticate
 * with `private_key_jwt`: a client assertion signed with their own key, checked against the
 * public keys registered here. Rows are deactivated, never deleted.
 */
export const tredjeparter = pgTable("tredjeparter", {
  klientId: text("klient_id").primaryKey(),
  navn: text("navn").notNull(),
  cvr: text("cvr").notNull(),
  /** The client's public keys as a JWKS ({ keys: [...] }); never a private key. */
  jwks: jsonb("jwks").$type<{ keys: Record<string, unknown>[] }>().notNull(),
  aktiv: boolean("aktiv").notNull().default(true),
  oprettet: timestamp("oprettet", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Client assertions already used at the token endpoint, kept until they expire, so a captured
 * assertion cannot be replayed (RFC 7523 §3, `jti`). Shared by every portal instance.
 */
export const brugteAssertions = pgTable(
  "brugte_assertions",
  {
    noegle: text("noegle").primaryKey(),
    udloeber: timestamp("udloeber", { withTimezone: true }).notNull(),
  },
  (t) => [index("brugte_assertions_udloeber_idx").on(t.udloeber)],
);
