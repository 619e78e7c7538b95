import { getSession } from "@/lib/auth/session";
import { requestCsv } from "@/lib/confirmations/queries";
import { contentDisposition, fileNotFound } from "@/lib/storage/responses";

// Who confirmed, declined or is pending for one request, as CSV: agents and admins only.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getSession();
  if (!viewer) return fileNotFound();
  const result = await requestCsv(viewer, (await params).id);
  if (!result) return fileNotFound();
  return new Response(`\uFEFF${result.csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition("attachment", `confirmation-${(await params).id}.csv`),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
