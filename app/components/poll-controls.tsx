import { Form } from "@remix-run/react";
import { nl } from "~/i18n/nl";
import type { PollStatus } from "~/lib/webinars/constants";

interface PollControlsProps {
  poll: { id: string; question: string; status: PollStatus; showResults: boolean };
  // Where the form posts; the action redirects back to the page it came from.
  action?: string;
}

// Open / close / show / hide results: one small form per command, so each works without JavaScript.
export function PollControls({ poll, action }: PollControlsProps) {
  const commands: { intent: string; label: string; secondary?: boolean }[] = [];
  if (poll.status === "draft") commands.push({ intent: "open", label: nl.polls.open });
  if (poll.status === "open") commands.push({ intent: "close", label: nl.polls.close });
  commands.push(
    poll.showResults
      ? { intent: "hide", label: nl.polls.hideResults, secondary: true }
      : { intent: "show", label: nl.polls.showResults, secondary: true },
  );
  return (
    <div className="actions poll-controls">
      {commands.map((c) => (
        <Form key={c.intent} method="post" action={action}>
          <input type="hidden" name="pollId" value={poll.id} />
          <input type="hidden" name="intent" value={c.intent} />
          <button type="submit" className={c.secondary ? "button--secondary" : undefined}>
            {c.label}
          </button>
        </Form>
      ))}
    </div>
  );
}
