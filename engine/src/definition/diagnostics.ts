// Collects diagnostics while compiling, filling in severity and messages
// from the catalogue so that every finding is reported the same way.
import type { Diagnostic } from '../generated/diagnostic.ts';
import { catalog, type DiagnosticCode, messageFor } from './diagnostic-catalog.ts';

export class Diagnostics {
  readonly list: Diagnostic[] = [];

  add(
    code: DiagnosticCode,
    where: { path: string; element?: string },
    params: Record<string, string | number> = {},
  ): void {
    const d: Diagnostic = {
      code,
      severity: catalog[code].severity,
      path: where.path,
      message: messageFor(code, params),
    };
    if (where.element !== undefined) d.element = where.element;
    this.list.push(d);
  }

  get hasErrors(): boolean {
    return this.list.some((d) => d.severity === 'error');
  }
}
