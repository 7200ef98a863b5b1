import { env } from "@/lib/env";
import { SAMTYKKE_TYPE, STATUS_SCOPE } from "@/lib/domain/deling";
import { tokenUrl } from "@/lib/deling/token";

export const dynamic = "force-dynamic";

// GET /.well-known/oauth-authorization-server – RFC 8414 metadata for third parties of the deling API
export function GET() {
  const base = env().AUTH_URL;
  return Response.json(
    {
      issuer: base,
      token_endpoint: tokenUrl(),
      jwks_uri: `${base}/.well-known/jwks.json`,
      grant_types_supported: ["client_credentials"],
      token_endpoint_auth_methods_supported: ["private_key_jwt"],
      token_endpoint_auth_signing_alg_values_supported: ["ES256"],
      authorization_details_types_supported: [SAMTYKKE_TYPE],
      scopes_supported: [STATUS_SCOPE],
      service_documentation: `${base}/api/v1/openapi.json`,
    },
    { headers: { "cache-control": "public, max-age=300" } },
  );
}
