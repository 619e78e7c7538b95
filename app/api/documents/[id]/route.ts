import { documentFileResponse } from "@/lib/documents/download";

// The current version of a document.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return documentFileResponse(request, { documentId: (await params).id });
}
