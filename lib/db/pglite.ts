import { PGlite, parse, protocol, types, type QueryOptions, type Results, type Transaction } from "@electric-sql/pglite";

/** Values drizzle maps itself and so asks PGlite to hand over as text, on every query. */
export const SOM_TEKST = Object.fromEntries([types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE].map((oid) => [oid, (v: string) => v]));

/** More distinct statements than the portal has; a query past it takes PGlite's own path. */
const MAX_STATEMENTS = 1000;

type BackendMessage = Awaited<ReturnType<PGlite["execProtocolStream"]>>[number];
type Statement = { name: string; paramTypes: number[]; rowDescription: BackendMessage | undefined };

function frame(...messages: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(messages.reduce((sum, m) => sum + m.length, 0));
  messages.reduce((offset, m) => (out.set(m, offset), offset + m.length), 0);
  return out;
}

/**
 * PGlite that plans each distinct statement once and then only binds and executes it.
 *
 * PGlite's own query() parses, describes, binds, describes, executes and syncs, each a separate
 * call into the WASM backend, and plans the statement anew every time: about 0.5 ms of CPU for a
 * small read, several of which run on every page. Here a statement is parsed once under a name
 * (as node-postgres does with named prepared statements), and each query is one call: bind,
 * execute, sync. Values are serialised and rows parsed exactly as PGlite does.
 *
 * Drizzle's parsers are given once, at start, instead of with each query: PGlite merges a query's
 * parsers into its whole table of some 200 type parsers every time. The schema has no array of
 * these types, the only place the two could differ.
 */
export class PortalPGlite extends PGlite {
  readonly #statements = new Map<string, Statement>();

  override async query<T>(text: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> {
    if (!this.#canPrepare(text, options)) return super.query<T>(text, params, { ...options, parsers: undefined });
    await this._checkReady();
    return this._runExclusiveTransaction(() => this._runExclusiveQuery(() => this.#run<T>(text, params, options)));
  }

  override transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    return super.transaction((tx) => {
      const query = <R>(text: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<R>> => {
        if (!this.#canPrepare(text, options)) return tx.query<R>(text, params, { ...options, parsers: undefined });
        if (tx.closed) return Promise.reject(new Error("Transaction is closed"));
        return this._runExclusiveQuery(() => this.#run<R>(text, params, options));
      };
      return callback(Object.create(tx, { query: { value: query } }));
    });
  }

  #canPrepare(text: string, options?: QueryOptions): boolean {
    return !options?.blob && !options?.paramTypes && (this.#statements.has(text) || this.#statements.size < MAX_STATEMENTS);
  }

  async #run<T>(text: string, params: unknown[], options?: QueryOptions): Promise<Results<T>> {
    const statement = this.#statements.get(text) ?? (await this.#prepare(text));
    const values = params.map((value, i) => {
      if (value == null) return null;
      const type = statement.paramTypes[i]!;
      const serialize = options?.serializers?.[type] ?? this.serializers[type];
      return serialize ? serialize(value) : String(value);
    });
    const messages = await this.execProtocolStream(
      frame(protocol.serialize.bind({ statement: statement.name, values }), protocol.serialize.execute({}), protocol.serialize.sync()),
      { syncToFs: false },
    );
    if (!this.isInTransaction()) await this.syncToFs();
    const rows = statement.rowDescription ? [statement.rowDescription, ...messages] : messages;
    return parse.parseResults(rows, this.parsers, { ...options, parsers: undefined })[0] as Results<T>;
  }

  async #prepare(text: string): Promise<Statement> {
    const name = `portal_${this.#statements.size + 1}`;
    const messages = await this.execProtocolStream(
      frame(protocol.serialize.parse({ name, text }), protocol.serialize.describe({ type: "S", name }), protocol.serialize.sync()),
      { syncToFs: false },
    );
    const statement = { name, paramTypes: parse.parseDescribeStatementResults(messages), rowDescription: messages.find((m) => m.name === "rowDescription") };
    this.#statements.set(text, statement);
    return statement;
  }
}
