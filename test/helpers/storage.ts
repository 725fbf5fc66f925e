/* Storage doubles for the code that keeps data in the browser: working, full, and blocked by policy. */

/** A Map-backed Storage, as localStorage behaves when it works. */
export class MapStorage implements Storage {
  [name: string]: unknown;
  readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

/** Storage that reads but refuses every write, as a full localStorage does. */
export class FullStorage extends MapStorage {
  override setItem(): void {
    throw new DOMException('full', 'QuotaExceededError');
  }
}

/** Storage that throws on every access, as a policy-blocked localStorage does. */
export class BlockedStorage extends MapStorage {
  override getItem(): string | null {
    throw new DOMException('denied', 'SecurityError');
  }
  override setItem(): void {
    throw new DOMException('denied', 'SecurityError');
  }
  override removeItem(): void {
    throw new DOMException('denied', 'SecurityError');
  }
}
