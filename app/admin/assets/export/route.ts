import { getSession } from "@/lib/auth/session";
import { exportAssetsCsv } from "@/lib/assets/csv";

/** The CSV of the asset list's current filter (the list's URL parameters), for staff; 404 for anyone else. */
export async function GET(request: Request) {
  const viewer = await getSession();
  const csv = viewer ? await exportAssetsCsv(viewer, Object.fromEntries(new URL(request.url).searchParams)) : null;
  if (csv === null) return new Response("Not found", { status: 404 });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="assets-${day}.csv"`,
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
    },
  });
}
