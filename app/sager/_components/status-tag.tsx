import type { SagStatus } from "@/lib/domain/sag";

/** A small coloured mark for open vs decided vs closed; the status is always also written in words. */
export function StatusTag({ status }: { status: SagStatus }) {
  const art = status === "afsluttet" ? "lukket" : status === "afgjort" ? "afgjort" : "aaben";
  return <span className={`status-prik status-prik--${art}`} aria-hidden="true" />;
}
