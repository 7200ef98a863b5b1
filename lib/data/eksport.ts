import "server-only";
import { soegBorgersSager } from "@/lib/fagsystemer/sdi/client";
import { soegEffektueringer } from "@/lib/fagsystemer/ydelsesindeks/client";
import { laes, type Adgang, type DataContext } from "./access";

/**
 * How much a copy will hold, so the page can say what to expect before a long download: two small
 * counting calls at the source (one row each), through laes() like every read.
 */
export function kopiensOmfang(ctx: DataContext): Promise<Adgang<{ sager: number; udbetalinger: number }>> {
  return laes(ctx, { action: "handle:eksport", objekt: "Hvor meget en kopi af dine data fylder" }, async () => {
    const [sager, udbetalinger] = await Promise.all([
      soegBorgersSager(ctx.subject.cpr, { side: 1, antal: 1 }),
      soegEffektueringer(ctx.subject.cpr, { side: 1, antal: 1 }),
    ]);
    if (!sager.ok) return sager;
    if (!udbetalinger.ok) return udbetalinger;
    return { ok: true, data: { sager: sager.data.total, udbetalinger: udbetalinger.data.total } };
  });
}
