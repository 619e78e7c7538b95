"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { joinTabStream } from "./tab-stream";

/** The portal nav's chat entry with the viewer's unread answers, kept current by the tab's chat stream. */
export function ChatNavLabel({ unread: rendered }: { unread: number }) {
  const t = useTranslations("portal.nav");
  const [unread, setUnread] = useState(rendered);
  // A fresh server render (a refresh) brings its own count.
  const [renderedShown, setRenderedShown] = useState(rendered);
  if (renderedShown !== rendered) {
    setRenderedShown(rendered);
    setUnread(rendered);
  }
  useEffect(
    () => joinTabStream({ handlers: { unread: (e) => setUnread((JSON.parse((e as MessageEvent<string>).data) as { count: number }).count) } }),
    [],
  );
  return <>{unread > 0 ? t("chatUnread", { count: unread }) : t("chat")}</>;
}
