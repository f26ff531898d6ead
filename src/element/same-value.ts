/**
 * Settings compared by value. A framework re-rendering its host passes new objects with the
 * same entries (`headers={{ Authorization: … }}` in React, a getter in Angular): the widget
 * must not treat them as a change, or each render would ask the endpoint again.
 */

/** An object literal (from any realm), as opposed to a class instance such as `Headers`. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Object.prototype.toString.call(value) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Plain data (object literals and arrays) is equal when its entries are, in any key order;
 * everything else by identity (`Object.is`, so `NaN` equals itself). Functions and class
 * instances (a `Headers` object, whose entries are not its own keys) are compared by
 * identity: the widget cannot see inside them, so a new one is a change.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
}

/** A copy of the plain data in `value` (the rest shared), to compare with later even if the host edits its object in place. */
function snapshot<T>(value: T): T {
  if (Array.isArray(value)) return value.map(snapshot) as T;
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, snapshot(v)])) as T;
}

/**
 * One object for a run of equal settings: `settle(next)` returns `next` when its value
 * differs from the last one's, and otherwise the object returned before, refreshed with
 * `next`'s entries (so a later request reads the host's newest objects) but the same object,
 * which is what `@lit/task` and `@lit/context` compare.
 */
export class StableSettings<T extends object> {
  private _current?: T;
  private _seen?: T;

  settle(next: T): { value: T; changed: boolean } {
    const changed = this._current === undefined || !sameValue(next, this._seen);
    if (changed) this._current = next;
    else Object.assign(this._current as T, next);
    this._seen = snapshot(next);
    return { value: this._current as T, changed };
  }
}

/** For `@property({ hasChanged })`: an equal value set again does not update the element. */
export const changedByValue = (value: unknown, old: unknown): boolean => !sameValue(value, old);
