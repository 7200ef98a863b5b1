import { formatBeloeb } from "@/lib/format";

/** "Før skat" and "Skat og ATP": shown only where tax was taken, so no column is all zeros. */
export function SkatOverskrifter() {
  return (
    <>
      <th scope="col" className="tal">
        Før skat
      </th>
      <th scope="col" className="tal">
        Skat og ATP
      </th>
    </>
  );
}

export function SkatCeller({ brutto, efterSkat }: { brutto: number; efterSkat: number }) {
  return (
    <>
      <td data-title="Før skat" className="tal">
        {formatBeloeb(brutto)}
      </td>
      <td data-title="Skat og ATP" className="tal">
        {formatBeloeb(brutto - efterSkat)}
      </td>
    </>
  );
}

/** True when some row had tax or ATP taken. */
export const medSkat = (rows: { brutto: number; efterSkat: number }[]) => rows.some((r) => r.brutto !== r.efterSkat);
