import "server-only";
import { db } from "@/lib/db";
import { fail, type ActionResult } from "@/lib/action-result";
import type { Viewer } from "@/lib/auth/session";
import { checkInAsset, checkOutAsset } from "@/lib/assets/service";
import { createConfirmationRequest } from "./service";

// An asset check-out (or check-in) that also asks the person to confirm receipt (or return): both
// are written in one transaction, so a request that cannot be sent leaves the asset where it was.
// Failures are keys of the "assets" catalogue, or of "confirmations" when marked by `part`.

type ViewerLike = Pick<Viewer, "id" | "role" | "name">;
type Titled = (asset: { tag: string; name: string }) => string;
export type HandoverResult<T> = ActionResult<T> & { part?: "confirmation" };

class Rollback extends Error {
  constructor(readonly result: HandoverResult<never>) {
    super("rollback");
  }
}

/** A person who is not a portal user cannot sign: said in the asset form's words. */
function refusal(result: { ok: false; message: string; fieldErrors?: Record<string, string[]> }): HandoverResult<never> {
  if (result.fieldErrors?.recipients?.includes("errors.recipientUnknown")) return fail("errors.handoverNotPortalUser");
  return { ...result, part: "confirmation" };
}

async function inOneTransaction<T>(run: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) => Promise<HandoverResult<T>>): Promise<HandoverResult<T>> {
  try {
    return await db.$transaction(run);
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
}

/** Checks the asset out to the person and sends them a hand-over confirmation of it. */
export async function checkOutAndAskReceipt(
  viewer: ViewerLike,
  input: { assetId: string; userId: string; comment?: string },
  title: Titled,
): Promise<HandoverResult<{ assignmentId: string; requestId: string }>> {
  return inOneTransaction(async (tx) => {
    const out = await checkOutAsset(viewer, input, tx);
    if (!out.ok) return out;
    const [asset, person] = await Promise.all([
      tx.asset.findUniqueOrThrow({ where: { id: input.assetId }, select: { id: true, tag: true, name: true } }),
      tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { email: true } }),
    ]);
    const request = await createConfirmationRequest(
      viewer,
      { kind: "ASSET_HANDOVER", title: title(asset), text: input.comment ?? "", assetIds: [asset.id], recipients: [person.email] },
      tx,
    );
    if (!request.ok) throw new Rollback(refusal(request));
    return { ok: true, data: { assignmentId: out.data.assignmentId, requestId: request.data.id } };
  });
}

/** Checks the asset in and asks the person who held it to confirm they returned it. */
export async function checkInAndAskReturn(
  viewer: ViewerLike,
  input: { assetId: string; comment?: string },
  title: Titled,
): Promise<HandoverResult<{ requestId: string }>> {
  return inOneTransaction(async (tx) => {
    const back = await checkInAsset(viewer, input, tx);
    if (!back.ok) return back;
    const [asset, person] = await Promise.all([
      tx.asset.findUniqueOrThrow({ where: { id: input.assetId }, select: { id: true, tag: true, name: true } }),
      tx.user.findUniqueOrThrow({ where: { id: back.data.holderId }, select: { email: true } }),
    ]);
    const request = await createConfirmationRequest(
      viewer,
      { kind: "ASSET_RETURN", title: title(asset), text: input.comment ?? "", assetIds: [asset.id], recipients: [person.email] },
      tx,
    );
    if (!request.ok) throw new Rollback(refusal(request));
    return { ok: true, data: { requestId: request.data.id } };
  });
}
