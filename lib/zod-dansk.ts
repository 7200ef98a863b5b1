import { z } from "zod";

/**
 * zod's own wording is English ("Invalid input: expected string, received array"). A rule with its
 * own Danish message keeps it; any other refusal – a field sent twice, a file where text belongs –
 * gets this plain Danish sentence instead of zod's.
 */
export const UGYLDIG_VAERDI = "Feltet har en værdi, vi ikke kan bruge. Ret det, og prøv igen.";

z.config({ customError: () => UGYLDIG_VAERDI });
