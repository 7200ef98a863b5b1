const klok = new Intl.DateTimeFormat("da-DK", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Copenhagen" });

/** "kl. 14.05" in Copenhagen time: how long a code or a session lasts, said the Danish way. */
export function klokken(value: string | Date): string {
  const parts = Object.fromEntries(klok.formatToParts(new Date(value)).map((p) => [p.type, p.value]));
  return `kl. ${parts.hour}.${parts.minute}`;
}

/** "1 minut", "24 minutter" */
export function minutter(n: number): string {
  return `${n} ${n === 1 ? "minut" : "minutter"}`;
}
