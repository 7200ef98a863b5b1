"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A main-menu link that marks itself as the current page. */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = href === "/" ? pathname === "/" : pathname.startsWith(href);
  return (
    <li className={current ? "active current" : undefined}>
      <Link href={href} className="nav-link" aria-current={current ? "page" : undefined}>
        <span>{children}</span>
      </Link>
    </li>
  );
}
