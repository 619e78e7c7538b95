import { Fragment, isValidElement, type ReactElement, type ReactNode } from "react";

// React elements to static HTML, synchronously, with the React build that is loaded. react-dom/server
// cannot do this here: it refuses to load under the "react-server" condition, which is what server
// actions, route handlers, the seed, the CLI and the browser tests' fixtures all run with, and every
// one of them sends email. The react-email components are plain function and forwardRef components
// (no hooks, no context), which is all this needs to handle.

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe to place in HTML content and in quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const ATTRIBUTE_NAMES: Record<string, string> = {
  className: "class",
  htmlFor: "for",
  httpEquiv: "http-equiv",
  cellPadding: "cellpadding",
  cellSpacing: "cellspacing",
  charSet: "charset",
};
// CSS properties whose numbers have no unit (React's list, the ones an email can use).
const UNITLESS = new Set(["lineHeight", "fontWeight", "opacity", "zIndex", "flex", "flexGrow", "flexShrink", "order", "zoom", "orphans", "widows"]);
const FORWARD_REF = Symbol.for("react.forward_ref");
const MEMO = Symbol.for("react.memo");

function cssText(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([, value]) => value !== null && value !== undefined && typeof value !== "boolean" && value !== "")
    .map(([name, value]) => {
      const property = name.startsWith("--") ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      const text = typeof value === "number" && value !== 0 && !UNITLESS.has(name) ? `${value}px` : String(value);
      return `${property}:${text}`;
    })
    .join(";");
}

function attributes(props: Record<string, unknown>): string {
  let out = "";
  for (const [name, value] of Object.entries(props)) {
    if (name === "children" || name === "dangerouslySetInnerHTML" || name === "key" || name === "ref") continue;
    if (value === null || value === undefined || typeof value === "function" || typeof value === "symbol") continue;
    const html = ATTRIBUTE_NAMES[name] ?? name;
    if (name === "style") {
      const css = cssText(value as Record<string, unknown>);
      if (css) out += ` style="${escapeHtml(css)}"`;
    } else if (typeof value === "boolean") {
      // data-* and aria-* keep "true"/"false" as text; other attributes are present or absent.
      if (/^(data|aria)-/.test(name)) out += ` ${html}="${value}"`;
      else if (value) out += ` ${html}=""`;
    } else {
      out += ` ${html}="${escapeHtml(String(value))}"`;
    }
  }
  return out;
}

function render(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string") return escapeHtml(node);
  if (typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map(render).join("");
  if (!isValidElement(node)) throw new Error("static markup: unsupported node");
  const { type, props } = node as ReactElement<Record<string, unknown>>;
  if (type === Fragment) return render(props.children as ReactNode);
  if (typeof type === "function") return render((type as (p: typeof props) => ReactNode)(props));
  if (typeof type === "object" && type !== null) {
    const wrapped = type as { $$typeof?: symbol; render?: (p: typeof props, ref: null) => ReactNode; type?: unknown };
    if (wrapped.$$typeof === FORWARD_REF && wrapped.render) return render(wrapped.render(props, null));
    if (wrapped.$$typeof === MEMO) return render({ ...node, type: wrapped.type } as ReactElement);
  }
  if (typeof type !== "string") throw new Error("static markup: unsupported element type");
  const open = `<${type}${attributes(props)}`;
  if (VOID_ELEMENTS.has(type)) return `${open}/>`;
  const inner = (props.dangerouslySetInnerHTML as { __html?: string } | undefined)?.__html ?? render(props.children as ReactNode);
  return `${open}>${inner}</${type}>`;
}

/** An email document: react-email's doctype, then the element tree as HTML. */
export function renderEmailDocument(element: ReactElement): string {
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">${render(element)}`;
}

export { render as renderStaticMarkup };
