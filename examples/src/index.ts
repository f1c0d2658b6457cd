// Public API of @saqme/examples; filled in by its issue.
export {};
