import { TZDate } from "@date-fns/tz";
import { addMonths, endOfDay, isAfter } from "date-fns";

/**
 * GDPR art. 12(3): answer "without undue delay and at the latest within one month of receipt",
 * extendable by two further months, and the person must be told of the extension within the first
 * month. Months are calendar months in Danish time (Regulation 1182/71 art. 3: the period ends
 * at the end of the day with the same number in the last month, or that month's last day when it
 * has no such day), so the arithmetic runs on the Copenhagen calendar, never on milliseconds.
 * The deadline is not moved past weekends or holidays: the citizen is never promised an answer
 * later than the law allows.
 */
export const TIDSZONE = "Europe/Copenhagen";

function fristEfter(modtaget: Date, maaneder: number): Date {
  const lokal = new TZDate(modtaget.getTime(), TIDSZONE);
  return new Date(endOfDay(addMonths(lokal, maaneder)).getTime());
}

/** The one-month deadline for a request received at `modtaget`. */
export function fristFor(modtaget: Date): Date {
  return fristEfter(modtaget, 1);
}

/** The deadline after an extension: three months from receipt in all. */
export function forlaengetFrist(modtaget: Date): Date {
  return fristEfter(modtaget, 3);
}

/** An extension must be decided and told within the first month. */
export function kanForlaenges(modtaget: Date, nu: Date): boolean {
  return !isAfter(nu, fristFor(modtaget));
}

/** The deadline in force: extended or not. */
export function gaeldendeFrist(r: { frist: Date | null; fristForlaenget: Date | null }): Date | null {
  return r.fristForlaenget ?? r.frist;
}

export function overskredet(frist: Date | null, nu: Date): boolean {
  return frist !== null && isAfter(nu, frist);
}
