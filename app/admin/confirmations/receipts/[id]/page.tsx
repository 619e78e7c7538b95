import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { getConfirmationRecord } from "@/lib/confirmations/queries";
import { ReceiptView } from "@/components/confirmations/receipt-view";

export async function generateMetadata() {
  return { title: (await getTranslations("confirmations"))("receiptTitle") };
}

export default async function AdminReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaffPage();
  const record = await getConfirmationRecord(viewer, (await params).id);
  if (!record || !record.answered) notFound();
  return <ReceiptView record={record} />;
}
