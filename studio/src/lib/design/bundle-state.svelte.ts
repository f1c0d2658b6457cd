// The bundle being edited, held in the browser (and in localStorage, so a
// reload keeps the work) until the catalog can store drafts on the server.
import type { Bundle, ServiceFile } from '@saqme/engine';
import { starterBundle } from './starter.ts';

const STORAGE_KEY = 'saqme.designer.bundle';

export class BundleState {
  files = $state<Record<string, string>>({});

  constructor(initial: Bundle) {
    this.files = { ...initial.files };
  }

  static restore(): BundleState {
    const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
    if (saved) {
      try {
        const parsed = JSON.parse(saved) as Bundle;
        if (parsed && typeof parsed.files === 'object') return new BundleState(parsed);
      } catch {
        localStorage.removeItem(STORAGE_KEY);
      }
    }
    return new BundleState(starterBundle());
  }

  persist(): void {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(this.snapshot()));
  }

  snapshot(): Bundle {
    return { files: $state.snapshot(this.files) };
  }

  replace(bundle: Bundle): void {
    this.files = { ...bundle.files };
  }

  set(path: string, text: string): void {
    if (this.files[path] !== text) this.files[path] = text;
  }

  remove(path: string): void {
    delete this.files[path];
  }

  /** service.json parsed, or undefined while it does not parse. */
  service(): ServiceFile | undefined {
    try {
      return JSON.parse(this.files['service.json'] ?? '') as ServiceFile;
    } catch {
      return undefined;
    }
  }

  formKeys(): string[] {
    return Object.keys(this.files)
      .filter((p) => p.startsWith('forms/') && p.endsWith('.form.json'))
      .map((p) => p.slice('forms/'.length, -'.form.json'.length))
      .sort();
  }
}
