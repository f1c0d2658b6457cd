// Every table, for drizzle-kit and for queries.

export * from './actions.ts';
export * from './audit-events.ts';
export * from './case-records.ts';
export * from './cases.ts';
export * from './documents.ts';
export * from './registry.ts';
export * from './services.ts';
export * from './sessions.ts';
export * from './tasks.ts';
export * from './tenants.ts';
export * from './users.ts';
