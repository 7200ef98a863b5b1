import type { RequestHandler } from "msw";

export const ydelsesindeksHandlers: RequestHandler[] = [];
