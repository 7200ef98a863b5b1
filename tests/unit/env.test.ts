import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";
import { testEnv } from "../support/test-env";

function errorOf(source: Record<string, string | undefined>): EnvError {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error;
    throw error;
  }
  throw new Error("expected parseEnv to throw");
}

describe("environment validation", () => {
  it("accepts a complete configuration and fills in defaults", () => {
    const env = parseEnv(testEnv);
    expect(env.FAGSYSTEM_TIMEOUT_MS).toBe(1000);
    expect(env.PGLITE_DIR).toBe("data/pglite");
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names a missing variable in Danish and English", () => {
    const error = errorOf({ ...testEnv, FAGSYSTEM_SDI_URL: undefined });
    expect(error.variables).toEqual(["FAGSYSTEM_SDI_URL"]);
    expect(error.message).toContain("FAGSYSTEM_SDI_URL: mangler (missing)");
    expect(error.message).toContain("Ugyldig konfiguration (invalid configuration)");
  });

  it("treats an empty value as missing", () => {
    expect(errorOf({ ...testEnv, MITID_CLIENT_ID: "" }).variables).toEqual(["MITID_CLIENT_ID"]);
  });

  it("names a malformed variable and says what it should be", () => {
    const error = errorOf({ ...testEnv, FAGSYSTEM_CPR_URL: "not a url", FAGSYSTEM_TIMEOUT_MS: "fast" });
    expect(error.variables.sort()).toEqual(["FAGSYSTEM_CPR_URL", "FAGSYSTEM_TIMEOUT_MS"]);
    expect(error.message).toMatch(/FAGSYSTEM_CPR_URL: skal være en URL \(must be a URL\)/);
    expect(error.message).toMatch(/FAGSYSTEM_TIMEOUT_MS: skal være et tal/);
  });

  it("trusts no proxy unless told how many stand in front, and only a sane number", () => {
    expect(parseEnv(testEnv).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ ...testEnv, TRUSTED_PROXY_HOPS: "1" }).TRUSTED_PROXY_HOPS).toBe(1);
    expect(errorOf({ ...testEnv, TRUSTED_PROXY_HOPS: "alle" }).message).toContain("TRUSTED_PROXY_HOPS: skal være et helt tal fra 0 til 10");
  });

  it("rejects a DATABASE_URL that is not PostgreSQL and a short AUTH_SECRET", () => {
    const error = errorOf({ ...testEnv, DATABASE_URL: "mysql://x", AUTH_SECRET: "kort" });
    expect(error.variables.sort()).toEqual(["AUTH_SECRET", "DATABASE_URL"]);
    expect(error.message).toContain("PostgreSQL");
  });
});
