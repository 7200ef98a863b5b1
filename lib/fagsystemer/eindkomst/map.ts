import type { IndberetterIndkomst, IndkomstFelt, Indkomstoversigt } from "@/lib/domain/indkomst";
import type { IndkomstLinjeWire } from "./wire";

/**
 * Groups the register's monthly lines per indberetter. Only the felter and months that were asked
 * for are kept, so a register that over-shares cannot put more into the portal than the citizen allowed.
 */
export function toIndkomstoversigt(
  linjer: IndkomstLinjeWire[],
  soegning: { fra: string; til: string; felter: readonly IndkomstFelt[] },
): Indkomstoversigt {
  const perIndberetter = new Map<string, IndberetterIndkomst>();
  for (const linje of linjer) {
    if (linje.maaned < soegning.fra || linje.maaned > soegning.til) continue;
    const { cvr, navn } = linje.indberetter;
    const indberetter = perIndberetter.get(cvr) ?? { cvr, navn, maaneder: [] };
    perIndberetter.set(cvr, indberetter);
    const beloeb = Object.fromEntries(
      soegning.felter.flatMap((felt) => (linje[felt] === undefined ? [] : [[felt, linje[felt]]])),
    );
    indberetter.maaneder.push({ maaned: linje.maaned, beloeb });
  }
  const indberettere = [...perIndberetter.values()];
  for (const i of indberettere) i.maaneder.sort((a, b) => b.maaned.localeCompare(a.maaned));
  // The indberetter who reported most recently comes first: usually the current employer.
  indberettere.sort(
    (a, b) => b.maaneder[0]!.maaned.localeCompare(a.maaneder[0]!.maaned) || a.navn.localeCompare(b.navn, "da"),
  );
  return { fra: soegning.fra, til: soegning.til, felter: [...soegning.felter], indberettere };
}
