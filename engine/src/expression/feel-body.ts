// The FEEL text of an attribute value.

/** Strips the Camunda `=` prefix, which marks an attribute value as FEEL. */
export function feelBody(source: string): string {
  const trimmed = source.trim();
  return trimmed.startsWith('=') ? trimmed.slice(1).trim() : trimmed;
}
