import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type DatabaseTarget, openDatabase } from './client.ts';

const probe = pgTable('smoke_probe', { id: integer().primaryKey(), note: text().notNull() });

async function roundTrip(target: DatabaseTarget, id: number) {
  const { db, close } = await openDatabase(target);
  try {
    await db.execute(
      sql`CREATE TABLE IF NOT EXISTS smoke_probe (id integer PRIMARY KEY, note text NOT NULL)`,
    );
    await db.delete(probe).where(eq(probe.id, id));
    await db.insert(probe).values({ id, note: 'გამარჯობა' });
    return await db.select().from(probe).where(eq(probe.id, id));
  } finally {
    await close();
  }
}

function requiredDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: start PostgreSQL with scripts/postgres.sh');
  return url;
}

describe('the database client on PostgreSQL 15 (postgres-js)', () => {
  it('round-trips a row through drizzle on the real server named by DATABASE_URL', async () => {
    const url = requiredDatabaseUrl();
    expect(await roundTrip({ url }, 1)).toEqual([{ id: 1, note: 'გამარჯობა' }]);
  });

  it('is a real PostgreSQL server of version 15 or later, listening on the URL port', async () => {
    const url = requiredDatabaseUrl();
    const { rows, kind, close } = await openDatabase({ url });
    try {
      const [row] = await rows<{ v: string; port: number }>(
        sql`SELECT current_setting('server_version_num') AS v, inet_server_port() AS port`,
      );
      expect(kind).toBe('postgres');
      expect(Number(row?.v)).toBeGreaterThanOrEqual(150000);
      expect(Number(row?.port)).toBe(Number(new URL(url).port || 5432));
    } finally {
      await close();
    }
  });
});

describe('the database client on PGlite (the embedded default)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saqme-pglite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips a row through drizzle and keeps it on disk across reopening', async () => {
    expect(await roundTrip({ pgliteDir: dir }, 7)).toEqual([{ id: 7, note: 'გამარჯობა' }]);
    const { db, rows, kind, close } = await openDatabase({ pgliteDir: dir });
    try {
      expect(kind).toBe('pglite');
      expect(await db.select().from(probe)).toEqual([{ id: 7, note: 'გამარჯობა' }]);
      const [row] = await rows<{ version: string }>(sql`SELECT version()`);
      expect(row?.version).toMatch(/PostgreSQL .*(emscripten|wasm)/i);
    } finally {
      await close();
    }
  });
});
