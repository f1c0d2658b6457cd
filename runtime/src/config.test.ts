import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('opens the demo services to a demo citizen by default, and nothing without the demo', () => {
    expect(loadConfig({})).toMatchObject({
      citizenIdentity: 'demo',
      publicServices: ['municipal-request', 'pin-puk-recovery'],
    });
    expect(loadConfig({ SAQME_DEMO: '0' })).toMatchObject({
      citizenIdentity: 'none',
      publicServices: [],
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
  });
});
