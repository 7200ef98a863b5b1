import { z } from "zod";

/** How one fagsystem should misbehave: for resilience tests and benchmarks. */
export const faultSchema = z.object({
  latencyMs: z.number().int().min(0).max(60_000).default(0),
  /** Share of requests answered with HTTP 500, 0–1. */
  errorRate: z.number().min(0).max(1).default(0),
  /** Never answer: the caller's own timeout must save it. */
  timeout: z.boolean().default(false),
  /** Answer 200 with a body that breaks the wire contract. */
  malformed: z.boolean().default(false),
});
export type Fault = z.infer<typeof faultSchema>;

export const faultsSchema = z.record(z.string().regex(/^[a-z]+$/), faultSchema);

const faults = new Map<string, Fault>();

export function setFault(system: string, fault: Fault): void {
  faults.set(system, fault);
}

export function faultFor(system: string): Fault | undefined {
  return faults.get(system);
}

export function clearFaults(): void {
  faults.clear();
}

export function listFaults(): Record<string, Fault> {
  return Object.fromEntries(faults);
}
