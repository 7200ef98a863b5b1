import { http, HttpResponse } from "msw";
import { resetState } from "../state";

export const adminHandlers = [
  // POST /__admin/reset – restore the deterministic seed (used by tests)
  http.post("*/__admin/reset", () => {
    resetState();
    return HttpResponse.json({ status: "reset" });
  }),
];
