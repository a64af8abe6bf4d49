import { webAppManifest } from '../lib/site/web-app-manifest.ts';

/** /manifest.webmanifest, linked from every page's <head>. */
export function GET() {
  return new Response(JSON.stringify(webAppManifest(), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
}
