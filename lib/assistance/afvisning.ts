import "server-only";
import { subjektNoegle } from "@/lib/data/access";
import { safeErrorInfo } from "@/lib/data/request-info";
import type { Db } from "@/lib/db/client";
import { afvisninger } from "@/lib/db/schema";

/** Why an assistance step was refused, as recorded for security follow-up. */
export type HjaelpAfvisning = "forkert-kode" | "for-mange-forsoeg" | "hjaelper-allerede" | "mangler-rettighed" | "allerede-afsluttet" | "kun-selv" | "maa-ikke-forberede";

/**
 * Every refused step is kept with the other refusals (`afvisninger`), without CPR numbers. A wrong
 * code says nothing about whose code it might have been, so it has no subject.
 */
export async function registrerAfvisning(db: Db, aktoer: string, aarsag: HjaelpAfvisning, subjektCpr: string | null): Promise<void> {
  await db
    .insert(afvisninger)
    .values({
      aktoer,
      subjektNoegle: subjektCpr ? subjektNoegle(subjektCpr) : "ingen",
      handling: "handle:assistance",
      grundlag: "assisteret",
      aarsag,
    })
    .catch((error: unknown) => console.error("[hjælp] afvisning kunne ikke gemmes:", safeErrorInfo(error)));
}
