import { useSearchParams } from "@remix-run/react";
import { NOTICE_PARAM } from "~/lib/notice";

// A confirmation (or, with tone "warn", a caution) chosen by the key a redirect put in the URL.
export type NoticeText = string | { text: string; tone: "warn" };

// Shows the confirmation a redirect asked for with ?melding=<key>, if this page knows the key.
export function RedirectNotice({ messages }: { messages: Partial<Record<string, NoticeText>> }) {
  const [params] = useSearchParams();
  const key = params.get(NOTICE_PARAM);
  const message = key ? messages[key] : undefined;
  if (message === undefined) return null;
  const { text, tone } = typeof message === "string" ? { text: message, tone: "ok" } : message;
  return (
    <p className={`notice notice--${tone}`} role="status">
      {text}
    </p>
  );
}
