import { createHash } from "node:crypto";
import { MAX_FIL_BYTES, MAX_FIL_TEKST } from "./graenser";

/**
 * Attachments are PDF, JPG or PNG, checked by their first bytes (the "magic number"), never by the
 * name or the browser's claimed type: a program renamed "lægeerklæring.pdf" is still refused.
 */
export type BilagMime = "application/pdf" | "image/jpeg" | "image/png";

const SIGNATURER: { mime: BilagMime; bytes: number[] }[] = [
  { mime: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mime: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
];

export function filtype(indhold: Uint8Array): BilagMime | null {
  return SIGNATURER.find((s) => s.bytes.every((b, i) => indhold[i] === b))?.mime ?? null;
}

/** The name as shown and offered on download: no folders, no control characters, not too long. */
export function rensFilnavn(navn: string): string {
  const uden = (navn.split(/[/\\]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f"<>|*?:]/g, "")
    .trim();
  return (uden || "bilag").slice(-120);
}

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`;

export type TjekketBilag = { filnavn: string; mime: BilagMime; stoerrelse: number; sha256: string; indhold: Buffer };

/** A file as the form sent it, checked: the Danish reason it is refused, or the file ready to store. */
export async function tjekBilag(fil: File): Promise<{ ok: true; bilag: TjekketBilag } | { ok: false; fejl: string }> {
  if (fil.size === 0) return { ok: false, fejl: "Filen er tom. Vælg en anden fil." };
  if (fil.size > MAX_FIL_BYTES) return { ok: false, fejl: `Filen fylder ${mb(fil.size)}. Den må højst fylde ${MAX_FIL_TEKST}.` };
  const indhold = Buffer.from(await fil.arrayBuffer());
  const mime = filtype(indhold);
  const filnavn = rensFilnavn(fil.name);
  if (!mime) {
    const sigerPdfEllerBillede = /\.(pdf|jpe?g|png)$/i.test(filnavn);
    return {
      ok: false,
      fejl: sigerPdfEllerBillede
        ? `»${filnavn}« hedder noget med PDF, JPG eller PNG, men er ikke sådan en fil. Gem den som PDF, JPG eller PNG og prøv igen.`
        : "Filen skal være en PDF, JPG eller PNG.",
    };
  }
  return { ok: true, bilag: { filnavn, mime, stoerrelse: indhold.length, sha256: createHash("sha256").update(indhold).digest("hex"), indhold } };
}
