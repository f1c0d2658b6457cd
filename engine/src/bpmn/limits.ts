// Caps that keep hostile or accidental input within bounded time and memory.
// They are reported in the README; raising one is a deliberate decision.
export const LIMITS = {
  /** Characters in process.bpmn. */
  bpmnChars: 2_000_000,
  /** Nesting depth of XML elements. */
  bpmnDepth: 64,
  /** XML elements in process.bpmn (flow elements, DI shapes, waypoints...). */
  bpmnElements: 50_000,
  /** Flow nodes and sequence flows in the process. */
  processElements: 2_000,
  /** Characters in any JSON file of a bundle. */
  jsonChars: 1_000_000,
  /** Files in a bundle. */
  files: 500,
  /** Longest timer duration accepted (ISO-8601). */
  maxDurationYears: 10,
} as const;
