import fc from "fast-check";
import { deterministicUuid } from "@/mocks/random";

/**
 * The bad input the fuzz tests send: wrong types written as text, huge strings, NUL and unicode
 * edge cases, script and SQL fragments, and ids that belong to someone else. No demo CPR number
 * is ever generated: the leaks check greps the server logs for them after the run.
 */

/** Other citizens' sager and documents (mocks/handlers/sdi/fixtures.ts): never the fuzzing persona's. */
export const ANDRES_IDER = [
  "27.45.04-G01-3-25", // Karen
  "27.45.04-G01-9-25", // Karen, hidden from her
  "29.15.12-G01-12-24", // Ole
  "15.17.06-G01-44-25", // Amir
  "32.03.12-G01-3-26", // Bent, name and address protection
].flatMap((nr) => [deterministicUuid(`sag:${nr}`), deterministicUuid(`dok:${nr}:0`), deterministicUuid(`datum:${nr}:0`)]);

const HUGE = 100_000;

const fragmenter = [
  "",
  " ",
  "\t\r\n",
  "0",
  "-1",
  "1e309",
  "NaN",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  '{"$ne":null}',
  "__proto__",
  "constructor",
  "../../../etc/passwd",
  "%00",
  "%ff",
  "\\u0000",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1--",
  "'; DROP TABLE sager;--",
  "1; SELECT pg_sleep(5)",
  "${7*7}{{7*7}}",
  "\u202Eevil\u202C",
  "\uFEFF",
  "\u0000",
  "a\u0000b",
  "\u0001\u001b[31m",
  "\uD800",
  "x\uDFFFy",
  "😀👨‍👩‍👧‍👦",
  "Z̸̡̢͎a͓l̡g͢o",
  "ﷺ",
  "\u0627\u0644\u0633\u0644\u0627\u0645",
  "2026-02-30",
  "9999-99-99",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "$ACTION_ID_0",
];

/** A value that is wrong for almost any field (it may by chance be right for a free-text one). */
export const ondTekst: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...fragmenter), weight: 6 },
  { arbitrary: fc.constantFrom(...ANDRES_IDER), weight: 2 },
  { arbitrary: fc.uuid(), weight: 1 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 4 },
  { arbitrary: fc.oneof(fc.integer(), fc.double()).map(String), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom("x", "æ", "😀", "<"), fc.nat(2000)).map(([c, n]) => c.repeat(HUGE + n)), weight: 1 },
);

/** A text field's value that no free-text rule accepts: empty, too long, or with a control character. */
export const ugyldigFritekst: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", "   ", "\n\t"),
  fc.nat(3).map((n) => "æ".repeat(HUGE + n)),
  fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom("\u0000", "\u0001", "\u0008", "\u001b", "\u007f"), fc.string({ maxLength: 20 })).map((t) => t.join("")),
);

/** A small file with a name and type that may lie about the content. */
export const ondFil = fc
  .record({
    navn: fc.constantFrom("a.pdf", "../../x.png", "<script>.jpg", "æøå.exe", "", "a\u202Egnp.exe"),
    type: fc.constantFrom("application/pdf", "image/png", "text/html", "application/x-msdownload", ""),
    bytes: fc.uint8Array({ maxLength: 2000 }),
  })
  .map(({ navn, type, bytes }) => new File([bytes], navn, { type }));
