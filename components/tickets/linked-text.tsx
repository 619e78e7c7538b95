import { Fragment } from "react";
import { splitLinks } from "@/lib/tickets/links";

/** Plain text (escaped by React) with its http(s) and mailto links made clickable, nothing else. */
export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {splitLinks(text).map((part, i) =>
        "href" in part ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer nofollow ugc" className="break-all text-brand underline">
            {part.text}
          </a>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
