import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { rateLimits } from "@/lib/db/schema";

/**
 * A fixed-window counter in the database, so every portal instance shares it: one atomic upsert
 * per attempt. Returns false when the attempt is over the limit.
 */
export async function tryAttempt(db: Db, key: string, limit: number, windowSeconds: number, now = new Date()): Promise<boolean> {
  return (await countAttempt(db, key, limit, windowSeconds, now)).allowed;
}

/** The counter's state after this attempt, for the RateLimit-* headers an API answers with. */
export type Attempt = { allowed: boolean; limit: number; remaining: number; resetSeconds: number };

export async function countAttempt(db: Db, key: string, limit: number, windowSeconds: number, now = new Date()): Promise<Attempt> {
  const windowStart = new Date(now.getTime() - windowSeconds * 1000);
  const [row] = await db
    .insert(rateLimits)
    .values({ noegle: key, vinduestart: now, antal: 1 })
    .onConflictDoUpdate({
      target: rateLimits.noegle,
      set: {
        antal: sql`case when ${rateLimits.vinduestart} <= ${windowStart} then 1 else ${rateLimits.antal} + 1 end`,
        vinduestart: sql`case when ${rateLimits.vinduestart} <= ${windowStart} then ${now} else ${rateLimits.vinduestart} end`,
      },
    })
    .returning({ antal: rateLimits.antal, vinduestart: rateLimits.vinduestart });
  const resetSeconds = Math.max(1, Math.ceil((row!.vinduestart.getTime() + windowSeconds * 1000 - now.getTime()) / 1000));
  return { allowed: row!.antal <= limit, limit, remaining: Math.max(0, limit - row!.antal), resetSeconds };
}
