import { describe, expect, it } from "vitest";
import { safeErrorInfo } from "@/lib/data/request-info";

describe("what may be logged about an error", () => {
  it("keeps a failed query's kind and code but never its parameters", () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint'), { code: "23505" });
    const error = new Error("Failed query: insert into login_sessioner ...\nparams: abc,borger,1203443996,Karen Jensen", { cause });
    error.name = "DrizzleQueryError";
    expect(safeErrorInfo(error)).toBe("DrizzleQueryError (23505)");
    expect(safeErrorInfo(error)).not.toContain("1203443996");
  });

  it("falls back to the error's name", () => {
    expect(safeErrorInfo(new TypeError("fetch failed for 1203443996"))).toBe("TypeError");
    expect(safeErrorInfo("1203443996")).toBe("ukendt fejl");
  });
});
