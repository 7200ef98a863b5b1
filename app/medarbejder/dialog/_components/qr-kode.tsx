import { encode } from "uqr";

/** A QR code drawn on the server as one SVG path: no script, no image request, sharp at any size. */
export function QrKode({ tekst, label, className }: { tekst: string; label: string; className?: string }) {
  const { data, size } = encode(tekst, { ecc: "M", border: 2 });
  const d = data.flatMap((raekke, y) => raekke.map((sort, x) => (sort ? `M${x},${y}h1v1h-1z` : ""))).join("");
  return (
    <svg className={className} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
