import { getSession } from "@/lib/auth/session";
import { getKbImageForViewer } from "@/lib/kb/images";
import { fileStorage } from "@/lib/storage";
import { contentDisposition, FILE_SANDBOX, fileNotFound } from "@/lib/storage/responses";

// Images in knowledge-base articles. Who may load one is decided in lib/kb/images.ts; a refusal
// is the same 404 as an unknown id. Type and name come from the database, never the request.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getSession();
  const image = await getKbImageForViewer(viewer, (await params).id);
  if (!image) return fileNotFound();
  const bytes = await fileStorage().get(image.storageKey);
  if (!bytes) return fileNotFound();
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": image.contentType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition("inline", image.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": FILE_SANDBOX,
      // An image never changes under its id, but who may see it can (an article unpublished):
      // kept only in the reader's own browser, and only briefly.
      "Cache-Control": "private, max-age=300",
    },
  });
}
