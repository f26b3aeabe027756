// Bench data written straight into the bench database: open polls to vote in, and the big agenda.
export const OPTIONS = 5;

export function addOpenPoll(db, { webinarId, joinCode, pollId, networkId = "net-gelderland", showResults = 0 }) {
  db.prepare(
    `insert or ignore into webinars (id, title, description, starts_at, presenter, network_id, join_code)
     values (?, ?, '', ?, '', ?, ?)`,
  ).run(webinarId, `Bench ${webinarId}`, Date.now(), networkId, joinCode);
  db.prepare(
    `insert into polls (id, webinar_id, question, type, max_choices, anonymous, results_visibility, status, show_results, position, opened_at)
     values (?, ?, ?, 'single', 1, 1, 'after_vote', 'open', ?, 0, ?)`,
  ).run(pollId, webinarId, `Bench ${pollId}`, showResults, Date.now());
  const optionIds = Array.from({ length: OPTIONS }, (_, i) => `${pollId}-o${i + 1}`);
  optionIds.forEach((id, i) => db.prepare("insert into poll_options (id, poll_id, label, theme_id, position) values (?, ?, ?, null, ?)").run(id, pollId, `Optie ${i + 1}`, i));
  return optionIds;
}

// 100 themes, 500 open polls in 100 webinars over both networks, 400 votes each: 200,000 votes.
export function addBigAgenda(db, { themes = 100, polls = 500, votesPerPoll = 400 } = {}) {
  const existing = db.prepare("select id from themes where merged_into_id is null").all().map((t) => t.id);
  const themeIds = [...existing];
  const insertTheme = db.prepare("insert into themes (id, slug, title, status, origin) values (?, ?, ?, 'candidate', 'coordinator')");
  const insertWebinar = db.prepare("insert into webinars (id, title, description, starts_at, presenter, network_id, join_code) values (?, ?, '', ?, '', ?, ?)");
  const insertPoll = db.prepare(
    "insert into polls (id, webinar_id, question, type, max_choices, anonymous, results_visibility, status, position, opened_at) values (?, ?, ?, 'single', 1, 1, 'after_vote', 'open', ?, ?)",
  );
  const insertOption = db.prepare("insert into poll_options (id, poll_id, label, theme_id, position) values (?, ?, ?, ?, ?)");
  const insertVote = db.prepare("insert into votes (id, poll_id, voter_key, payload, created_at, updated_at) values (?, ?, ?, ?, ?, ?)");
  const webinarIds = [];
  db.transaction(() => {
    for (let t = themeIds.length; t < themes; t++) {
      const id = `bench-thema-${t}`;
      insertTheme.run(id, id, `Benchthema ${t}`);
      themeIds.push(id);
    }
    const now = Date.now();
    for (let p = 0; p < polls; p++) {
      const webinarId = `bench-agenda-webinar-${Math.floor(p / 5)}`;
      if (p % 5 === 0) {
        insertWebinar.run(webinarId, `Bench agenda ${p / 5}`, now - p * 3_600_000, p % 2 === 0 ? "net-gelderland" : "net-utrecht-flevoland", `BA${String(p / 5).padStart(4, "0")}`);
        webinarIds.push(webinarId);
      }
      const pollId = `bench-agenda-poll-${p}`;
      insertPoll.run(pollId, webinarId, `Benchpeiling ${p}`, p % 5, now);
      const optionIds = [];
      for (let o = 0; o < OPTIONS; o++) {
        const optionId = `${pollId}-o${o}`;
        insertOption.run(optionId, pollId, `Optie ${o}`, themeIds[(p * 7 + o * 13) % themeIds.length], o);
        optionIds.push(optionId);
      }
      for (let v = 0; v < votesPerPoll; v++) {
        const option = optionIds[(v * 31 + p) % 7 < 5 ? (v * 31 + p) % 7 : v % OPTIONS];
        insertVote.run(`${pollId}-v${v}`, pollId, `device:bench${v}`, JSON.stringify({ optionIds: [option] }), now, now);
      }
    }
  })();
  return { webinarIds, pollCount: polls };
}
