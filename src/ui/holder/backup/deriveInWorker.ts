import { type DeriveKeyMaterial, deriveKeyMaterial } from '../../../core/backup/kdf.ts';

type Reply = { progress: number } | { result: Uint8Array } | { error: string };

/**
 * scrypt in a Web Worker (kdf.worker.ts), with progress. Where a worker cannot start, the same
 * derivation runs in the page, yielding every few milliseconds so that it stays usable.
 */
export const deriveInWorker: DeriveKeyMaterial = (secret, salt, params, onProgress) => {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return deriveKeyMaterial(secret, salt, params, onProgress);
  }
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<Reply>) => {
      if ('progress' in data) return onProgress?.(data.progress);
      worker.terminate();
      if ('result' in data) resolve(data.result);
      else reject(new Error(data.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the key derivation worker failed'));
    };
    worker.postMessage({ secret, salt, params });
  });
};
