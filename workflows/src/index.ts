// Public API of @saqme/workflows; filled in by its issue.
export {};
