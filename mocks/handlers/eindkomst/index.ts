import type { RequestHandler } from "msw";

export const eindkomstHandlers: RequestHandler[] = [];
