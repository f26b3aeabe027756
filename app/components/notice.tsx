import { useSearchParams } from "@remix-run/react";

// Shows the confirmation a redirect asked for with ?melding=<key>, if this page knows the key.
export function RedirectNotice({ messages }: { messages: Record<string, string> }) {
  const [params] = useSearchParams();
  const key = params.get("melding");
  const message = key ? messages[key] : undefined;
  if (!message) return null;
  return (
    <p className="notice notice--ok" role="status">
      {message}
    </p>
  );
}
