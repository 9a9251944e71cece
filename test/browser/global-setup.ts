import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
// @ts-expect-error: a plain JavaScript module shared with `npm start`
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the production build (service worker included) the way `npm start` does. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `vite build` before the browser tests');
  const server = await startServer({ dir: 'dist', port: 0 });
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://localhost:${port}/`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
