import { fejl } from "../_lib/svar";

export const dynamic = "force-dynamic";

// Any other path under /api/v1 (a typo, a "../" in a parameter): the API's JSON 404, not the portal's HTML page.
function ukendt() {
  return fejl(404, "Den adresse findes ikke i Mine Datas API. Se /api/v1/openapi.json.");
}

export { ukendt as GET, ukendt as POST, ukendt as PUT, ukendt as PATCH, ukendt as DELETE };
