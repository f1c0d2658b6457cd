// Seal times are RFC 3339 instants in UTC that exist on the calendar:
// Date.parse alone would roll 30 February over into March.

const SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

export function isUtcInstant(text: string): boolean {
  if (!SHAPE.test(text)) return false;
  const time = Date.parse(text);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === text.slice(0, 19);
}
