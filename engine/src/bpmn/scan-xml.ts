// A linear pre-scan of XML text, run before the parser so that huge or deeply
// nested documents are rejected without building them in memory.
export interface XmlShape {
  elements: number;
  depth: number;
}

/** Counts elements and the deepest nesting, stopping early past the caps. */
export function scanXml(xml: string, maxDepth: number, maxElements: number): XmlShape {
  let depth = 0;
  let maxSeen = 0;
  let elements = 0;
  let i = xml.indexOf('<');
  while (i !== -1 && i < xml.length) {
    const next = xml.charCodeAt(i + 1);
    const close = xml.indexOf('>', i);
    if (close === -1) break;
    if (next === 47 /* / */) depth--;
    else if (next !== 63 /* ? */ && next !== 33 /* ! */) {
      elements++;
      if (xml.charCodeAt(close - 1) !== 47) {
        depth++;
        if (depth > maxSeen) maxSeen = depth;
      }
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      i = end === -1 ? -1 : xml.indexOf('<', end);
      continue;
    }
    if (maxSeen > maxDepth || elements > maxElements) break;
    i = xml.indexOf('<', close);
  }
  return { elements, depth: maxSeen };
}
