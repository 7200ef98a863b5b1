/**
 * The demo people of Korsbæk Kommune (DESIGN.md §1). One list feeds the MitID simulator,
 * the fagsystem fixtures and the browser tests, so a persona cannot drift between them.
 *
 * CPR numbers are fictitious: real calendar dates, century digit consistent with the birth year,
 * high serial numbers (MedCom test style) and no modulus-11 check.
 */
import { antalBenchBorgere, benchBorgere } from "./bench-borgere";

export const KOMMUNE = { navn: "Korsbæk Kommune", cvr: "11111111", kommunekode: "0999" } as const;

export type CitizenPersona = {
  key: string;
  kind: "borger";
  fornavn: string;
  efternavn: string;
  cpr: string;
  uuid: string;
  description: string;
};

export type StaffPersona = {
  key: string;
  kind: "medarbejder";
  fornavn: string;
  efternavn: string;
  uuid: string;
  rolle: string;
  privileges: string[];
  description: string;
};

export type Persona = CitizenPersona | StaffPersona;

export const PRIVILEGE = {
  borgerservice: "urn:dk:korsbaek:minedata:privilege:borgerservice",
  betroetMedarbejder: "urn:dk:korsbaek:minedata:privilege:betroet-medarbejder",
  sagsbehandler: "urn:dk:korsbaek:minedata:privilege:sagsbehandler",
} as const;

export const citizens = {
  karen: {
    key: "karen",
    kind: "borger",
    fornavn: "Karen",
    efternavn: "Jensen",
    cpr: "1203443996",
    uuid: "8f1c2b7e-0a55-4d8e-9a51-5c1d1e0b2a01",
    description: "82 år · hjemmepleje, hjælpemidler, boligstøtte",
  },
  ole: {
    key: "ole",
    kind: "borger",
    fornavn: "Ole",
    efternavn: "Jensen",
    cpr: "0507423997",
    uuid: "8f1c2b7e-0a55-4d8e-9a51-5c1d1e0b2a02",
    description: "84 år · Karens ægtefælle",
  },
  amir: {
    key: "amir",
    kind: "borger",
    fornavn: "Amir",
    efternavn: "Hassan",
    cpr: "1409923995",
    uuid: "8f1c2b7e-0a55-4d8e-9a51-5c1d1e0b2a03",
    description: "34 år · sygedagpenge og jobafklaring",
  },
  sofie: {
    key: "sofie",
    kind: "borger",
    fornavn: "Sofie",
    efternavn: "Nielsen",
    cpr: "2203004998",
    uuid: "8f1c2b7e-0a55-4d8e-9a51-5c1d1e0b2a04",
    description: "26 år · få sager",
  },
  bent: {
    key: "bent",
    kind: "borger",
    fornavn: "Bent",
    efternavn: "Holm",
    cpr: "0811593993",
    uuid: "8f1c2b7e-0a55-4d8e-9a51-5c1d1e0b2a05",
    description: "67 år · navne- og adressebeskyttelse",
  },
  storforbruger: {
    key: "storforbruger",
    kind: "borger",
    fornavn: "Test",
    efternavn: "Storforbruger",
    cpr: "0101703991",
    uuid: "8f1c2b7e-0a55-4d8e-9a51-5c1d1e0b2a06",
    description: "Testperson · 2.000 sager",
  },
} as const satisfies Record<string, CitizenPersona>;

export const staff = {
  mette: {
    key: "mette",
    kind: "medarbejder",
    fornavn: "Mette",
    efternavn: "Lund",
    uuid: "3b7d4c10-6f0e-4f3a-8c2d-1a2b3c4d5e01",
    rolle: "Borgerservice · betroet medarbejder",
    privileges: [PRIVILEGE.borgerservice, PRIVILEGE.betroetMedarbejder],
    description: "MitID Erhverv · Borgerservice",
  },
  jonas: {
    key: "jonas",
    kind: "medarbejder",
    fornavn: "Jonas",
    efternavn: "Møller",
    uuid: "3b7d4c10-6f0e-4f3a-8c2d-1a2b3c4d5e02",
    rolle: "Sagsbehandler · Ydelsesservice",
    privileges: [PRIVILEGE.sagsbehandler],
    description: "MitID Erhverv · Ydelsesservice",
  },
} as const satisfies Record<string, StaffPersona>;

export const personas: Persona[] = [...Object.values(citizens), ...Object.values(staff)];

/**
 * The load bench's generated citizens (mocks/bench-borgere.ts): none unless MOCK_BENCH_BORGERE asks
 * for them. They are in the fagsystemer's seeds and can log in at the simulator, but are not in
 * `personas` or on the simulator's list, so the demo and the tests see the same six citizens.
 */
export const benchCitizens: CitizenPersona[] = benchBorgere(antalBenchBorgere());

export function fullName(p: { fornavn: string; efternavn: string }): string {
  return `${p.fornavn} ${p.efternavn}`;
}
