import { getPortalSettings } from "@/lib/settings/queries";
import { fileStorage } from "@/lib/storage";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

// The portal's logo, public like the sign-in page it appears on. The type is the one found in
// the bytes at upload (PNG, JPEG or WebP); the URL carries the key, so a new logo is a new URL.
export async function GET() {
  const settings = await getPortalSettings();
  if (!settings.logoKey || !settings.logoContentType) return notFound();
  const bytes = await fileStorage().get(settings.logoKey);
  if (!bytes) return notFound();
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": settings.logoContentType,
      "Content-Length": String(bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'",
      "Cache-Control": "public, max-age=300",
    },
  });
}
