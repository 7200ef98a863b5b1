import { genitiv } from "@/lib/format";

/**
 * How a page names whose data it shows: "Du har 6 sager" for oneself, "Karen Jensen har 6 sager"
 * for someone acting for Karen – so a holder never reads another person's data as their own.
 */
export type Hvem = { egne: boolean; du: string; Du: string; dig: string; dine: string; Dine: string };

export function hvem(forAnden: string | null): Hvem {
  if (!forAnden) return { egne: true, du: "du", Du: "Du", dig: "dig", dine: "dine", Dine: "Dine" };
  const g = genitiv(forAnden);
  return { egne: false, du: forAnden, Du: forAnden, dig: forAnden, dine: g, Dine: g };
}
