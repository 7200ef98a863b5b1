import { http, HttpResponse } from "msw";
import type { z } from "zod";

export function health(system: string) {
  return http.get(`*/${system}/health`, () => HttpResponse.json({ status: "ok" }));
}

export function badRequest(error: z.ZodError) {
  return HttpResponse.json(
    { fejl: "Ugyldig forespørgsel", detaljer: error.issues.map((i) => i.path.join(".")) },
    { status: 400 },
  );
}

export function notFound(fejl: string) {
  return HttpResponse.json({ fejl }, { status: 404 });
}
