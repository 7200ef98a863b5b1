export type StackMode = "start" | "dev" | "e2e";
/** The environment every process of the stack gets; the e2e ports come from E2E_PORT_BASE at import. */
export function stackEnv(mode: StackMode): Record<string, string | undefined>;
export function runStack(mode: StackMode): Promise<void>;
export function stop(code?: number): void;
/** Node flags for the portal's own process (a larger young generation; see stack.mjs). */
export const PORTAL_NODE_ARGS: string[];
