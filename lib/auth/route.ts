import "server-only";
import { loginTilladt } from "@/lib/data/login-limit";
import { adresseFra } from "@/lib/data/request-info";

type Handler<R extends Request> = (request: R) => Promise<Response>;

const LOGIN_SPAERRET = "/log-ind?error=ForMangeForsoeg";

/**
 * Auth.js's own route, kept to what a citizen should meet: starting a login counts against the
 * same limit as the portal's button, and an error Auth.js would answer in English (an unknown
 * action, a malformed request) is answered in Danish with the same status.
 */
export function medGraenser<R extends Request>(handler: Handler<R>): Handler<R> {
  return async (request) => {
    const { pathname } = new URL(request.url);
    if (request.method === "POST" && pathname.startsWith("/api/auth/signin")) {
      if (!(await loginTilladt(adresseFra(request.headers)))) return Response.redirect(new URL(LOGIN_SPAERRET, request.url), 303);
    }
    const response = await handler(request);
    if (response.status < 400) return response;
    await response.body?.cancel();
    return Response.json(
      { fejl: "Login-tjenesten kunne ikke forstå forespørgslen. Gå til forsiden af Mine Data, og prøv at logge ind igen." },
      { status: response.status, headers: { "cache-control": "no-store", "content-language": "da" } },
    );
  };
}
