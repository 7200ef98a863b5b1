import { MAKS_BODY_BYTES } from "@/lib/sikkerhed/forespoergsel";

/**
 * Upload limits, shared by the forms (checked in the browser first), the server actions and
 * proxy.ts. The server-action body limit in next.config.mjs is FORM_GRAENSE; a request above it
 * never reaches the action, so proxy.ts turns it into the form again with a Danish message.
 */
export const MAX_FIL_BYTES = 5 * 1024 * 1024;
export const MAX_FIL_TEKST = "5 MB";
/** The whole form: what proxy.ts and the server-action limit in next.config.mjs accept. */
export const FORM_GRAENSE_BYTES = MAKS_BODY_BYTES;
export const MAX_BILAG = 5;
/** Pages whose forms upload files: an oversized POST to them comes back as the page with `?fejl=fil-for-stor`. */
export const UPLOAD_STIER = [/^\/rettelser\/ny\/bilag$/, /^\/sager\/[0-9a-f-]{36}\/tilfoej$/];
