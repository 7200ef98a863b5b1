import { mineOplysninger, oekonomiFelter, personFelter } from "@/lib/data/oplysninger";
import { oplysningerSvar } from "@/lib/domain/api";
import { adgangsfejl, borgerKontekst, ok } from "../_lib/svar";

export const dynamic = "force-dynamic";

// GET /api/v1/oplysninger – registered personal data, each with its source and the sager that use it
export async function GET() {
  const ctx = await borgerKontekst();
  if (ctx instanceof Response) return ctx;
  const { person, afgjorte } = await mineOplysninger(ctx);
  if (!person.ok) return adgangsfejl(person, "Dine oplysninger");
  if (!afgjorte.ok) return adgangsfejl(afgjorte, "Oplysningerne fra dine sager");
  return ok(oplysningerSvar, {
    person: personFelter(person.data, afgjorte.data.sager),
    oekonomi: oekonomiFelter(afgjorte.data.sager),
    soegteSager: afgjorte.data.sager.length,
  });
}
