// The runtime's 422 for a task or start form names fields inside the request body
// (`/data/<field>`, code `field.<keyword>`); the renderer names them inside
// the form's data. Issues of other paths stay with the page.
import type { Issue } from '@saqme/forms';

export function formIssues(issues: { code: string; path: string; message: string }[]): Issue[] {
  return issues
    .filter((i) => i.path.startsWith('/data/'))
    .map((i) => ({
      path: i.path.slice('/data'.length),
      code: i.code.replace(/^field\./, ''),
      message: i.message,
    }));
}
