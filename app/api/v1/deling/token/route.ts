import { udstedToken } from "@/lib/data/deling";
import { tokenSvar } from "@/lib/domain/deling";
import { fejl, svar } from "../_lib/svar";
import { jsonRute } from "@/lib/data/json-rute";

export const dynamic = "force-dynamic";

const MAKS_BYTES = 16_000;

// POST /api/v1/deling/token – OAuth token endpoint: client_credentials, private_key_jwt, authorization_details (RFC 9396)
export const POST = jsonRute(async (request: Request) => {
  if (!(request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded")) {
    return fejl({ status: 400, fejl: "Send anmodningen som application/x-www-form-urlencoded.", oauth: "invalid_request" });
  }
  const tekst = await request.text();
  if (tekst.length > MAKS_BYTES) return fejl({ status: 400, fejl: "Anmodningen er for stor.", oauth: "invalid_request" });
  const result = await udstedToken(new URLSearchParams(tekst));
  return result.ok ? svar(tokenSvar, result.svar, result.graense) : fejl(result);
});
