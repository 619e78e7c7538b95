import { getPortalSettings } from "@/lib/settings/queries";
import { fileStorage } from "@/lib/storage";
import { contentDisposition, FILE_SANDBOX, fileNotFound } from "@/lib/storage/responses";

// The portal's favicon, public like the logo. The type is the one found in the bytes at upload
// (PNG or ICO); the URL carries the key, so a new favicon is a new URL.
export async function GET() {
  const settings = await getPortalSettings();
  if (!settings.faviconKey || !settings.faviconContentType) return fileNotFound();
  const bytes = await fileStorage().get(settings.faviconKey);
  if (!bytes) return fileNotFound();
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": settings.faviconContentType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition("inline", "favicon"),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": FILE_SANDBOX,
      "Cache-Control": "public, max-age=300",
    },
  });
}
