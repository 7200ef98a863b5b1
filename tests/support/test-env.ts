import { generateKeyPairSync } from "node:crypto";

/** The portal's signing key for receipts and access tokens: a fresh one per test run. */
const signeringsnoegle = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ format: "jwk" });

/** The environment the lib/ code expects, pointing at the in-process MSW handlers. */
export const testEnv = {
  AUTH_SECRET: "test-secret-test-secret-test-secret-42",
  AUTH_URL: "http://localhost:3100",
  LOG_PSEUDONYM_SECRET: "test-pseudonym-secret-test-pseudonym-secret",
  MITID_ISSUER: "http://localhost:4100",
  MITID_CLIENT_ID: "mine-data-test",
  MITID_CLIENT_SECRET: "test-client-secret-1234",
  FAGSYSTEM_CPR_URL: "http://fagsystemer.test/cpr",
  FAGSYSTEM_SDI_URL: "http://fagsystemer.test/sdi",
  FAGSYSTEM_YDELSESINDEKS_URL: "http://fagsystemer.test/ydelsesindeks",
  FAGSYSTEM_ORGANISATION_URL: "http://fagsystemer.test/organisation",
  FAGSYSTEM_KLASSIFIKATION_URL: "http://fagsystemer.test/klassifikation",
  FAGSYSTEM_EINDKOMST_URL: "http://fagsystemer.test/eindkomst",
  FAGSYSTEM_PENSION_URL: "http://fagsystemer.test/pension",
  FAGSYSTEM_DIGITALPOST_URL: "http://fagsystemer.test/digitalpost",
  FAGSYSTEM_TIMEOUT_MS: "1000",
  // One fixed "now" for the portal code and the in-process mocks (lib/klokke.ts).
  MINE_DATA_NU: "2026-11-23T12:00:00+01:00",
  SIGNERINGSNOEGLE: JSON.stringify(signeringsnoegle),
};

Object.assign(process.env, testEnv);
