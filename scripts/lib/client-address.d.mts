import type { IncomingMessage } from "node:http";

export function klientAdresse(socketAdresse: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string;
export function parseHops(value: string | undefined): { ok: true; hops: number } | { ok: false; fejl: string };
export function saetKlientAdresse(req: IncomingMessage, hops: number): void;
