import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../test/databases.ts';
import type { Database } from '../db/client.ts';
import { withTenant } from '../db/tenant.ts';
import { seedDemo } from '../seed/demo.ts';
import { casePrefix, nextCaseNumber } from './case-number.ts';

describe('casePrefix', () => {
  it("takes the initials of the service id's words", () => {
    expect(casePrefix('municipal-request')).toBe('MR');
    expect(casePrefix('pin-puk-recovery')).toBe('PPR');
    expect(casePrefix('diplomatic-id')).toBe('DI');
  });
});

describe.each(targets)('nextCaseNumber on $name', (target) => {
  let database: Database;
  beforeAll(async () => {
    database = await target.open();
    await seedDemo(database.db);
  });
  afterAll(() => database.close());

  const next = (tenantId: string, at: string) =>
    withTenant(database.db, tenantId, (tx) =>
      nextCaseNumber(tx, tenantId, 'municipal-request', new Date(at)),
    );

  it('counts per tenant and year, in Georgian time, without gaps or repeats', async () => {
    const numbers = await Promise.all(
      Array.from({ length: 5 }, () => next('tbilisi', '2026-11-27T08:00:00Z')),
    );
    expect(numbers.sort()).toEqual([1, 2, 3, 4, 5].map((n) => `MR-2026-00000${n}`));
    expect(await next('kutaisi', '2026-11-27T08:00:00Z')).toBe('MR-2026-000001');
    // 21:00 UTC on 31 December is already 1 January in Tbilisi.
    expect(await next('tbilisi', '2026-12-31T21:00:00Z')).toBe('MR-2027-000001');
  });
});
