import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/**
 * The database side of the load bench: a fresh PostgreSQL database per run (so earlier runs'
 * requests never count), and the count of stored correction requests read straight from the
 * database after the portal has stopped (PGlite is one process's folder). Counted: sent requests
 * (status other than kladde) and drafts left unsent.
 */
export type Optaelling = { sendte: number; kladder: number };

const SQL = "select count(*) filter (where status <> 'kladde')::int as sendte, count(*) filter (where status = 'kladde')::int as kladder from rettelser";

/** Creates an empty database next to the one in `url`, and answers its URL. */
export async function nyPostgresDatabase(url: string): Promise<string> {
  const navn = `minedata_load_${randomBytes(4).toString("hex")}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create database ${navn}`);
  } finally {
    await client.end();
  }
  const ny = new URL(url);
  ny.pathname = `/${navn}`;
  return ny.href;
}

export async function taelRettelser(kilde: { postgres: string } | { pglite: string }): Promise<Optaelling> {
  if ("postgres" in kilde) {
    const client = new pg.Client({ connectionString: kilde.postgres });
    await client.connect();
    try {
      return (await client.query<Optaelling>(SQL)).rows[0]!;
    } finally {
      await client.end();
    }
  }
  const db = new PGlite(kilde.pglite);
  try {
    return (await db.query<Optaelling>(SQL)).rows[0]!;
  } finally {
    await db.close();
  }
}
