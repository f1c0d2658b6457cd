// Bulk data for the API benchmark: 21 tenants (the demo four and seventeen
// more municipalities, each with a clerk), and cases and tasks spread over
// them, written with set-based SQL as the owner.
import { sql } from 'drizzle-orm';
import { hashPassword } from '../auth/password.ts';
import type { Db } from '../db/client.ts';
import { DEMO_PASSWORD, DEMO_TENANTS, seedDemo } from '../seed/demo.ts';

export const EXTRA_TENANTS = Array.from(
  { length: 17 },
  (_, i) => `m${String(i + 1).padStart(2, '0')}`,
);
export const BENCH_TENANTS = [...DEMO_TENANTS.map((t) => t.id), ...EXTRA_TENANTS];
export const BENCH_SERVICES = ['municipal-request', 'pin-puk-recovery', 'diplomatic-id'];

export async function seedBench(
  db: Db,
  counts: { cases: number; tasks: number },
): Promise<string[]> {
  await seedDemo(db);
  const hash = await hashPassword(DEMO_PASSWORD);
  const tenantArray = sql.raw(`ARRAY[${BENCH_TENANTS.map((t) => `'${t}'`).join(',')}]`);
  const serviceArray = sql.raw(`ARRAY[${BENCH_SERVICES.map((s) => `'${s}'`).join(',')}]`);
  for (const id of EXTRA_TENANTS) {
    await db.execute(sql`
      INSERT INTO tenants (id, kind, name_ka, name_en)
      VALUES (${id}, 'municipality', ${`მუნიციპალიტეტი ${id}`}, ${`Municipality ${id}`})
      ON CONFLICT DO NOTHING`);
    await db.execute(sql`
      WITH u AS (
        INSERT INTO users (username, display_name, password_hash, home_tenant_id)
        VALUES (${`${id}.clerk`}, ${`ოპერატორი · ${id}`}, ${hash}, ${id})
        ON CONFLICT (username) DO NOTHING RETURNING id)
      INSERT INTO role_grants (user_id, tenant_id, role) SELECT id, ${id}, 'clerk' FROM u`);
  }
  await db.execute(sql`
    INSERT INTO cases (tenant_id, service_id, service_version, status, applicant_personal_number,
                       current_steps, data, opened_at, due_at)
    SELECT (${tenantArray})[1 + i % 21],
           (${serviceArray})[1 + (i / 21) % 3],
           1,
           (ARRAY['open','open','open','waiting','completed','cancelled'])[1 + i % 6],
           lpad(((i::bigint * 7919) % 100000000000)::text, 11, '0'),
           ARRAY['review'],
           jsonb_build_object('subject', 'bench ' || i),
           timestamptz '2026-01-01' + (i % 330) * interval '1 day' + (i % 997) * interval '1 minute',
           timestamptz '2026-02-01' + (i % 330) * interval '1 day'
    FROM generate_series(1, ${counts.cases}) AS i`);
  await db.execute(sql`
    INSERT INTO tasks (case_id, tenant_id, node_id, form_key, candidate_roles, status, due_at)
    SELECT c.id, c.tenant_id, 'review', 'review',
           CASE n % 3 WHEN 0 THEN ARRAY['clerk'] WHEN 1 THEN ARRAY['clerk', 'supervisor'] ELSE ARRAY['supervisor'] END,
           (ARRAY['open','open','open','claimed','completed'])[1 + n % 5],
           c.due_at
    FROM (SELECT id, tenant_id, due_at, row_number() OVER (ORDER BY id) AS n FROM cases) c
    WHERE c.n <= ${counts.tasks}`);
  await db.execute(sql`ANALYZE cases`);
  await db.execute(sql`ANALYZE tasks`);
  return BENCH_TENANTS.map((t) => `${t}.clerk`);
}
