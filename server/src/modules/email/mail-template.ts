/**
 * A tiny logic-less template language (a subset of Mustache) for filling compiled e-mail HTML and
 * plain text. MJML is compiled once into HTML that still holds these tags; each message then only
 * fills them in, which is fast and keeps every value escaped.
 *
 *   {{name}}  {{event.title}}  {{.}}     a value; HTML-escaped in HTML templates
 *   {{#list}}...{{/list}}                once per item of an array, or once if the value is truthy
 *   {{^list}}...{{/list}}                once if the value is falsy or an empty array
 *
 * There is deliberately no unescaped form: HTML comes from the template itself, or from a TrustedHtml
 * value that our own code made (Markdown rendered with its raw HTML escaped, messages/message-markdown.ts).
 */

type Node =
  | { type: 'text'; text: string }
  | { type: 'value'; path: string }
  | { type: 'section'; path: string; inverted: boolean; children: Node[] };

/** HTML our own code built with every outside text escaped: printed as it is by HTML templates only. */
export class TrustedHtml {
  constructor(readonly html: string) {}
}
export type TemplateValue =
  string | number | boolean | null | undefined | TrustedHtml | TemplateModel | TemplateValue[];
export interface TemplateModel {
  [key: string]: TemplateValue;
}

export type TemplateMode = 'html' | 'text';
export type CompiledTemplate = (model: TemplateModel) => string;

const TAG = /\{\{\s*([#^/]?)\s*([\w.]+)\s*\}\}/g;

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

function parse(source: string, templateName: string): Node[] {
  const root: Node[] = [];
  const stack: { path: string; children: Node[] }[] = [{ path: '', children: root }];
  let position = 0;
  for (const match of source.matchAll(TAG)) {
    const [tag, sigil, path] = match;
    const current = stack[stack.length - 1];
    if (match.index > position)
      current.children.push({ type: 'text', text: source.slice(position, match.index) });
    position = match.index + tag.length;
    if (sigil === '#' || sigil === '^') {
      const section: Node = { type: 'section', path, inverted: sigil === '^', children: [] };
      current.children.push(section);
      stack.push({ path, children: section.children });
    } else if (sigil === '/') {
      if (stack.length === 1 || current.path !== path) {
        throw new Error(`${templateName}: {{/${path}}} closes no open {{#${path}}}`);
      }
      stack.pop();
    } else {
      current.children.push({ type: 'value', path });
    }
  }
  if (stack.length > 1)
    throw new Error(`${templateName}: {{#${stack[stack.length - 1].path}}} is never closed`);
  if (position < source.length) root.push({ type: 'text', text: source.slice(position) });
  return root;
}

/** A context whose keys can be looked up: a model (not a list, not a TrustedHtml value). */
function isModel(value: TemplateValue): value is TemplateModel {
  return (
    Boolean(value) && typeof value === 'object' && !Array.isArray(value) && !(value instanceof TrustedHtml)
  );
}

/** Looks a dotted path up from the innermost context outwards; `.` is the innermost context itself. */
function lookup(contexts: TemplateValue[], path: string): TemplateValue {
  if (path === '.') return contexts[contexts.length - 1];
  const [head, ...rest] = path.split('.');
  for (let index = contexts.length - 1; index >= 0; index--) {
    const context = contexts[index];
    if (isModel(context) && head in context) {
      let value: TemplateValue = context[head];
      for (const key of rest) {
        value = isModel(value) ? value[key] : undefined;
      }
      return value;
    }
  }
  return undefined;
}

/** Parses a template once; the returned function fills it in. A missing value is a bug: it throws. */
export function compileTemplate(source: string, mode: TemplateMode, templateName: string): CompiledTemplate {
  const nodes = parse(source, templateName);
  const escape = mode === 'html' ? escapeHtml : (value: string) => value;

  function render(list: Node[], contexts: TemplateValue[], out: string[]): void {
    for (const node of list) {
      if (node.type === 'text') {
        out.push(node.text);
      } else if (node.type === 'value') {
        const value = lookup(contexts, node.path);
        if (value instanceof TrustedHtml && mode === 'html') {
          out.push(value.html);
          continue;
        }
        if (value === undefined || value === null || typeof value === 'object') {
          throw new Error(`${templateName}: {{${node.path}}} has no printable value`);
        }
        out.push(escape(String(value)));
      } else {
        const value = lookup(contexts, node.path);
        const empty = !value || (Array.isArray(value) && value.length === 0);
        if (node.inverted) {
          if (empty) render(node.children, contexts, out);
        } else if (Array.isArray(value)) {
          for (const item of value) render(node.children, [...contexts, item], out);
        } else if (!empty) {
          render(node.children, typeof value === 'object' ? [...contexts, value] : contexts, out);
        }
      }
    }
  }

  return (model) => {
    const out: string[] = [];
    render(nodes, [model], out);
    return out.join('');
  };
}
