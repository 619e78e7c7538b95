import "server-only";
import { getSession } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import { portalModulesFor } from "@/lib/portal/modules";
import { fileStorage } from "@/lib/storage";
import { contentDisposition, filePolicy, fileNotFound } from "@/lib/storage/responses";
import { isInlineType } from "@/lib/tickets/attachment-rules";
import { getDocumentFileForViewer, markDocumentOpened } from "./queries";

/**
 * A document file with the attachment download rules: name and type from the record, only PDFs
 * and images inline (unless ?download=1), nosniff, a sandbox. Unknown and forbidden: the same 404.
 * A person opening the current version loses its "new"/"updated" marker.
 */
export async function documentFileResponse(request: Request, input: { documentId?: string; versionId?: string }) {
  const viewer = await getSession();
  if (!viewer) return fileNotFound();
  let ways = { assignment: true, confirmation: true };
  if (!isStaff(viewer)) {
    const modules = await portalModulesFor(viewer.id);
    // Through an assignment while documents are on for the person; a version also through a
    // confirmation that asks them to accept it, while confirmations are on.
    ways = { assignment: modules.documents, confirmation: modules.confirmations };
    if (!ways.assignment && !(input.versionId && ways.confirmation)) return fileNotFound();
  }
  const file = await getDocumentFileForViewer(viewer, input, ways);
  if (!file) return fileNotFound();
  const bytes = await fileStorage().get(file.storageKey);
  if (!bytes) return fileNotFound();
  if (!isStaff(viewer) && file.assigned && file.isCurrent) await markDocumentOpened(viewer.id, file.documentId, file.number);
  const inline = isInlineType(file.contentType) && new URL(request.url).searchParams.get("download") !== "1";
  const contentType = inline ? file.contentType : "application/octet-stream";
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": filePolicy(contentType),
      "Cache-Control": "private, no-store",
    },
  });
}
