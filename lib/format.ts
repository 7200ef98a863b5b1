const dato = new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Copenhagen" });

/** "12. marts 2026" */
export function formatDato(iso: string): string {
  return dato.format(new Date(iso));
}

const antal = new Intl.NumberFormat("da-DK");

/** "2.000" */
export function formatAntal(n: number): string {
  return antal.format(n);
}
