// A burst of votes from many distinct voters (each its own participant-token cookie) plus
// repeated submits, with every acknowledged vote recorded so the database can be checked.
import autocannon from "autocannon";

// Deterministic shuffle, so every run sends the same sequence.
function shuffled(list, seed = 42) {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

export function voterToken(prefix, index) {
  return `${prefix}${String(index).padStart(24, "0")}`.slice(-32);
}

// Voter i always picks option i % options: a repeated submit is a true double submit.
export async function voteBurst({ url, pollId, optionIds, voters = 2000, repeatShare = 0.2, connections = 200, tokenPrefix = "b" }) {
  const repeats = Math.round(voters * repeatShare);
  const sequence = shuffled([...Array.from({ length: voters }, (_, i) => i), ...Array.from({ length: repeats }, (_, i) => (i * 7) % voters)]);
  const acked = new Set();
  let next = 0;
  let ackCount = 0;
  // Own clock: autocannon's duration is rounded to its one-second ticks.
  let started = 0;
  let finished = 0;
  const latencies = [];
  const warmLatencies = [];
  const result = await autocannon({
    url,
    connections,
    amount: sequence.length,
    method: "POST",
    timeout: 30,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    requests: [
      {
        setupRequest(req, context) {
          const voter = sequence[next++ % sequence.length];
          context.voter = voter;
          context.sentAt = performance.now();
          // The first request of every connection also waits for the TCP connection to open.
          context.first = next <= connections;
          started ||= context.sentAt;
          return {
            ...req,
            headers: { ...req.headers, cookie: `leercirkel_stemmer=${voterToken(tokenPrefix, voter)}` },
            body: `pollId=${pollId}&option=${optionIds[voter % optionIds.length]}`,
          };
        },
        onResponse(status, _body, context) {
          finished = performance.now();
          const latency = finished - context.sentAt;
          latencies.push(latency);
          if (!context.first) warmLatencies.push(latency);
          if (status === 302 || status === 204) {
            acked.add(context.voter);
            ackCount++;
          }
        },
      },
    ],
  });
  const seconds = (finished - started) / 1000;
  return {
    result,
    acked,
    ackCount,
    sent: sequence.length,
    voters,
    votesPerSecond: Math.round(ackCount / seconds),
    p50Ms: Math.round(percentile(latencies, 50)),
    p99Ms: Math.round(percentile(latencies, 99)),
    p99OnOpenConnectionsMs: Math.round(percentile(warmLatencies, 99)),
  };
}

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function median(values) {
  return percentile(values, 50);
}

// Every acknowledged voter has exactly one row with their option; nobody else has a row.
export function checkBurst(db, { pollId, optionIds, acked, tokenPrefix = "b" }) {
  const rows = db.prepare("select voter_key as voterKey, payload from votes where poll_id = ?").all(pollId);
  const byVoter = new Map();
  let doubled = 0;
  for (const row of rows) {
    if (byVoter.has(row.voterKey)) doubled++;
    byVoter.set(row.voterKey, row.payload);
  }
  let lost = 0;
  let wrong = 0;
  for (const voter of acked) {
    const payload = byVoter.get(`device:${voterToken(tokenPrefix, voter)}`);
    if (payload === undefined) lost++;
    else if (!payload.includes(optionIds[voter % optionIds.length])) wrong++;
  }
  return { rows: rows.length, distinctAcked: acked.size, lost, doubled, wrong, unexpected: rows.length - acked.size };
}
