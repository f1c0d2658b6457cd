// Public API of @saqme/forms; filled in by its issue.
export {};
