import { parseTrustList, type TrustList } from '../../core/endorsement/trust.ts';
import { isLineText } from '../../core/text/rule.ts';

/**
 * The verification desk's trust list on this device, read by the viewer without Dexie (which it
 * must never load): IndexedDB opened at whatever version it has, one read-only transaction over
 * the desk's `trust` table and the list's name in `settings`. Nothing is written, and a database
 * that does not exist is not created: the upgrade that opening it would start is aborted.
 * Undefined when there is no list, or anything about it is not as the desk writes it.
 */
const DB_NAME = 'kompetenspass';
const TRUST = 'trust';
const SETTINGS = 'settings';
const NAME_KEY = 'trustListName';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openExisting(): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      open = indexedDB.open(DB_NAME);
    } catch {
      resolve(undefined);
      return;
    }
    // Only a database that does not exist yet needs an upgrade here: leave it uncreated.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => resolve(undefined);
    open.onblocked = () => resolve(undefined);
  });
}

export async function readDeskTrustList(): Promise<TrustList | undefined> {
  const db = await openExisting();
  if (!db) return undefined;
  try {
    if (!db.objectStoreNames.contains(TRUST) || !db.objectStoreNames.contains(SETTINGS)) return undefined;
    const tx = db.transaction([TRUST, SETTINGS], 'readonly');
    const [rows, setting] = await Promise.all([
      request(tx.objectStore(TRUST).getAll()),
      request(tx.objectStore(SETTINGS).get(NAME_KEY)),
    ]);
    if (!Array.isArray(rows) || rows.length === 0) return undefined;
    const value = (setting as { value?: unknown } | undefined)?.value;
    const name =
      typeof value === 'string' && value !== '' && value.length <= 200 && isLineText(value) ? value : '-';
    const issuers = (rows as { did?: unknown; name?: unknown; url?: unknown }[]).map(({ did, name, url }) =>
      url === undefined ? { did, name } : { did, name, url },
    );
    const list = parseTrustList({ name, issuers });
    return list.ok ? list.value : undefined;
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}
