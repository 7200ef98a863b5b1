/**
 * The answers as hidden fields on "Tjek dine svar", so "Bekræft" posts exactly what was checked
 * (and the same one-time key, so a double click makes one fuldmagt). The buttons set `trin`.
 */
export function SkjulteSvar({ svar }: { svar: Record<string, string[]> }) {
  return (
    <>
      {Object.entries(svar).flatMap(([navn, vaerdier]) =>
        navn === "trin" ? [] : vaerdier.map((vaerdi, i) => <input key={`${navn}-${i}`} type="hidden" name={navn} value={vaerdi} />),
      )}
    </>
  );
}
