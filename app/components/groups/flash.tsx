import { useSearchParams } from "@remix-run/react";

// A confirmation after a redirect, chosen by the ?melding= key so no text travels in the URL.
export function Flash({ messages }: { messages: Record<string, string> }) {
  const [params] = useSearchParams();
  const key = params.get("melding");
  const text = key ? messages[key] : undefined;
  if (!text) return null;
  return (
    <p className="notice notice--ok" role="status">
      {text}
    </p>
  );
}
