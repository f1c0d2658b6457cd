import { describe, expect, it } from 'vitest';
import {
  fromDisplayDate,
  normalizePhone,
  personalNumber,
  phone,
  postalCode,
  toDisplayDate,
} from './georgian.ts';

describe('Georgian formats', () => {
  it('accepts a personal number of exactly 11 digits, leading zeros included', () => {
    expect(personalNumber.test('01024056789')).toBe(true);
    expect(personalNumber.test('0102405678')).toBe(false);
    expect(personalNumber.test('010240567890')).toBe(false);
    expect(personalNumber.test('0102405678a')).toBe(false);
  });

  it('accepts +995 phone numbers with nine national digits', () => {
    expect(phone.test('+995555123456')).toBe(true);
    expect(phone.test('+995322123456')).toBe(true);
    expect(phone.test('+99555512345')).toBe(false);
    expect(phone.test('555123456')).toBe(false);
    expect(phone.test('+995155123456')).toBe(false);
  });

  it('normalises how people type phone numbers', () => {
    expect(normalizePhone('555 12 34 56')).toBe('+995555123456');
    expect(normalizePhone('+995 (555) 12-34-56')).toBe('+995555123456');
    expect(normalizePhone('00995555123456')).toBe('+995555123456');
    expect(normalizePhone('995555123456')).toBe('+995555123456');
  });

  it('accepts four-digit postal codes', () => {
    expect(postalCode.test('0108')).toBe(true);
    expect(postalCode.test('108')).toBe(false);
    expect(postalCode.test('01080')).toBe(false);
  });

  it('shows ISO dates as DD.MM.YYYY and reads them back', () => {
    expect(toDisplayDate('2026-03-08')).toBe('08.03.2026');
    expect(fromDisplayDate('08.03.2026')).toBe('2026-03-08');
    expect(fromDisplayDate('8.3.2026')).toBe('2026-03-08');
    expect(fromDisplayDate('2026-03-08')).toBe('2026-03-08');
    expect(fromDisplayDate('yesterday')).toBe('yesterday');
  });
});
