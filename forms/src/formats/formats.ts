// Every `format` a form schema may use. The server adds these to ajv; the
// standalone validators import this module instead of compiling anything.
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { personalNumber, phone, postalCode } from './georgian.ts';

export const formats = {
  date: fullFormats.date,
  time: fullFormats.time,
  'date-time': fullFormats['date-time'],
  email: fullFormats.email,
  uri: fullFormats.uri,
  uuid: fullFormats.uuid,
  'ge-personal-number': personalNumber,
  'ge-phone': phone,
  'ge-postal-code': postalCode,
};

export type FormatName = keyof typeof formats;
export const formatNames = Object.keys(formats) as FormatName[];
