import { createRequire } from "node:module";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { ConfirmationRecord } from "./queries";

// The receipt as a PDF (pdfkit). It embeds DejaVu Sans (npm "dejavu-fonts-ttf", Bitstream Vera
// licence), subset to the characters used, so names and texts in Spanish, Polish, Greek, Cyrillic
// and the like print as written; pdfkit's standard fonts would print them as "?".

export type ReceiptLabels = Record<
  | "receiptTitle" | "person" | "request" | "kind" | "state" | "signature" | "signedAt" | "ip" | "userAgent" | "comment"
  | "snapshot" | "text" | "document" | "assets" | "assetTag" | "assetName" | "serial" | "fileName" | "versionNumber"
  | "snapshotHash" | "receiptHash" | "requestId" | "recipientId" | "intact" | "tampered" | "snapshotJson" | "sentOn",
  string
> & { kindName: string; stateName: string };

// Resolved from the app's folder at run time: pdfkit reads the files itself (it is not bundled).
const fontFile = (name: string) => createRequire(path.join(process.cwd(), "package.json")).resolve(`dejavu-fonts-ttf/ttf/${name}`);
const FONTS = { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf", mono: "DejaVuSansMono.ttf" } as const;

/** The text as stored, composed (NFC) so accents drawn as one glyph are found in the font. */
export const composed = (text: string) => text.normalize("NFC");

export async function renderReceiptPdf(record: ConfirmationRecord, labels: ReceiptLabels): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: composed(`${labels.receiptTitle}: ${record.request.title}`), Author: "Portico" } });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, fontFile(file));
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });
  const row = (label: string, value: string | null | undefined, mono = false) => {
    doc.font("bold").fontSize(9).fillColor("#475569").text(composed(label));
    doc.font(mono ? "mono" : "regular").fontSize(mono ? 9 : 11).fillColor("#0f172a").text(composed(value || "—"));
    doc.moveDown(0.4);
  };
  const heading = (text: string) => {
    doc.moveDown(0.6).font("bold").fontSize(13).fillColor("#0f172a").text(composed(text)).moveDown(0.3);
  };

  doc.font("bold").fontSize(18).text(composed(labels.receiptTitle));
  doc.font("regular").fontSize(12).text(composed(record.request.title)).moveDown(0.8);
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
  doc.font("bold").fontSize(10).fillColor(record.intact ? "#166534" : "#b91c1c").text(composed(record.intact ? labels.intact : labels.tampered));

  heading(labels.snapshotJson);
  doc.font("mono").fontSize(8).fillColor("#0f172a").text(composed(record.request.snapshot));
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
