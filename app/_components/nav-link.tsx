"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * A main-menu link that marks itself as the current page. An `exact` link (a section's front
 * page, with other menu items below it) is current only on its own path.
 */
export function NavLink({ href, exact, children }: { href: string; exact: boolean; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || (!exact && pathname.startsWith(`${href}/`));
  return (
    <li className={current ? "active current" : undefined}>
      <Link href={href} className="nav-link" aria-current={current ? "page" : undefined}>
        <span>{children}</span>
      </Link>
    </li>
  );
}
