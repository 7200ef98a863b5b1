import type { RequestHandler } from "msw";

export const klassifikationHandlers: RequestHandler[] = [];
