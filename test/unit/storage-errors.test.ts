import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageError, storageReasonOf, tryStorage } from '../../src/storage/errors.ts';
import { clearLocal, LOCAL_KEYS, readLocal, writeLocal } from '../../src/storage/localStore.ts';

describe('storage errors are values with codes', () => {
  it.each([
    [new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'quota'],
    [
      Object.assign(new Error('QuotaExceededError'), {
        name: 'AbortError',
        inner: { name: 'QuotaExceededError' },
      }),
      'quota',
    ],
    [new DOMException('The operation is insecure.', 'SecurityError'), 'blocked'],
    [Object.assign(new Error('IndexedDB API missing'), { name: 'MissingAPIError' }), 'blocked'],
    [
      Object.assign(new Error('Connection to Indexed Database server lost. Refresh the page to try again'), {
        name: 'UnknownError',
      }),
      'connection_lost',
    ],
    [
      Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' }),
      'connection_lost',
    ],
    [new StorageError('upgrade_failed'), 'upgrade_failed'],
    [new Error('something else'), 'failed'],
    ['not even an error', 'failed'],
  ])('%s is %s', (error, reason) => {
    expect(storageReasonOf(error)).toBe(reason);
  });

  it('turns a throw into a value and a value into a value', async () => {
    expect(await tryStorage(async () => 1)).toEqual({ ok: true, value: 1 });
    expect(
      await tryStorage(async () => {
        throw new DOMException('full', 'QuotaExceededError');
      }),
    ).toEqual({ ok: false, reason: 'quota' });
  });
});

describe('localStorage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    clearLocal();
  });

  it('keeps preferences for the session when the browser blocks storage', () => {
    vi.stubGlobal('localStorage', undefined);
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(readLocal(LOCAL_KEYS.language)).toBeNull();
    expect(writeLocal(LOCAL_KEYS.language, 'ar')).toBe(false);
    expect(readLocal(LOCAL_KEYS.language)).toBe('ar');
    expect(() => clearLocal()).not.toThrow();
  });

  it('writes through to the browser when it allows', () => {
    const store = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
      removeItem: (k: string) => store.delete(k),
    });
    expect(writeLocal(LOCAL_KEYS.bilingual, '1')).toBe(true);
    expect(store.get('kp.bilingual')).toBe('1');
    store.set('other-app', 'x');
    clearLocal();
    expect([...store.keys()]).toEqual(['other-app']);
  });

  it('is touched by no other module', () => {
    const src = fileURLToPath(new URL('../../src', import.meta.url));
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : [path];
      });
    const offenders = files(src)
      .filter((path) => /\.tsx?$/.test(path))
      .filter((path) => /\blocalStorage\b/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(src, path));
    expect(offenders).toEqual(['storage/localStore.ts']);
  });
});
