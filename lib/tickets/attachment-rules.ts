import { fileTypeFromBuffer } from "file-type";
import { looksLikeText } from "@/lib/storage/text";

// What Portico accepts as a ticket attachment, decided from the bytes, not from the name the
// browser sent. The name only has to agree with what the content turned out to be.

/** Types recognised from their content (magic bytes): detected extension → accepted name endings. */
const DETECTED: Record<string, { mime: string; names: string[] }> = {
  png: { mime: "image/png", names: ["png"] },
  jpg: { mime: "image/jpeg", names: ["jpg", "jpeg", "jfif"] },
  gif: { mime: "image/gif", names: ["gif"] },
  webp: { mime: "image/webp", names: ["webp"] },
  bmp: { mime: "image/bmp", names: ["bmp"] },
  tif: { mime: "image/tiff", names: ["tif", "tiff"] },
  heic: { mime: "image/heic", names: ["heic"] },
  pdf: { mime: "application/pdf", names: ["pdf"] },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", names: ["docx"] },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", names: ["xlsx"] },
  pptx: { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", names: ["pptx"] },
  odt: { mime: "application/vnd.oasis.opendocument.text", names: ["odt"] },
  ods: { mime: "application/vnd.oasis.opendocument.spreadsheet", names: ["ods"] },
  odp: { mime: "application/vnd.oasis.opendocument.presentation", names: ["odp"] },
  cfb: { mime: "application/x-cfb", names: ["doc", "xls", "ppt", "msg"] },
  zip: { mime: "application/zip", names: ["zip"] },
  "7z": { mime: "application/x-7z-compressed", names: ["7z"] },
  gz: { mime: "application/gzip", names: ["gz", "tgz"] },
  mp4: { mime: "video/mp4", names: ["mp4", "m4v"] },
  mov: { mime: "video/quicktime", names: ["mov"] },
  webm: { mime: "video/webm", names: ["webm"] },
  eml: { mime: "message/rfc822", names: ["eml"] },
};

/** Text has no magic bytes: accepted when it is valid UTF-8 without control bytes, by name ending. */
const TEXT: Record<string, string> = {
  txt: "text/plain",
  log: "text/plain",
  csv: "text/csv",
  json: "application/json",
  xml: "application/xml",
  md: "text/markdown",
  eml: "message/rfc822",
  svg: "image/svg+xml",
  html: "text/html",
  htm: "text/html",
};

/** Only these are shown in the browser; everything else (SVG and HTML above all) is downloaded. */
const INLINE = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf"]);

export function isInlineType(contentType: string): boolean {
  return INLINE.has(contentType);
}

export type UploadCheck = { ok: true; contentType: string } | { ok: false; error: "typeNotAllowed" | "typeMismatch" };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/**
 * The content type of an upload, judged by its bytes; refused when unknown or when the name lies.
 * `head` is the file or its first bytes (lib/storage/incoming.ts HEAD_BYTES); `text` whether the whole
 * file is text, measured as it streamed.
 */
export async function checkUploadContent(fileName: string, head: Uint8Array, text = looksLikeText(head)): Promise<UploadCheck> {
  const ext = extensionOf(fileName);
  const detected = await fileTypeFromBuffer(head);
  if (detected) {
    const known = DETECTED[detected.ext];
    if (!known) return { ok: false, error: "typeNotAllowed" };
    if (!known.names.includes(ext)) return { ok: false, error: "typeMismatch" };
    return { ok: true, contentType: known.mime };
  }
  const textType = TEXT[ext];
  if (textType && text) return { ok: true, contentType: textType };
  return { ok: false, error: TEXT[ext] || Object.values(DETECTED).some((d) => d.names.includes(ext)) ? "typeMismatch" : "typeNotAllowed" };
}

/** A file name fit to keep and to send back in a header: no path, no control characters, bounded. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base.normalize("NFC").replace(/[\u0000-\u001F\u007F"]/g, "").trim().slice(-200);
  return cleaned === "" || cleaned === "." || cleaned === ".." ? "file" : cleaned;
}
