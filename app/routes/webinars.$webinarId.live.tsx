import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/auth.server";
import { subscribe } from "~/models/webinars/live.server";
import { requireWebinar } from "~/models/webinars/access.server";

// Server-Sent Events for the presenter screen: the current results at once, then every change.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "coordinator");
  const webinar = requireWebinar(params.webinarId);
  const encoder = new TextEncoder();
  let unsubscribe: (() => void) | undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const stop = () => {
        unsubscribe?.();
        unsubscribe = undefined;
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      if (request.signal.aborted) return stop();
      request.signal.addEventListener("abort", stop, { once: true });
      // A retry hint for EventSource, then the first state.
      controller.enqueue(encoder.encode("retry: 3000\n\n"));
      unsubscribe = subscribe(webinar.id, (chunk) => {
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          stop();
        }
      });
    },
    cancel() {
      unsubscribe?.();
      unsubscribe = undefined;
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
