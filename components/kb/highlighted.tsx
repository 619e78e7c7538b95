import type { Segment } from "@/lib/kb/search";

/** Search-hit text: React escapes every segment; only the <mark>s are markup. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.hit ? <mark key={i} className="rounded bg-yellow-100 px-0.5 text-inherit">{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}
