const dato = new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Copenhagen" });

/**
 * "12. marts 2026". A bare ISO date ("2026-03-12") is a calendar day, not an instant: it is read
 * as that day in Copenhagen, so it never slips to the day before.
 */
export function formatDato(iso: string): string {
  return dato.format(new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso));
}

const antal = new Intl.NumberFormat("da-DK");

/** "2.000" */
export function formatAntal(n: number): string {
  return antal.format(n);
}

/**
 * "1.234,50 kr." from an integer number of øre. Built by hand rather than with Intl's currency
 * style, which writes "kr." before or after depending on the ICU version and uses a non-breaking
 * minus; this way the text is the same on every server and in every test.
 */
export function formatBeloeb(oere: number): string {
  const negativ = oere < 0;
  const abs = Math.abs(Math.round(oere));
  const kroner = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, "0");
  return `${negativ ? "-" : ""}${antal.format(kroner)},${rest} kr.`;
}

/** "1. januar 2026 – 31. januar 2026", "fra 1. februar 2025" when the period has no end. */
export function formatPeriode(fra: string, til: string | null): string {
  return til ? `${formatDato(fra)} – ${formatDato(til)}` : `fra ${formatDato(fra)}`;
}

/** "1 sag", "2 sager": a count with the right Danish noun. */
export function formatAntalAf(n: number, ental: string, flertal: string): string {
  return `${formatAntal(n)} ${n === 1 ? ental : flertal}`;
}

// Made once: building a formatter costs far more than using one, and pages format many dates.
const isoDato = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" });

/** Today's date in Copenhagen as YYYY-MM-DD, for "from today" searches at the source. */
export function idagIso(now = new Date()): string {
  return isoDato.format(now);
}

const tidspunkt = new Intl.DateTimeFormat("da-DK", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Copenhagen",
});

/** "14. oktober 2026 kl. 10.05" */
export function formatTidspunkt(value: string | Date): string {
  const parts = Object.fromEntries(tidspunkt.formatToParts(new Date(value)).map((p) => [p.type, p.value]));
  return `${parts.day}. ${parts.month} ${parts.year} kl. ${parts.hour}.${parts.minute}`;
}

/** "Karen Jensens", "Bent Holms", "Lars'": a name in the genitive, as Danish writes it. */
export function genitiv(navn: string): string {
  return /[sxz]$/i.test(navn) ? `${navn}'` : `${navn}s`;
}

const klokken = new Intl.DateTimeFormat("da-DK", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Copenhagen" });

/** "kl. 14.35" */
export function formatKlokken(value: Date): string {
  const parts = Object.fromEntries(klokken.formatToParts(value).map((p) => [p.type, p.value]));
  return `kl. ${parts.hour}.${parts.minute}`;
}
