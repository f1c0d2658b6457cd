// The start page until the studio lands: says, in Georgian and English, what is running.
import { html } from 'hono/html';
import type { SystemStatus } from './env.ts';

/** `nonce` admits the page's one inline style under the strict CSP. */
export function statusPage(s: SystemStatus, nonce: string) {
  const db = s.database.kind === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL';
  return html`<!doctype html>
<html lang="ka">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Saqme</title>
    <style nonce="${nonce}">
      body { font-family: "Noto Sans Georgian", "DejaVu Sans", system-ui, sans-serif; max-width: 44rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; color: #1b1b1b; }
      dt { font-weight: 600; margin-top: 1rem; }
    </style>
  </head>
  <body>
    <h1>საქმე · Saqme</h1>
    <p>საჯარო სერვისების სამუშაო პროცესების ძრავა გაშვებულია. <span lang="en">The workflow and form engine for public services is running.</span></p>
    <dl>
      <dt>მონაცემთა ბაზა · Database</dt>
      <dd>${db} — ${s.database.version}</dd>
      <dt>Temporal</dt>
      <dd>${s.temporal.address} (namespace ${s.temporal.namespace}, server ${s.temporal.serverVersion})</dd>
      <dt>გაშვებულია · Started</dt>
      <dd>${s.startedAt}</dd>
    </dl>
    <p lang="en">The API is described at <a href="/api/openapi.json">/api/openapi.json</a>; <a href="/api/health">/api/health</a> reports the above in JSON and <a href="/metrics">/metrics</a> serves Prometheus metrics. The studio and the inbox arrive with the next issues.</p>
  </body>
</html>`;
}
