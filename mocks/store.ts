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
