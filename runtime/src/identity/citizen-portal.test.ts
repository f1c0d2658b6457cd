import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Definition } from '@saqme/engine';
import { describe, expect, it } from 'vitest';
import { citizenPortal, isPublicService, loadCitizenIdentity } from './citizen-portal.ts';
import { DEMO_CITIZEN } from './demo-identity.ts';

const request = new Request('http://saqme.test/api/public/identity');

describe('loadCitizenIdentity', () => {
  it('gives the labelled demo citizen for `demo` and refuses everyone for `none`', async () => {
    const demo = await loadCitizenIdentity('demo');
    expect(await demo.resolve(request)).toEqual({ ok: true, citizen: DEMO_CITIZEN });
    expect(DEMO_CITIZEN.demo).toBe(true);
    const none = await loadCitizenIdentity('none');
    expect(await none.resolve(request)).toEqual({
      ok: false,
      refusal: { code: 'public.identity-required' },
    });
  });

  it("plugs in a deployment's provider from a module path, configured by the environment", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saqme-identity-'));
    const file = join(dir, 'header-identity.mjs');
    writeFileSync(
      file,
      `export function createCitizenIdentity(env) {
        return {
          kind: 'gateway',
          async resolve(request) {
            const pn = request.headers.get(env.IDENTITY_HEADER);
            return pn
              ? { ok: true, citizen: { personalNumber: pn, firstName: 'ეკა', lastName: 'მამულაშვილი', demo: false } }
              : { ok: false, refusal: { code: 'public.identity-required', signInUrl: 'https://eid.example/login' } };
          },
        };
      }`,
    );
    const identity = await loadCitizenIdentity(file, { IDENTITY_HEADER: 'x-citizen' });
    expect(identity.kind).toBe('gateway');
    const signedIn = new Request('http://saqme.test/', { headers: { 'x-citizen': '01008077665' } });
    expect(await identity.resolve(signedIn)).toMatchObject({
      ok: true,
      citizen: { personalNumber: '01008077665' },
    });
    expect(await identity.resolve(request)).toMatchObject({
      ok: false,
      refusal: { signInUrl: 'https://eid.example/login' },
    });
    const empty = join(dir, 'empty.mjs');
    writeFileSync(empty, 'export const nothing = 1;');
    await expect(loadCitizenIdentity(empty)).rejects.toThrow(/createCitizenIdentity/);
  });
});

/** Only the service part of a definition matters here. */
function definitionOf(id: string, open?: true): Definition {
  return { service: { id, ...(open ? { public: open } : {}) } } as unknown as Definition;
}

describe('citizenPortal', () => {
  it('has no identity until configured, and opens what the definitions open', async () => {
    const portal = citizenPortal();
    expect((await portal.identity.resolve(request)).ok).toBe(false);
    expect(isPublicService(portal, definitionOf('a', true))).toBe(true);
    expect(isPublicService(portal, definitionOf('a'))).toBe(false);
  });

  it('lets the installation narrow the public services but never widen them', () => {
    const narrowed = citizenPortal({ services: ['a'] });
    expect(isPublicService(narrowed, definitionOf('a', true))).toBe(true);
    expect(isPublicService(narrowed, definitionOf('b', true))).toBe(false);
    expect(isPublicService(narrowed, definitionOf('a'))).toBe(false);
    expect(isPublicService(citizenPortal({ services: [] }), definitionOf('a', true))).toBe(false);
  });
});
