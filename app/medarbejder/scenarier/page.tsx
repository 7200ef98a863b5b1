import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/data/guard";
import { SCENARIER } from "@/lib/dialog/scenarier";

export const metadata: Metadata = { title: "Øvelsesscenarier" };

export default async function Scenarier() {
  await requireStaff();
  return (
    <>
      <h1>Øv dig: svære situationer ved skranken</h1>
      <p className="font-lead">
        Korte scenarier, du spiller alene. Du vælger, hvad du gør, og får at vide, hvad reglen er – og hvilken funktion i Mine Data der løser
        situationen.
      </p>
      <ul className="bordered-list">
        {SCENARIER.map((s) => (
          <li key={s.id}>
            <h2 className="h4">
              <Link href={`/medarbejder/scenarier/${s.id}`}>{s.titel}</Link>
            </h2>
            <p>{s.resume}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
