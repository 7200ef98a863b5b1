/**
 * One name per register, wherever the portal says where a datum comes from. Fagsystemer and
 * caseworkers write the same register in several ways ("CPR", "CPR (Det Centrale
 * Personregister)", "Folkeregisteret"); the citizen should meet one of them.
 */
const REGISTRE: { navn: string; skrevetSom: string[] }[] = [
  { navn: "Folkeregisteret (CPR)", skrevetSom: ["cpr", "cpr (det centrale personregister)", "det centrale personregister", "folkeregisteret", "folkeregisteret (cpr)"] },
  { navn: "Udbetaling Danmark", skrevetSom: ["udbetaling danmark", "atp / udbetaling danmark"] },
];

const navnFor = new Map(REGISTRE.flatMap((r) => r.skrevetSom.map((s) => [s, r.navn] as const)));

export function registerNavn(kilde: string): string {
  return navnFor.get(kilde.trim().toLocaleLowerCase("da")) ?? kilde;
}

export const CPR_REGISTER = "Folkeregisteret (CPR)";
