import { z } from "zod";
import { emne } from "./emne";
import { kontakt } from "./kontakt";
import { oplysninger } from "./oplysning";
import { dokument, sagDetalje, sagSide } from "./sag";
import { aarstotal, bevillingSide, udbetalingSide } from "./ydelse";

/**
 * The bodies of /api/v1 (client-safe). Built from the same domain schemas the pages use, and the
 * OpenAPI document is generated from these, so the three cannot drift apart.
 */
export const fejlSvar = z.object({ fejl: z.string().meta({ description: "Hvad der gik galt, på dansk" }) });

export const sagerSvar = sagSide;

export const sagSvar = z.object({
  sag: sagDetalje.omit({ kontaktpersonId: true, ansvarligEnhedId: true }),
  emne: emne.nullable().meta({ description: "Hvad emnet betyder i almindelige ord; null hvis det ikke kan hentes" }),
  kontakt: kontakt.nullable().meta({ description: "Den navngivne sagsbehandler eller enheden; null hvis det ikke kan hentes" }),
});

export const dokumentSvar = dokument;

export const ydelserSvar = z.object({ bevillinger: bevillingSide, aarstotaler: z.array(aarstotal).nullable() });

export const udbetalingerSvar = udbetalingSide;

export const oplysningerSvar = oplysninger;

export const sideQuery = z.object({
  side: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number().int().min(1).max(10_000).default(1)),
});
