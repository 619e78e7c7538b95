import { getSession } from "@/lib/auth/session";
import { getAttachmentForDownload } from "@/lib/tickets/queries";
import { isInlineType } from "@/lib/tickets/attachment-rules";
import { fileStorage } from "@/lib/storage";
import { contentDisposition as disposition, filePolicy, fileNotFound as notFound } from "@/lib/storage/responses";

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
  const contentType = inline ? attachment.contentType : "application/octet-stream";
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": disposition(inline ? "inline" : "attachment", attachment.fileName),
      "X-Content-Type-Options": "nosniff",
      // Even if a browser were to render it, the file runs no scripts and reaches nothing of the site.
      "Content-Security-Policy": filePolicy(contentType),
      "Cache-Control": "private, no-store",
    },
  });
}
