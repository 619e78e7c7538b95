// Demo documents, notes and confirmations (issue 15): one of each for the demo customer Carmen.
import { createDocument, assignDocument } from "@/lib/documents/service";
import { saveNote } from "@/lib/notes/service";
import { createConfirmationRequest } from "@/lib/confirmations/service";

const POLICY_PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj\n" +
    "4 0 obj << /Length 70 >> stream\nBT /F1 18 Tf 72 760 Td (Politica de uso aceptable - Acme) Tj ET\nendstream endobj\n" +
    "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

type Staff = { id: string; role: "ADMIN" | "AGENT" | "CUSTOMER"; name: string };

export async function seedDocumentsNotesConfirmations(agent: Staff, customerEmail: string) {
  const doc = await createDocument(agent, { title: "Política de uso aceptable", description: "Normas para el uso de los equipos y la red.", category: "Políticas", file: { name: "politica-uso-aceptable.pdf", bytes: POLICY_PDF } });
  if (!doc.ok) throw new Error(`seed: document ${JSON.stringify(doc)}`);
  await assignDocument(agent, { documentId: doc.data.id, target: { type: "person", email: customerEmail } });
  await saveNote(agent, {
    title: "Configuración de la VPN",
    body: "Servidor: **vpn.acme.test**\n\n1. Abra el cliente VPN.\n2. Inicie sesión con su cuenta de trabajo.\n\nSi falla, abra un ticket en *Red y Wi-Fi*.",
    target: { type: "person", email: customerEmail },
  });
  const request = await createConfirmationRequest(agent, { kind: "DOCUMENT_VERSION", title: "Aceptar la política de uso aceptable", documentVersionId: doc.data.versionId, recipients: [customerEmail] });
  if (!request.ok) throw new Error(`seed: confirmation ${JSON.stringify(request)}`);
}
