import { TZDate } from "@date-fns/tz";
import { addDays, format, startOfDay } from "date-fns";

/**
 * A fuldmagt runs "til og med" a calendar day in Danish time. It is stored as the instant that
 * day ends (midnight into the next day, Europe/Copenhagen), so summer time never shifts it.
 */
const TZ = "Europe/Copenhagen";

function dagI(iso: string): TZDate {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, TZ);
}

/** The instant a chosen last day ends: "2027-03-01" → 2 March 2027 00:00 in Copenhagen. */
export function slutAfDag(iso: string): Date {
  return new Date(addDays(dagI(iso), 1).getTime());
}

/** The instant a chosen first day starts, in Copenhagen. */
export function startAfDag(iso: string): Date {
  return new Date(dagI(iso).getTime());
}

/** The last day a fuldmagt covers, as ISO: the day before the stored end instant, in Copenhagen. */
export function sidsteDag(til: Date): string {
  return format(addDays(new TZDate(til.getTime(), TZ), -1), "yyyy-MM-dd");
}

/** Today in Copenhagen as ISO, and the start of it. */
export function idagIso(now: Date): string {
  return format(new TZDate(now.getTime(), TZ), "yyyy-MM-dd");
}

export function dagensStart(now: Date): Date {
  return new Date(startOfDay(new TZDate(now.getTime(), TZ)).getTime());
}
