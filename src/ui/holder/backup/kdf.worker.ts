// Derives a backup key off the main thread: scrypt with 128 MiB takes a second on a laptop and
// several on a cheap phone, and the page must keep answering meanwhile.
import { deriveKeyMaterial, type KdfParams } from '../../../core/backup/kdf.ts';

interface Request {
  secret: Uint8Array;
  salt: Uint8Array;
  params: KdfParams;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

scope.onmessage = async ({ data }) => {
  let reported = 0;
  try {
    const material = await deriveKeyMaterial(data.secret, data.salt, data.params, (fraction) => {
      // Every whole per cent is enough for a progress bar, and far fewer messages.
      if (fraction - reported >= 0.01) {
        reported = fraction;
        scope.postMessage({ progress: fraction });
      }
    });
    scope.postMessage({ result: material }, [material.buffer]);
  } catch (error) {
    scope.postMessage({ error: String(error) });
  }
};
