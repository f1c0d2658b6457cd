import { requireClerk } from '$lib/clerk/require-clerk.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => requireClerk(event);
