import { documentFileResponse } from "@/lib/documents/download";

// One version of a document (earlier versions, or the version a confirmation names).
export async function GET(request: Request, { params }: { params: Promise<{ versionId: string }> }) {
  return documentFileResponse(request, { versionId: (await params).versionId });
}
