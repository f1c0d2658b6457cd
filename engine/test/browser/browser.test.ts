import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compile, simulate } from '../../src/index.ts';
import { loadBundle } from '../load-bundle.ts';

const here = decodeURIComponent(import.meta.url.replace(/^file:\/\//, '').replace(/[^/]+$/, ''));
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe('the engine in the browser', () => {
  it('bundles for the browser and compiles and simulates a bundle under a CSP without eval', async () => {
    const bundled = await build({
      entryPoints: [`${here}entry.ts`],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const code = bundled.outputFiles[0]!.text;
    const nonce = 'engine-test';
    const html = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-${nonce}'"></head><body><script nonce="${nonce}">${code.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;

    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.setContent(html);
      const bundle = loadBundle('municipal-request');
      const inBrowser = await page.evaluate(
        (b) =>
          (
            globalThis as never as { saqmeEngine: { run(x: unknown): Promise<unknown> } }
          ).saqmeEngine.run(b),
        bundle,
      );
      expect(errors).toEqual([]);

      const { definition, scenarios } = await compile(bundle);
      const inNode = Object.fromEntries(
        Object.entries(scenarios).map(([name, s]) => {
          const r = simulate(definition!, s);
          return [name, { ok: r.ok, path: r.path, outcome: r.outcome, failures: r.failures }];
        }),
      );
      expect(inBrowser).toEqual({ hash: definition!.hash, results: inNode });
    } finally {
      await browser.close();
    }
  }, 120_000);
});
