// The one way Portico reads an upload: the body is counted as it streams and reading stops at the
// limit, whatever Content-Length says (a chunked request has none). Ticket attachments, KB images
// and the uploads still to come (chat, documents) all read their forms through here.

export type BoundedForm = { ok: true; form: FormData } | { ok: false; reason: "tooLarge" | "incomplete" };

/**
 * The body as a stream that errors, which cancels the upload, once more than `maxBytes` arrived.
 * `exceeded()` tells afterwards whether that is why reading stopped.
 */
export function boundedBody(body: ReadableStream<Uint8Array>, maxBytes: number) {
  let seen = 0;
  let over = false;
  const stream = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBytes) {
          over = true;
          controller.error(new Error(`request body over ${maxBytes} bytes`));
        } else controller.enqueue(chunk);
      },
    }),
  );
  return { stream, exceeded: () => over };
}

/** Parses a multipart or urlencoded form of at most `maxBytes`; a larger body is refused as soon as it is seen to be. */
export async function readBoundedForm(request: Request, maxBytes: number): Promise<BoundedForm> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, reason: "tooLarge" };
  }
  if (!request.body) return { ok: false, reason: "incomplete" };
  const counted = boundedBody(request.body, maxBytes);
  try {
    const form = await new Response(counted.stream, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
    return { ok: true, form };
  } catch {
    // Either the limit was reached, or the body ended early or was not a form: nothing is kept.
    return { ok: false, reason: counted.exceeded() ? "tooLarge" : "incomplete" };
  }
}
