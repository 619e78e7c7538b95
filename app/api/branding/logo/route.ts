import { getPortalSettings } from "@/lib/settings/queries";
import { fileStorage } from "@/lib/storage";
import { contentDisposition, FILE_SANDBOX, fileNotFound } from "@/lib/storage/responses";

// The portal's logo, public like the sign-in page it appears on. The type is the one found in
// the bytes at upload (PNG, JPEG or WebP); the URL carries the key, so a new logo is a new URL.
export async function GET() {
  const settings = await getPortalSettings();
  if (!settings.logoKey || !settings.logoContentType) return fileNotFound();
  const bytes = await fileStorage().get(settings.logoKey);
  if (!bytes) return fileNotFound();
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": settings.logoContentType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition("inline", "logo"),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": FILE_SANDBOX,
      "Cache-Control": "public, max-age=300",
    },
  });
}
