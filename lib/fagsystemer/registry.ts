import "server-only";
import { env, type Env } from "@/lib/env";

/** The fagsystemer the portal reads, with their names as citizens and operators know them. */
export const FAGSYSTEMER = {
  cpr: { navn: "CPR", envKey: "FAGSYSTEM_CPR_URL" },
  sdi: { navn: "Sager og dokumenter", envKey: "FAGSYSTEM_SDI_URL" },
  ydelsesindeks: { navn: "Ydelser og udbetalinger", envKey: "FAGSYSTEM_YDELSESINDEKS_URL" },
  organisation: { navn: "Organisation", envKey: "FAGSYSTEM_ORGANISATION_URL" },
  klassifikation: { navn: "Klassifikation (KLE)", envKey: "FAGSYSTEM_KLASSIFIKATION_URL" },
  eindkomst: { navn: "eIndkomst", envKey: "FAGSYSTEM_EINDKOMST_URL" },
  pension: { navn: "Pensionsselskab", envKey: "FAGSYSTEM_PENSION_URL" },
  digitalpost: { navn: "Digital Post", envKey: "FAGSYSTEM_DIGITALPOST_URL" },
} as const satisfies Record<string, { navn: string; envKey: keyof Env }>;

export type FagsystemNavn = keyof typeof FAGSYSTEMER;

export function fagsystemUrl(system: FagsystemNavn): string {
  return env()[FAGSYSTEMER[system].envKey];
}
