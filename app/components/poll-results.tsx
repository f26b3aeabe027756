import { nl } from "~/i18n/nl";
import type { PollView } from "~/lib/poll-view";

// A horizontal bar drawn with SVG attributes: the CSP allows no inline styles.
function Bar({ percent }: { percent: number }) {
  const width = Math.max(0, Math.min(100, percent));
  return (
    <svg className="result-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="result-bar__track" x="0" y="0" width="100" height="10" />
      <rect className="result-bar__fill" x="0" y="0" width={width} height="10" />
    </svg>
  );
}

function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

function OptionResults({ poll }: { poll: PollView }) {
  return (
    <ol className="results">
      {poll.options.map((option) => (
        <li key={option.id} className="results__item">
          <span className="results__label">{option.label}</span>
          <Bar percent={option.percent} />
          <span className="results__value">
            {poll.type === "ranking" ? nl.polls.points(option.points) : nl.polls.voters(option.count)} · {option.percent}%
          </span>
        </li>
      ))}
    </ol>
  );
}

function ScaleResults({ poll }: { poll: PollView }) {
  const total = poll.distribution.reduce((sum, n) => sum + n, 0);
  return (
    <>
      {poll.average !== null ? <p className="results__average">{nl.polls.average(poll.average.toLocaleString("nl-NL", { maximumFractionDigits: 1 }))}</p> : null}
      <ol className="results">
        {poll.distribution.map((count, index) => (
          <li key={nl.vote.scaleLabels[index] ?? index} className="results__item">
            <span className="results__label">{nl.vote.scaleLabels[index]}</span>
            <Bar percent={percentOf(count, total)} />
            <span className="results__value">
              {nl.polls.voters(count)} · {percentOf(count, total)}%
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}

function OpenResults({ poll, showAnswers }: { poll: PollView; showAnswers: boolean }) {
  if (poll.answers.length === 0) return <p>{nl.polls.noAnswers}</p>;
  return (
    <>
      <h3>{nl.polls.wordCloud}</h3>
      <ul className="word-cloud">
        {poll.words.map((w) => (
          <li key={w.word} className={`word-cloud__word word-cloud__word--${w.weight}`}>
            {w.word}
          </li>
        ))}
      </ul>
      {showAnswers ? (
        <>
          <h3>{nl.polls.answers}</h3>
          <ul className="answers">
            {poll.answers.map((a) => (
              <li key={a.id}>{a.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

// showAnswers: false where the page lists the answers itself (the coordinator's moderation list).
export function PollResults({ poll, showAnswers = true }: { poll: PollView; showAnswers?: boolean }) {
  return (
    <div className="poll-results">
      <p className="poll-results__count">{nl.polls.voters(poll.voters)}</p>
      {poll.voters === 0 ? null : poll.type === "scale" ? (
        <ScaleResults poll={poll} />
      ) : poll.type === "open" ? (
        <OpenResults poll={poll} showAnswers={showAnswers} />
      ) : (
        <OptionResults poll={poll} />
      )}
    </div>
  );
}
