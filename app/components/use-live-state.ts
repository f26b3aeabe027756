import { useEffect, useState } from "react";
import { isLiveState, type LiveState } from "~/lib/poll-view";

// Follows a Server-Sent Events stream of LiveState; the server-rendered state is shown until a
// newer one arrives. Server-rendered data wins again after a navigation that is newer still.
export function useLiveState(url: string, initial: LiveState): LiveState {
  const [live, setLive] = useState<LiveState | null>(null);
  useEffect(() => {
    const source = new EventSource(url);
    source.onmessage = (event: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      if (isLiveState(data)) setLive(data);
    };
    return () => source.close();
  }, [url]);
  return live && live.at >= initial.at ? live : initial;
}
