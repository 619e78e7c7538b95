import "server-only";
import { notFound } from "next/navigation";
import { getSession, requireViewer, type Viewer } from "@/lib/auth/session";
import { portalModulesFor, type PortalModule } from "./modules";

/** For actions and route handlers: the signed-in viewer when the module is on for them, else null. */
export async function viewerWithModule(module: PortalModule): Promise<Viewer | null> {
  const viewer = await getSession();
  if (!viewer) return null;
  return (await portalModulesFor(viewer.id))[module] ? viewer : null;
}

/** For portal pages: the viewer (sign-in first), or the 404 of a page that does not exist. */
export async function requirePortalModule(module: PortalModule): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!(await portalModulesFor(viewer.id))[module]) notFound();
  return viewer;
}
