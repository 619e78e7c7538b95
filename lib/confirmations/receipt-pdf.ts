import PDFDocument from "pdfkit";
import type { ConfirmationRecord } from "./queries";

// The receipt as a PDF (pdfkit, with the 14 standard PDF fonts, so no font file has to ship).
// Those fonts cover Western European text (WinAnsi); any other character is printed as "?" in the
// PDF, while the printable page and the hashes keep the exact text.

export type ReceiptLabels = Record<
  | "receiptTitle" | "person" | "request" | "kind" | "state" | "signature" | "signedAt" | "ip" | "userAgent" | "comment"
  | "snapshot" | "text" | "document" | "assets" | "assetTag" | "assetName" | "serial" | "fileName" | "versionNumber"
  | "snapshotHash" | "receiptHash" | "requestId" | "recipientId" | "intact" | "tampered" | "snapshotJson" | "sentOn",
  string
> & { kindName: string; stateName: string };

const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

export function pdfSafe(text: string): string {
  return [...text.normalize("NFC")].map((c) => (c === "\n" || (c >= " " && c <= "~") || (c >= "\u00a0" && c <= "\u00ff") || WIN_ANSI_EXTRA.includes(c) ? c : "?")).join("");
}

export async function renderReceiptPdf(record: ConfirmationRecord, labels: ReceiptLabels): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: pdfSafe(`${labels.receiptTitle}: ${record.request.title}`), Author: "Portico" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });
  const row = (label: string, value: string | null | undefined, mono = false) => {
    doc.font("Helvetica-Bold").fontSize(9).fillColor("#475569").text(pdfSafe(label));
    doc.font(mono ? "Courier" : "Helvetica").fontSize(mono ? 9 : 11).fillColor("#0f172a").text(pdfSafe(value || "—"));
    doc.moveDown(0.4);
  };
  const heading = (text: string) => {
    doc.moveDown(0.6).font("Helvetica-Bold").fontSize(13).fillColor("#0f172a").text(pdfSafe(text)).moveDown(0.3);
  };

  doc.font("Helvetica-Bold").fontSize(18).text(pdfSafe(labels.receiptTitle));
  doc.font("Helvetica").fontSize(12).text(pdfSafe(record.request.title)).moveDown(0.8);
  row(labels.person, `${record.user.name} <${record.user.email}>`);
  row(labels.kind, labels.kindName);
  row(labels.request, labels.sentOn);
  row(labels.state, labels.stateName);
  row(labels.signature, record.signatureName);
  row(labels.signedAt, record.respondedAt?.toISOString() ?? null);
  row(labels.ip, record.ip);
  row(labels.userAgent, record.userAgent);
  if (record.comment) row(labels.comment, record.comment);

  heading(labels.snapshot);
  const s = record.snapshotData;
  if (s.document) {
    row(labels.document, s.document.title);
    row(labels.versionNumber, String(s.document.versionNumber));
    row(labels.fileName, s.document.fileName);
    row("SHA-256", s.document.sha256, true);
  }
  if (s.assets) for (const a of s.assets) row(`${labels.assetTag} ${a.assetTag}`, `${a.name}${a.serialNumber ? ` · ${labels.serial}: ${a.serialNumber}` : ""}`);
  if (s.text) row(labels.text, s.text);

  heading(labels.snapshotHash);
  row(labels.snapshotHash, record.request.snapshotSha256, true);
  row(labels.receiptHash, record.receiptSha256, true);
  row(labels.requestId, record.request.id, true);
  row(labels.recipientId, record.id, true);
  doc.font("Helvetica-Bold").fontSize(10).fillColor(record.intact ? "#166534" : "#b91c1c").text(pdfSafe(record.intact ? labels.intact : labels.tampered));

  heading(labels.snapshotJson);
  doc.font("Courier").fontSize(8).fillColor("#0f172a").text(pdfSafe(record.request.snapshot));
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
