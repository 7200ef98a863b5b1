import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { handlingSaetning, type Action } from "@/lib/access/actions";
import { hjaelpStatus, type Opslag } from "@/lib/assistance/borger";
import { klokken } from "@/lib/assistance/tid";
import { requireCitizenContext } from "@/lib/data/guard";
import { Utilgaengelig } from "../_components/utilgaengelig";
import { afslutHjaelp } from "./actions";
import { HjaelpForm } from "./_components/hjaelp-form";

export const metadata: Metadata = { title: "Få hjælp af en medarbejder" };

function Besked({ titel, tekst, type = "success" }: { titel: string; tekst: string; type?: "success" | "info" }) {
  return (
    <div className={`alert alert-${type}`} role="status">
      <div className="alert-body">
        <h2 className="alert-heading h4">{titel}</h2>
        <p className="alert-text">{tekst}</p>
      </div>
    </div>
  );
}

function AfslutKnap({ id, tekst }: { id: string; tekst: string }) {
  return (
    <form action={afslutHjaelp}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button button-secondary">
        {tekst}
      </button>
    </form>
  );
}

function SetListe({ set, navn }: { set: Opslag[]; navn: string }) {
  if (set.length === 0) return <p>{navn} har ikke set noget endnu.</p>;
  return (
    <ul className="kompakt-liste">
      {set.map((s, i) => (
        <li key={i}>
          {klokken(s.tidspunkt)}: {navn} {handlingSaetning[s.kategori as Action] ?? "så dine data"} ({s.objekt}).
        </li>
      ))}
    </ul>
  );
}

const slutHvorfor: Record<string, string> = { borger: "Du afsluttede hjælpen", medarbejder: "Medarbejderen afsluttede hjælpen", udloebet: "Tiden løb ud" };

export default async function Hjaelp({ searchParams }: { searchParams: Promise<{ afsluttet?: string; allerede?: string }> }) {
  const { data } = await requireCitizenContext("/hjaelp");
  if (data.actor.art !== "borger") redirect("/medarbejder/hjaelp");
  const sp = await searchParams;
  if (data.basis.type !== "self") {
    return (
      <>
        <h1>Få hjælp af en medarbejder</h1>
        <p className="font-lead">Kun {data.subject.navn} selv kan give en medarbejder adgang til sine data.</p>
        <p>
          <Link href="/handl-for">Skift tilbage til dig selv</Link> for at få hjælp med dine egne data.
        </p>
      </>
    );
  }
  const status = await hjaelpStatus(data);
  const t = status.ok ? status.data : null;
  return (
    <>
      <h1>Få hjælp af en medarbejder</h1>
      <p className="font-lead">
        En medarbejder fra Borgerservice kan se dine data sammen med dig – uden at bruge dit MitID. Du bestemmer, hvad medarbejderen må se, og
        hvor længe. Alt, medarbejderen ser, kommer i din log.
      </p>
      {sp.afsluttet === "1" && <Besked titel="Hjælpen er afsluttet" tekst="Medarbejderen kan ikke længere se dine data." />}
      {sp.allerede === "1" && <Besked type="info" titel="Hjælpen var allerede afsluttet" tekst="Medarbejderen kan ikke se dine data." />}
      {!t && <Utilgaengelig hvad="Din hjælp fra en medarbejder" niveau={2} />}

      {t?.tilstand === "igang" && (
        <section aria-labelledby="igang-overskrift" className="overblik-kort">
          <h2 id="igang-overskrift">
            {t.medarbejder}, {t.enhed} hjælper dig nu
          </h2>
          <p>
            {t.medarbejder} kan se: {t.omraader.join(", ")}. Hjælpen slutter senest <strong>{klokken(t.udloeber)}</strong>.
          </p>
          <p>{t.maaForberede ? "Medarbejderen må gøre anmodninger klar, som du selv skal godkende på din forside." : "Medarbejderen må ikke gøre noget klar for dig."}</p>
          <h3 className="h4">Det har {t.medarbejder} set</h3>
          <SetListe set={t.set} navn={t.medarbejder} />
          <AfslutKnap id={t.id} tekst="Afslut hjælp" />
        </section>
      )}

      {t?.tilstand === "afsluttet" && !sp.afsluttet && (
        <Besked
          type="info"
          titel={`${slutHvorfor[t.afsluttetAf] ?? "Hjælpen sluttede"} ${klokken(t.tidspunkt)}`}
          tekst={`${t.medarbejder ?? "Medarbejderen"} kan ikke længere se dine data.`}
        />
      )}
      {t?.tilstand === "afsluttet" && t.medarbejder && (
        <section aria-labelledby="set-overskrift">
          <h2 id="set-overskrift" className="h3">
            Det så {t.medarbejder}
          </h2>
          <SetListe set={t.set} navn={t.medarbejder} />
          <p>
            <Link href="/log">Se det hele i din log</Link>
          </p>
        </section>
      )}

      {t && t.tilstand !== "igang" && <HjaelpForm noegle={randomUUID()} venter={t.tilstand === "venter" ? t : null} />}
    </>
  );
}
