import "server-only";
import type { Aarstotal, BevillingSide, Udbetaling, UdbetalingSide } from "@/lib/domain/ydelse";
import { aarstotaler, soegBevillinger, soegEffektueringer } from "@/lib/fagsystemer/ydelsesindeks/client";
import { dagEfter, idag } from "@/lib/klokke";
import { laes, type Adgang, type DataContext } from "./access";

export const BEVILLINGER_PR_SIDE = 10;
export const UDBETALINGER_PR_SIDE = 20;
/** Paid udbetalinger on /ydelser: a few at a time keep the page short on a phone; the years sum up the rest. */
export const UDBETALTE_PR_SIDE = 6;

export function soegYdelser(ctx: DataContext, side: number): Promise<Adgang<BevillingSide>> {
  return laes(ctx, { action: "se:ydelser", objekt: "Bevillinger" }, () =>
    soegBevillinger(ctx.subject.cpr, { side, antal: BEVILLINGER_PR_SIDE }),
  );
}

/** Planned and paid udbetalinger, newest first, one page at a time (paged at the source; for the API). */
export function soegUdbetalinger(ctx: DataContext, side: number): Promise<Adgang<UdbetalingSide>> {
  return laes(ctx, { action: "se:ydelser", objekt: "Udbetalinger" }, () =>
    soegEffektueringer(ctx.subject.cpr, { side, antal: UDBETALINGER_PR_SIDE }),
  );
}

/**
 * The planned udbetalinger: after today by the clock the portal shares with the Ydelsesindeks,
 * known about two months ahead, so a handful.
 */
export function planlagteUdbetalinger(ctx: DataContext): Promise<Adgang<UdbetalingSide>> {
  return laes(ctx, { action: "se:ydelser", objekt: "Planlagte udbetalinger" }, () =>
    soegEffektueringer(ctx.subject.cpr, { side: 1, antal: UDBETALINGER_PR_SIDE, fra: dagEfter(idag()) }),
  );
}

/** The paid udbetalinger up to today, newest first, a few per page. */
export function udbetalteUdbetalinger(ctx: DataContext, side: number): Promise<Adgang<UdbetalingSide>> {
  return laes(ctx, { action: "se:ydelser", objekt: "Udbetalinger" }, () =>
    soegEffektueringer(ctx.subject.cpr, { side, antal: UDBETALTE_PR_SIDE, til: idag() }),
  );
}

export function hentAarstotaler(ctx: DataContext): Promise<Adgang<Aarstotal[]>> {
  return laes(ctx, { action: "se:ydelser", objekt: "Udbetalt pr. år" }, () => aarstotaler(ctx.subject.cpr));
}

/**
 * The next udbetaling: the earliest planned one (after today, by the shared clock). The source
 * answers newest first, so it is the last of the matches: ask for the count, then for exactly
 * that one row. Two small calls instead of fetching every planned payment.
 */
export function naesteUdbetaling(ctx: DataContext): Promise<Adgang<Udbetaling | null>> {
  return laes(ctx, { action: "se:ydelser", objekt: "Næste udbetaling" }, async () => {
    const fra = dagEfter(idag());
    const foerste = await soegEffektueringer(ctx.subject.cpr, { side: 1, antal: 1, fra });
    if (!foerste.ok) return foerste;
    const { total } = foerste.data;
    if (total <= 1) return { ok: true, data: foerste.data.udbetalinger[0] ?? null };
    const sidste = await soegEffektueringer(ctx.subject.cpr, { side: total, antal: 1, fra });
    return sidste.ok ? { ok: true, data: sidste.data.udbetalinger[0] ?? null } : sidste;
  });
}
