"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { ChatMessageItem, ConversationState } from "@/lib/chat/queries";
import { joinTabStream } from "./tab-stream";

export type StreamStatus = "connecting" | "live" | "reconnecting" | "ended";

/**
 * A view on the tab's chat stream (./tab-stream). With a conversation, messages arrive in order and each only once
 * (the browser resumes from the last event id; messages already shown are skipped by sequence).
 * "changed" (the viewer's lists moved) refreshes the server-rendered parts of the page.
 */
export function useChatStream({
  conversationId,
  initialMessages = [],
  initialState = null,
  onTyping,
  onMessage,
}: {
  conversationId?: string;
  initialMessages?: ChatMessageItem[];
  initialState?: ConversationState | null;
  onTyping?: (fromSupport: boolean) => void;
  onMessage?: (message: ChatMessageItem) => void;
}) {
  const router = useRouter();
  const [messages, setMessages] = useState(initialMessages);
  const [state, setState] = useState(initialState);
  const [status, setStatus] = useState<StreamStatus>("connecting");
  const afterRef = useRef(initialState?.lastSeq ?? Math.max(0, ...initialMessages.map((m) => m.seq)));
  const callbacks = useRef({ onTyping, onMessage });
  useEffect(() => {
    callbacks.current = { onTyping, onMessage };
  });

  useEffect(() => {
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    const leave = joinTabStream({
      conversationId,
      after: () => afterRef.current,
      handlers: {
        open: () => setStatus("live"),
        error: (_e, source) => setStatus(source.readyState === EventSource.CLOSED ? "ended" : "reconnecting"),
        message: (e) => {
          const message = JSON.parse((e as MessageEvent<string>).data) as ChatMessageItem;
          afterRef.current = Math.max(afterRef.current, message.seq);
          callbacks.current.onMessage?.(message);
          setMessages((current) => (current.some((m) => m.seq === message.seq) ? current : [...current, message].sort((a, b) => a.seq - b.seq)));
        },
        state: (e) => setState(JSON.parse((e as MessageEvent<string>).data) as ConversationState),
        typing: (e) => callbacks.current.onTyping?.((JSON.parse((e as MessageEvent<string>).data) as { fromSupport: boolean }).fromSupport),
        changed: () => {
          clearTimeout(refreshTimer);
          refreshTimer = setTimeout(() => router.refresh(), 300);
        },
        end: () => setStatus("ended"),
      },
    });
    return () => {
      clearTimeout(refreshTimer);
      leave();
    };
  }, [conversationId, router]);

  return { messages, state, status };
}
