// How fields are named in HTML: dotted paths (`minors.0.fullName`), turned
// into JSON pointers (`/minors/0/fullName`) for issues, and into element ids.
import { escapePointer } from '../pointer.ts';

export const fieldName = (parent: string, key: string | number): string =>
  parent ? `${parent}.${key}` : String(key);

export const pointerOf = (name: string): string =>
  `/${name.split('.').map(escapePointer).join('/')}`;

export const nameOf = (pointer: string): string =>
  pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');

/** The id of the element a field's label, help, error and summary link point at. */
export const fieldId = (name: string): string => `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** Submit buttons carry what they ask for without JavaScript: add or remove a group item. */
export const INTENT = '__intent';
