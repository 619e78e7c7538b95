// Streams for the storage tests.

/** The chunks as a web stream; with `failAfter`, it errors after that many chunks. */
export function webStream(chunks: Uint8Array[], failAfter?: number) {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (failAfter !== undefined && at === failAfter) controller.error(new Error("client went away"));
      else if (at === chunks.length) controller.close();
      else controller.enqueue(chunks[at++]);
    },
  });
}

export function concat(chunks: Uint8Array[]) {
  return new Uint8Array(Buffer.concat(chunks));
}
