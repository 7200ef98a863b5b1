"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * A main-menu link that marks itself as the current page. An `exact` link (a section's front
 * page, with other menu items below it) is current only on its own path.
 *
 * Not prefetched: every page is rendered per request for the person, so a prefetch gets only the
 * route tree, yet the nine menu links cost 18 requests to the portal after every page load, and
 * the phone's main thread handles their answers while the page is still starting (bench:pages).
 */
export function NavLink({ href, exact, children }: { href: string; exact: boolean; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || (!exact && pathname.startsWith(`${href}/`));
  return (
    <li className={current ? "active current" : undefined}>
      <Link href={href} prefetch={false} className="nav-link" aria-current={current ? "page" : undefined}>
        <span>{children}</span>
      </Link>
    </li>
  );
}
