// Which roles may do what, in the session's current tenant. One place, so
// the routes of every resource agree.
import type { Role } from '../db/schema/index.ts';

/** Who may see cases and their documents. Analysts design services and see no cases. */
export const CASE_READERS: Role[] = ['clerk', 'supervisor', 'auditor', 'admin'];
/** Who may upload documents for a case's form fields. */
export const DOCUMENT_WRITERS: Role[] = ['clerk', 'supervisor', 'admin'];
/** Who may open cases and work on their tasks. */
export const CASE_WORKERS: Role[] = ['clerk', 'supervisor', 'admin'];
/** Who may reassign tasks to others and resolve incidents. */
export const CASE_SUPERVISORS: Role[] = ['supervisor', 'admin'];
