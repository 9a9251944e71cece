// The response headers of docs/HOSTING.md, shared by the local server and the tests.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** index.html, the service worker and the manifest must be revalidated; hashed assets never change. */
export function cacheControlFor(path) {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  // Catalogue packs carry their content hash in the name; the index that names them does not.
  if (/^\/catalogue\/[a-z0-9-]+\/[a-z0-9.-]+\.[0-9a-f]{12}\.json$/.test(path))
    return 'public, max-age=31536000, immutable';
  return 'no-cache';
}
