import { getSession } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import { portalModulesFor } from "@/lib/portal/modules";
import { getConfirmationRecord } from "@/lib/confirmations/queries";
import { renderReceiptPdf } from "@/lib/confirmations/receipt-pdf";
import { receiptLabels } from "@/lib/confirmations/receipt-labels";
import { contentDisposition, fileNotFound, PDF_FILE_POLICY } from "@/lib/storage/responses";

// The receipt of one answer as a PDF: for the person who answered and for agents; anyone else,
// or a request not answered yet, gets the 404 of an unknown id.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getSession();
  if (!viewer) return fileNotFound();
  if (!isStaff(viewer) && !(await portalModulesFor(viewer.id)).confirmations) return fileNotFound();
  const record = await getConfirmationRecord(viewer, (await params).id);
  if (!record || !record.answered) return fileNotFound();
  const pdf = await renderReceiptPdf(record, await receiptLabels(record));
  return new Response(pdf as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.byteLength),
      "Content-Disposition": contentDisposition("attachment", `receipt-${record.id}.pdf`),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": PDF_FILE_POLICY,
      "Cache-Control": "private, no-store",
    },
  });
}
