import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ConfirmationRecord } from "./queries";
import type { ReceiptLabels } from "./receipt-pdf";

/** The receipt's words in the viewer's language. */
export async function receiptLabels(record: ConfirmationRecord): Promise<ReceiptLabels> {
  const [t, format] = await Promise.all([getTranslations("confirmations"), getFormatter()]);
  const keys = ["receiptTitle", "person", "request", "kind", "state", "signature", "signedAt", "ip", "userAgent", "comment", "snapshot", "text", "document", "assets", "assetTag", "assetName", "serial", "fileName", "versionNumber", "snapshotHash", "receiptHash", "requestId", "recipientId", "intact", "tampered", "snapshotJson"] as const;
  const labels = Object.fromEntries(keys.map((k) => [k, t(k)])) as Omit<ReceiptLabels, "kindName" | "stateName" | "sentOn">;
  return {
    ...labels,
    kindName: t(`kinds.${record.request.kind}`),
    stateName: t(`states.${record.state}`),
    sentOn: t("sentOn", { date: format.dateTime(record.request.createdAt, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }) + " UTC", name: record.request.createdBy.name }),
  };
}
