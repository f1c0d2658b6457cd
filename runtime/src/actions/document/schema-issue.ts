// Turns the first ajv error into a JSON pointer and a ka/en reason, so schema
// violations read like every other failure of the document action.
import type { ErrorObject } from 'ajv';
import type { LocalizedMessage } from './failures.ts';

const REASONS: Record<string, LocalizedMessage> = {
  required: { ka: 'სავალდებულო ველი აკლია', en: 'a required field is missing' },
  additionalProperties: { ka: 'უცნობი ველი', en: 'unknown field' },
  type: { ka: 'მნიშვნელობის ტიპი არასწორია', en: 'the value has the wrong type' },
  pattern: { ka: 'მნიშვნელობის ფორმატი არასწორია', en: 'the value has the wrong format' },
  enum: { ka: 'მნიშვნელობა დაუშვებელია', en: 'the value is not allowed' },
  const: { ka: 'მნიშვნელობა დაუშვებელია', en: 'the value is not allowed' },
  maxLength: { ka: 'ტექსტი ზედმეტად გრძელია', en: 'the text is too long' },
  minLength: { ka: 'ტექსტი ცარიელია', en: 'the text is empty' },
  maxItems: { ka: 'ზედმეტად ბევრი ელემენტია', en: 'too many items' },
  minItems: { ka: 'სია ცარიელია', en: 'the list is empty' },
  uniqueItems: { ka: 'სიაში მნიშვნელობა მეორდება', en: 'the list repeats a value' },
  minProperties: { ka: 'ობიექტი ცარიელია', en: 'the object is empty' },
  maxProperties: { ka: 'ზედმეტად ბევრი ველია', en: 'too many fields' },
  propertyNames: { ka: 'ველის სახელი დაუშვებელია', en: 'the field name is not allowed' },
};

const OTHER: LocalizedMessage = { ka: 'მნიშვნელობა არასწორია', en: 'the value is invalid' };

export interface SchemaIssue {
  path: string;
  reason: LocalizedMessage;
}

export function schemaIssue(error: ErrorObject): SchemaIssue {
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  const child = params.missingProperty ?? params.additionalProperty;
  const path =
    child === undefined ? error.instancePath : `${error.instancePath}/${escapePointer(child)}`;
  return { path, reason: REASONS[error.keyword] ?? OTHER };
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
