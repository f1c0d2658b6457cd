// Every table, for drizzle-kit and for queries.
export * from './audit-events.ts';
export * from './cases.ts';
export * from './documents.ts';
export * from './services.ts';
export * from './sessions.ts';
export * from './tasks.ts';
export * from './tenants.ts';
export * from './users.ts';
