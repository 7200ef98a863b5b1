/** Registered fields a correction request can be made for through the portal (client-safe). */
export const RETBARE_FELTER = { "cpr.adresse": "Adresse" } as const;
export type RetbartFelt = keyof typeof RETBARE_FELTER;
