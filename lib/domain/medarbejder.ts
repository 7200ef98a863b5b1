/** Staff privileges granted through MitID Erhverv, with what they mean in plain Danish. */
export const PRIVILEGIER = {
  "urn:dk:korsbaek:minedata:privilege:borgerservice": "Borgerservice: hjælpe borgere, når de selv godkender det",
  "urn:dk:korsbaek:minedata:privilege:betroet-medarbejder": "Betroet medarbejder: registrere fuldmagter, der er underskrevet på papir",
  "urn:dk:korsbaek:minedata:privilege:sagsbehandler": "Sagsbehandler: besvare anmodninger om rettelser og spørgsmål fra borgere",
} as const satisfies Record<string, string>;

export function privilegeTekst(urn: string): string {
  return urn in PRIVILEGIER ? PRIVILEGIER[urn as keyof typeof PRIVILEGIER] : "Anden rettighed";
}
