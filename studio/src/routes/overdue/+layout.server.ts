import { requireSection } from '$lib/server/require-section.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => requireSection(event);
