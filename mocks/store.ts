/**
 * In-memory state of one mocked fagsystem, rebuilt from its deterministic seed on reset. Every
 * store registers itself, so one admin call resets all systems and tests can hash the whole seed.
 */
type Store<T> = { name: string; get: () => T; reset: () => void; seed: () => T };

const stores: Store<unknown>[] = [];

export function createStore<T>(name: string, seed: () => T): Store<T> {
  let current = seed();
  const store: Store<T> = {
    name,
    get: () => current,
    reset: () => {
      current = seed();
    },
    seed,
  };
  stores.push(store as Store<unknown>);
  return store;
}

export function resetAllStores(): void {
  for (const store of stores) store.reset();
}

/** A fresh seed of every system, for determinism checks. */
export function seedAll(): Record<string, unknown> {
  return Object.fromEntries(stores.map((s) => [s.name, s.seed()]));
}

/**
 * A person's rows without scanning everyone's: rows grouped by key, built once per seeded array.
 * Seeds replace a store's arrays and handlers never add rows to them, so the groups stay right;
 * each group keeps the store's order.
 */
export function grupperetPaa<T>(noegler: (row: T) => Iterable<string>): (rows: T[], noegle: string | undefined) => T[] {
  const grupper = new WeakMap<T[], Map<string, T[]>>();
  return (rows, noegle) => {
    let gruppe = grupper.get(rows);
    if (!gruppe) {
      gruppe = new Map();
      for (const row of rows) {
        for (const k of new Set(noegler(row))) {
          const liste = gruppe.get(k);
          if (liste) liste.push(row);
          else gruppe.set(k, [row]);
        }
      }
      grupper.set(rows, gruppe);
    }
    return (noegle !== undefined && gruppe.get(noegle)) || [];
  };
}
