import { checkUploadContent, cleanFileName } from "@/lib/tickets/attachment-rules";
import { DOCUMENT_TYPES } from "./schema";

// A document's type comes from its bytes (lib/tickets/attachment-rules.ts); on top of that, text
// that is really markup (a page or an SVG named .txt) is refused: documents are shown to people.

const MARKUP = /<\s*(!doctype\s+html|html|svg|script|body|head|iframe|object|embed)\b|<\?xml/i;

function looksLikeMarkup(bytes: Uint8Array): boolean {
  const start = new TextDecoder("utf-8").decode(bytes.subarray(0, 8192));
  return MARKUP.test(start);
}

export type DocumentCheck = { ok: true; contentType: string; fileName: string } | { ok: false; error: "errors.typeNotAllowed" | "errors.typeMismatch" | "errors.markupRefused" };

/** `head` is the file or its first bytes (at least 8 KB of a larger one), `text` whether the whole file is text. */
export async function checkDocumentContent(rawName: string, head: Uint8Array, text?: boolean): Promise<DocumentCheck> {
  const fileName = cleanFileName(rawName);
  const check = await checkUploadContent(fileName, head, text);
  if (!check.ok) return { ok: false, error: check.error === "typeMismatch" ? "errors.typeMismatch" : "errors.typeNotAllowed" };
  if (check.contentType === "text/html" || check.contentType === "image/svg+xml") return { ok: false, error: "errors.markupRefused" };
  if (!DOCUMENT_TYPES.has(check.contentType)) return { ok: false, error: "errors.typeNotAllowed" };
  if (check.contentType.startsWith("text/") && looksLikeMarkup(head)) return { ok: false, error: "errors.markupRefused" };
  return { ok: true, contentType: check.contentType, fileName };
}
