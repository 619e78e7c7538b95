import { getSession } from "@/lib/auth/session";
import { getAttachmentForDownload } from "@/lib/tickets/queries";
import { isInlineType } from "@/lib/tickets/attachment-rules";
import { fileStorage } from "@/lib/storage";

/** RFC 6266 / 5987: an ASCII fallback and the exact UTF-8 name. */
function disposition(kind: "inline" | "attachment", fileName: string) {
  const ascii = fileName.replace(/[^\x20-\x7E]|["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

// Downloads of ticket attachments. The name and type come from the database record, never from
// the request; only images and PDFs are shown in the browser, everything else is downloaded.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getSession();
  if (!viewer) return notFound();
  const attachment = await getAttachmentForDownload(viewer, (await params).id);
  if (!attachment) return notFound();
  const bytes = await fileStorage().get(attachment.storageKey);
  if (!bytes) return notFound();
  const inline = isInlineType(attachment.contentType);
  const pdf = attachment.contentType === "application/pdf";
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": inline ? attachment.contentType : "application/octet-stream",
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": disposition(inline ? "inline" : "attachment", attachment.fileName),
      "X-Content-Type-Options": "nosniff",
      // Even if a browser were to render it, the file runs no scripts and reaches nothing of the
      // site (PDFs excepted: Chromium's viewer refuses to open in a sandbox).
      ...(pdf ? {} : { "Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'" }),
      "Cache-Control": "private, no-store",
    },
  });
}
