import { getSession } from "@/lib/auth/session";
import { getChatAttachmentForDownload } from "@/lib/chat/queries";
import { isInlineType } from "@/lib/tickets/attachment-rules";
import { fileStorage } from "@/lib/storage";
import { contentDisposition as disposition, filePolicy, fileNotFound as notFound } from "@/lib/storage/responses";

// Downloads of chat files, with the same answers as ticket attachments: name and type from the
// database record, only images and PDFs inline, the same 404 for unknown and not-yours.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getSession();
  if (!viewer) return notFound();
  const attachment = await getChatAttachmentForDownload(viewer, (await params).id);
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
      "Content-Security-Policy": filePolicy(contentType),
      "Cache-Control": "private, no-store",
    },
  });
}
