"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { ChatMessageItem, ConversationState } from "@/lib/chat/queries";

export type StreamStatus = "connecting" | "live" | "reconnecting" | "ended";

/**
 * The tab's one chat stream. With a conversation, messages arrive in order and each only once
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
    const url = conversationId ? `/api/chat/stream?conversation=${encodeURIComponent(conversationId)}&after=${afterRef.current}` : "/api/chat/stream";
    const source = new EventSource(url);
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    source.onopen = () => setStatus("live");
    source.onerror = () => setStatus(source.readyState === EventSource.CLOSED ? "ended" : "reconnecting");
    source.addEventListener("message", (e) => {
      const message = JSON.parse((e as MessageEvent<string>).data) as ChatMessageItem;
      afterRef.current = Math.max(afterRef.current, message.seq);
      callbacks.current.onMessage?.(message);
      setMessages((current) => (current.some((m) => m.seq === message.seq) ? current : [...current, message].sort((a, b) => a.seq - b.seq)));
    });
    source.addEventListener("state", (e) => setState(JSON.parse((e as MessageEvent<string>).data) as ConversationState));
    source.addEventListener("typing", (e) => callbacks.current.onTyping?.((JSON.parse((e as MessageEvent<string>).data) as { fromSupport: boolean }).fromSupport));
    source.addEventListener("changed", () => {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => router.refresh(), 300);
    });
    source.addEventListener("end", () => {
      source.close();
      setStatus("ended");
    });
    return () => {
      clearTimeout(refreshTimer);
      source.close();
    };
  }, [conversationId, router]);

  return { messages, state, status };
}
