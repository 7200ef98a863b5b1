import { statusTekst, type RettelseStatus } from "@/lib/rettelser/status";

const KLASSE: Record<RettelseStatus, string> = {
  kladde: "",
  modtaget: "",
  "under-behandling": "",
  rettet: "rettelse-tag-rettet",
  "indsigelse-noteret": "rettelse-tag-noteret",
  afslag: "rettelse-tag-afslag",
};

export function RettelseStatusTag({ status }: { status: string }) {
  const s = status as RettelseStatus;
  return <span className={`tag tag-small rettelse-tag ${KLASSE[s] ?? ""}`}>{statusTekst[s] ?? status}</span>;
}
