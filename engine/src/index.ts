// Public API of @saqme/engine; filled in by its issue.
export {};
