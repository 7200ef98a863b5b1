import { adminHandlers } from "./admin";
import { cprHandlers } from "./cpr";
import { digitalpostHandlers } from "./digitalpost";
import { eindkomstHandlers } from "./eindkomst";
import { klassifikationHandlers } from "./klassifikation";
import { organisationHandlers } from "./organisation";
import { pensionHandlers } from "./pension";
import { sdiHandlers } from "./sdi";
import { ydelsesindeksHandlers } from "./ydelsesindeks";

/** Admin first: its fault injection must see every request before the systems answer. */
export const handlers = [
  ...adminHandlers,
  ...cprHandlers,
  ...sdiHandlers,
  ...ydelsesindeksHandlers,
  ...organisationHandlers,
  ...klassifikationHandlers,
  ...eindkomstHandlers,
  ...pensionHandlers,
  ...digitalpostHandlers,
];
