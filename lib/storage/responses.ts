// HTTP answers for stored files, shared by the download routes.

/** RFC 6266 / 5987: an ASCII fallback and the exact UTF-8 name. */
export function contentDisposition(kind: "inline" | "attachment", fileName: string) {
  const ascii = fileName.replace(/[^\x20-\x7E]|["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The same answer for a file that does not exist and one the viewer may not see. */
export const fileNotFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

/** Even if a browser were to render a file as a page, it runs no scripts and reaches nothing of the site. */
export const FILE_SANDBOX = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";

/**
 * For PDFs: no scripts, nothing fetched, not framed by others; `object-src 'self'` is what lets
 * the browser's own viewer embed the file (Chromium shows a blank viewer under `default-src 'none'` alone).
 */
export const PDF_FILE_POLICY = "default-src 'none'; object-src 'self'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";

/** The Content-Security-Policy of a stored file's response, by the type it is served as. */
export function filePolicy(contentType: string) {
  return contentType === "application/pdf" ? PDF_FILE_POLICY : FILE_SANDBOX;
}
