// A tiny HTTP server standing in for a SvelteKit route: GET renders a form,
// POST reads the multipart body with readSubmission, validates on the server
// and answers with the form and its issues (400) or the typed data (200).
// Every response carries a strict Content-Security-Policy.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import {
  type FormFile,
  formValidator,
  type Issue,
  type Locale,
  readSubmission,
} from '../../src/index.ts';
import { generateStandalone } from '../../src/standalone/generate.ts';
import { buildRenderer } from './build.ts';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

const escapeJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

export interface Harness {
  url: string;
  warnings: string[];
  close(): Promise<void>;
}

export async function startHarness(forms: Record<string, FormFile>): Promise<Harness> {
  const bundles = await buildRenderer();
  const { Form } = (await import(pathToFileURL(bundles.serverModule).href)) as {
    Form: Component<Record<string, unknown>>;
  };
  const validators = Object.fromEntries(
    await Promise.all(
      Object.entries(forms).map(async ([name, form]) => [name, await generateStandalone(form)]),
    ),
  ) as Record<string, string>;

  function page(name: string, locale: Locale, values: Record<string, unknown>, issues: Issue[]) {
    const form = forms[name]!;
    const props = { form, locale, values, issues };
    const { body } = render(Form, { props: { ...props, validator: formValidator(form) } });
    const title = `${issues.length > 0 ? (locale === 'ka' ? 'შეცდომა: ' : 'Error: ') : ''}${form.title?.[locale] ?? name}`;
    return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="stylesheet" href="/form.css"><script type="module" src="/client.js"></script></head><body><main id="app">${body}</main><script type="application/json" id="form-props">${escapeJson({ ...props, validatorUrl: `/validators/${name}.js` })}</script></body></html>`;
  }

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'content-security-policy': CSP });
      res.end(body);
    };
    if (url.pathname === '/client.js') return send(200, 'text/javascript', bundles.client);
    if (url.pathname === '/form.css') return send(200, 'text/css', bundles.css);
    const v = /^\/validators\/([a-z-]+)\.js$/.exec(url.pathname);
    if (v && validators[v[1]!]) return send(200, 'text/javascript', validators[v[1]!]!);
    const m = /^\/forms\/([a-z-]+)$/.exec(url.pathname);
    const form = m ? forms[m[1]!] : undefined;
    if (!m || !form) return send(404, 'text/plain', 'not found');
    const locale: Locale = url.searchParams.get('locale') === 'en' ? 'en' : 'ka';
    if (req.method === 'GET') return send(200, 'text/html', page(m[1]!, locale, {}, []));
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = new Request(url, {
      method: 'POST',
      headers: { 'content-type': req.headers['content-type'] ?? '' },
      body: Buffer.concat(chunks),
    });
    const outcome = readSubmission(form, await request.formData(), locale);
    if (outcome.kind !== 'valid') {
      const status = outcome.kind === 'invalid' ? 400 : 200;
      return send(status, 'text/html', page(m[1]!, locale, outcome.values, outcome.issues));
    }
    const files = [...outcome.files.keys()];
    return send(
      200,
      'text/html',
      `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>OK</title></head><body><main><h1>OK</h1><pre id="result">${escapeJson({ value: outcome.value, files })}</pre></main></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    warnings: bundles.warnings.map((w) => `${w.code}: ${w.message} (${w.filename})`),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
