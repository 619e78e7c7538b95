// Finding the web and mail links in plain text. Only http(s) and mailto addresses count; the rest
// of the text stays text.
const LINK = /\b(?:https?:\/\/|mailto:)[^\s<>"'`]+/gi;
const TRAILING = /[.,;:!?)\]}'"»]+$/;

export type TextPart = { text: string } | { href: string; text: string };

export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    // Punctuation that ends a sentence is not part of the link.
    const candidate = match[0].replace(TRAILING, "");
    let href: string | null = null;
    try {
      const url = new URL(candidate);
      if (url.protocol === "mailto:" ? url.pathname.includes("@") : (url.protocol === "http:" || url.protocol === "https:") && url.hostname) href = url.href;
    } catch {
      href = null;
    }
    if (!href) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ href, text: candidate });
    last = match.index + candidate.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
