import type { RequestHandler } from "msw";

export const digitalpostHandlers: RequestHandler[] = [];
