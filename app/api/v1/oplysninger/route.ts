import { mineOplysninger, oekonomiFelter, personFelter } from "@/lib/data/oplysninger";
import { oplysningerSvar } from "@/lib/domain/api";
import { adgangsfejl, apiAccess, ok } from "../_lib/svar";
import { jsonRute } from "@/lib/data/json-rute";

export const dynamic = "force-dynamic";

// GET /api/v1/oplysninger – registered personal data, each with its source and the sager that use it
export const GET = jsonRute(async () => {
  const ctx = await apiAccess("se:oplysninger");
  if (ctx instanceof Response) return ctx;
  const { person, afgjorte, anfaegtede } = await mineOplysninger(ctx);
  if (!person.ok) return adgangsfejl(person, "Dine oplysninger", ctx);
  if (afgjorte && !afgjorte.ok) return adgangsfejl(afgjorte, "Oplysningerne fra dine sager", ctx);
  // A fuldmagt for oplysninger without sager: the registered data, without what decisions used.
  const sager = afgjorte?.data.sager ?? [];
  return ok(oplysningerSvar, {
    person: personFelter(person.data, sager, anfaegtede),
    oekonomi: oekonomiFelter(sager),
    soegteSager: sager.length,
  }, ctx);
});
