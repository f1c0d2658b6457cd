import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('leaves the public services to their definitions, with a demo citizen only in the demo', () => {
    expect(loadConfig({})).toMatchObject({ citizenIdentity: 'demo', publicServices: '*' });
    expect(loadConfig({ SAQME_DEMO: '0' })).toMatchObject({
      citizenIdentity: 'none',
      publicServices: '*',
    });
  });

  it('reads the identity provider and the public services from the environment', () => {
    expect(
      loadConfig({
        SAQME_CITIZEN_IDENTITY: '/etc/saqme/eid.ts',
        SAQME_PUBLIC_SERVICES: ' municipal-request , building-permit ',
      }),
    ).toMatchObject({
      citizenIdentity: '/etc/saqme/eid.ts',
      publicServices: ['municipal-request', 'building-permit'],
    });
    expect(loadConfig({ SAQME_PUBLIC_SERVICES: '*' }).publicServices).toBe('*');
    expect(loadConfig({ SAQME_PUBLIC_SERVICES: '' }).publicServices).toEqual([]);
    expect(loadConfig({ SAQME_PUBLIC_SERVICES: 'none' }).publicServices).toEqual([]);
  });
});
