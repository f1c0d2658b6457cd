// A service bundle in memory: file paths relative to the bundle root mapped to
// their text, exactly as they sit in git (service.json, process.bpmn,
// forms/<key>.form.json, scenarios/<name>.json, guide/<element>.<ka|en>.md).
export interface Bundle {
  files: Record<string, string>;
}
