import type { RequestHandler } from "msw";

export const organisationHandlers: RequestHandler[] = [];
