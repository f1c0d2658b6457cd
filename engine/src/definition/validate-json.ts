// A small JSON Schema checker for the engine's own file schemas. The engine
// cannot compile schemas with code generation (browser CSP, workflow sandbox),
// and its schemas use only the keywords handled here.
type Schema = Record<string, unknown>;

export interface SchemaIssue {
  pointer: string;
  keyword: string;
  detail: string;
}

const MAX_ISSUES = 50;

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeMatches(expected: unknown, actual: string): boolean {
  const list = Array.isArray(expected) ? expected : [expected];
  return list.some((t) => t === actual || (t === 'number' && actual === 'integer'));
}

function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

class Checker {
  readonly issues: SchemaIssue[] = [];
  private readonly root: Schema;
  constructor(root: Schema) {
    this.root = root;
  }

  private resolve(ref: string): Schema {
    const parts = ref.replace(/^#\//, '').split('/');
    let node: unknown = this.root;
    for (const p of parts) node = (node as Schema)[p];
    return node as Schema;
  }

  private add(pointer: string, keyword: string, detail: string) {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ pointer, keyword, detail });
  }

  valid(schema: Schema, value: unknown): boolean {
    const probe = new Checker(this.root);
    probe.check(schema, value, '');
    return probe.issues.length === 0;
  }

  check(schema: Schema, value: unknown, pointer: string): void {
    if (this.issues.length >= MAX_ISSUES) return;
    if (typeof schema.$ref === 'string') {
      this.check(this.resolve(schema.$ref), value, pointer);
      return;
    }
    if (Array.isArray(schema.oneOf)) {
      const matches = (schema.oneOf as Schema[]).filter((s) => this.valid(s, value)).length;
      if (matches !== 1) this.add(pointer, 'oneOf', `matches ${matches} alternatives, not one`);
      return;
    }
    const actual = jsonType(value);
    if ('const' in schema && value !== schema.const) {
      this.add(pointer, 'const', `must be ${JSON.stringify(schema.const)}`);
      return;
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
      this.add(pointer, 'enum', `must be one of ${schema.enum.join(', ')}`);
      return;
    }
    if (schema.type !== undefined && !typeMatches(schema.type, actual)) {
      this.add(pointer, 'type', `must be ${String(schema.type)}, is ${actual}`);
      return;
    }
    if (actual === 'string') this.checkString(schema, value as string, pointer);
    if (actual === 'number' || actual === 'integer')
      this.checkNumber(schema, value as number, pointer);
    if (actual === 'array') this.checkArray(schema, value as unknown[], pointer);
    if (actual === 'object') this.checkObject(schema, value as Record<string, unknown>, pointer);
  }

  private checkString(schema: Schema, value: string, pointer: string) {
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) {
      this.add(pointer, 'maxLength', `longer than ${schema.maxLength}`);
    }
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) {
      this.add(pointer, 'minLength', `shorter than ${schema.minLength}`);
    }
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      this.add(pointer, 'pattern', `does not match ${schema.pattern}`);
    }
  }

  private checkNumber(schema: Schema, value: number, pointer: string) {
    if (typeof schema.minimum === 'number' && value < schema.minimum) {
      this.add(pointer, 'minimum', `less than ${schema.minimum}`);
    }
    if (typeof schema.maximum === 'number' && value > schema.maximum) {
      this.add(pointer, 'maximum', `more than ${schema.maximum}`);
    }
  }

  private checkArray(schema: Schema, value: unknown[], pointer: string) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
      this.add(pointer, 'maxItems', `more than ${schema.maxItems} items`);
      return;
    }
    if (schema.items && typeof schema.items === 'object') {
      value.forEach((item, i) => {
        this.check(schema.items as Schema, item, `${pointer}/${i}`);
      });
    }
  }

  private checkObject(schema: Schema, value: Record<string, unknown>, pointer: string) {
    const keys = Object.keys(value);
    if (typeof schema.maxProperties === 'number' && keys.length > schema.maxProperties) {
      this.add(pointer, 'maxProperties', `more than ${schema.maxProperties} properties`);
      return;
    }
    for (const req of (schema.required as string[] | undefined) ?? []) {
      if (!(req in value)) this.add(pointer, 'required', `missing property "${req}"`);
    }
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of keys) {
      const at = `${pointer}/${pointerToken(key)}`;
      const names = schema.propertyNames as Schema | undefined;
      if (names) this.check(names, key, at);
      const sub = props[key];
      if (sub) this.check(sub, value[key], at);
      else if (schema.additionalProperties === false) {
        this.add(at, 'additionalProperties', `unknown property "${key}"`);
      } else if (typeof schema.additionalProperties === 'object') {
        this.check(schema.additionalProperties as Schema, value[key], at);
      }
    }
  }
}

/** Checks a value against one of the engine's schemas; returns at most 50 issues. */
export function validateJson(schema: object, value: unknown): SchemaIssue[] {
  const checker = new Checker(schema as Schema);
  checker.check(schema as Schema, value, '');
  return checker.issues;
}
