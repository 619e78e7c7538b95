import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePortalModule } from "@/lib/portal/require-module";
import { getConfirmationRecord } from "@/lib/confirmations/queries";
import { ReceiptView } from "@/components/confirmations/receipt-view";

export async function generateMetadata() {
  return { title: (await getTranslations("confirmations"))("receiptTitle") };
}

export default async function MyReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePortalModule("confirmations");
  const record = await getConfirmationRecord(viewer, (await params).id);
  if (!record || !record.answered) notFound();
  return <ReceiptView record={record} />;
}
