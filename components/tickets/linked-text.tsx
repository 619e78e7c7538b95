import { Fragment } from "react";
import { splitLinks } from "@/lib/tickets/links";

/** Plain text (escaped by React) with its http(s) and mailto links made clickable, nothing else. */
export function LinkedText({ text }: { text: string }) {
  const parts = splitLinks(text);
  // Most messages hold no link: their text alone, without a list of one fragment.
  if (parts.length === 1 && !("href" in parts[0])) return parts[0].text;
  return (
    <>
      {parts.map((part, i) =>
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
