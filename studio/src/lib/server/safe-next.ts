// Where to go after a redirect-worthy action: only a path on this site, so a
// crafted ?next= cannot send a user elsewhere.
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
