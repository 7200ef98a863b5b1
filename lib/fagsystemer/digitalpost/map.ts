import type { Brev } from "@/lib/domain/post";
import type { BrevWire } from "./wire";

export function toBrev(b: BrevWire): Brev {
  return {
    id: b.id,
    titel: b.titel,
    tekst: b.tekst,
    afsender: b.afsender.navn,
    modtaget: b.modtaget,
    laest: b.laest,
    kategori: b.kategori ?? null,
  };
}
