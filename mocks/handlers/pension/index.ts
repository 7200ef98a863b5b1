import type { RequestHandler } from "msw";

export const pensionHandlers: RequestHandler[] = [];
