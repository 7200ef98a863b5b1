import Link from "next/link";
import { formatAntal } from "@/lib/format";

/**
 * Paging as plain links, so it works without JavaScript. `href(side)` keeps the page's filters.
 * Only the neighbouring pages are linked: a citizen with 2,000 sager does not need 100 links.
 */
export function Sideskift({ side, antal, total, href, label }: { side: number; antal: number; total: number; href: (side: number) => string; label: string }) {
  const sider = Math.max(1, Math.ceil(total / antal));
  if (sider <= 1) return null;
  return (
    <nav aria-label={label} className="sideskift">
      <p>
        Side {formatAntal(side)} af {formatAntal(sider)}
      </p>
      <ul className="sideskift-links">
        {side > 1 && (
          <>
            {side > 2 && (
              <li>
                <Link href={href(1)}>Første side</Link>
              </li>
            )}
            <li>
              <Link href={href(side - 1)} rel="prev">
                Forrige side
              </Link>
            </li>
          </>
        )}
        {side < sider && (
          <>
            <li>
              <Link href={href(side + 1)} rel="next">
                Næste side
              </Link>
            </li>
            {side < sider - 1 && (
              <li>
                <Link href={href(sider)}>Sidste side</Link>
              </li>
            )}
          </>
        )}
      </ul>
    </nav>
  );
}

/** "?a=1&b=2" from the values that are set; "" when none are. */
export function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "" && !(k === "side" && v === 1)) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
}
