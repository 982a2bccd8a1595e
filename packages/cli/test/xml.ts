/** An XML element as the tiny parser below reads it. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  return raw.replace(/&([^;\s]*);?/g, (match, name: string) => {
    if (!match.endsWith(';')) throw new Error(`Bare “&” in ${where}`);
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    const value = ENTITIES[name];
    if (value === undefined) throw new Error(`Unknown entity “&${name};” in ${where}`);
    return value;
  });
}

const TAG = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*"[^"<]*")*)\s*(\/?)>/y;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*"([^"<]*)"/g;

/**
 * Parse a small well-formed XML document (prolog, elements, double-quoted attributes, text and
 * the predefined entities) and throw on anything malformed: unbalanced or crossed tags, a bare
 * `&` or `<`, unquoted attributes, a second root or trailing text. Enough to prove a report is
 * well-formed without an XML dependency.
 */
export function parseXml(source: string): XmlElement {
  let at = 0;
  const prolog = /^<\?xml[^?]*\?>\s*/.exec(source);
  if (prolog) at = prolog[0].length;
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  while (at < source.length) {
    const lt = source.indexOf('<', at);
    const text = source.slice(at, lt < 0 ? source.length : lt);
    const top = stack[stack.length - 1] as XmlElement;
    if (text.includes('>')) throw new Error(`Stray “>” in text at offset ${at}`);
    if (stack.length === 1 && text.trim() !== '')
      throw new Error(`Text outside the root element at offset ${at}`);
    top.text += decode(text, `text at offset ${at}`);
    if (lt < 0) break;
    TAG.lastIndex = lt;
    const tag = TAG.exec(source);
    if (!tag) throw new Error(`Malformed tag at offset ${lt}: ${source.slice(lt, lt + 40)}`);
    const [whole, closing, name = '', rawAttributes = '', selfClosing] = tag;
    at = lt + whole.length;
    if (closing) {
      if (top.name !== name)
        throw new Error(`Closing </${name}> does not match <${top.name}> at offset ${lt}`);
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key = '', value = ''] of rawAttributes.matchAll(ATTRIBUTE)) {
      if (key in attributes) throw new Error(`Duplicate attribute ${key} on <${name}>`);
      attributes[key] = decode(value, `attribute ${key} of <${name}>`);
    }
    const element: XmlElement = { name, attributes, children: [], text: '' };
    if (stack.length === 1 && root.children.length > 0)
      throw new Error('More than one root element');
    top.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length > 1)
    throw new Error(`Unclosed <${(stack[stack.length - 1] as XmlElement).name}>`);
  const [document] = root.children;
  if (!document) throw new Error('No root element');
  return document;
}
