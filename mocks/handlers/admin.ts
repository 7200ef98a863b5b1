import { delay, http, HttpResponse } from "msw";
import { clearFaults, faultFor, faultSchema, listFaults, setFault } from "../faults";
import { resetAllStores } from "../store";

/** Applied before every fagsystem handler: delays, errors, hangs or garbles as configured. */
const faultInjection = http.all("*", async ({ request }) => {
  const system = new URL(request.url).pathname.split("/")[1] ?? "";
  const fault = faultFor(system);
  if (!fault) return undefined;
  if (fault.timeout) return new Promise<never>(() => {});
  if (fault.latencyMs > 0) await delay(fault.latencyMs);
  if (fault.errorRate > 0 && Math.random() < fault.errorRate) {
    return HttpResponse.json({ fejl: "Intern fejl (simuleret)" }, { status: 500 });
  }
  if (fault.malformed) return HttpResponse.json({ uventet: "format", status: 42 });
  return undefined;
});

export const adminHandlers = [
  // POST /__admin/reset – restore the deterministic seed and clear all faults (used by tests)
  http.post("*/__admin/reset", () => {
    resetAllStores();
    clearFaults();
    return HttpResponse.json({ status: "reset" });
  }),

  // GET /__admin/fejl – the faults in force
  http.get("*/__admin/fejl", () => HttpResponse.json(listFaults())),

  // PUT /__admin/fejl/:system – make one fagsystem slow or broken
  http.put("*/__admin/fejl/:system", async ({ params, request }) => {
    const fault = faultSchema.safeParse(await request.json().catch(() => null));
    if (!fault.success) return HttpResponse.json({ fejl: "Ugyldig fejlopsætning" }, { status: 400 });
    setFault(String(params.system), fault.data);
    return HttpResponse.json(listFaults());
  }),

  // DELETE /__admin/fejl – every fagsystem well again
  http.delete("*/__admin/fejl", () => {
    clearFaults();
    return HttpResponse.json({});
  }),

  faultInjection,
];
