// The start form's validator while the page renders on the server; the
// browser imports the standalone module instead (see +page.ts of the form).
export { formValidator as serverValidator } from '@saqme/forms';
