// Action-learning groups: a group of 50 members with 200 steps and 2,000 log entries; its page and
// monitor at 16 connections; then 300 such groups (copied with INSERT … SELECT) for the
// coordinators' network overview. Generation is bounded: a few seconds, well under 60 s.
import { load, report, sessionCookie, startServer, summarize } from "./_support.mjs";

const GROUP = "bench-groep-1";
const MEMBERS = 50;
const STEPS = 200;
const LOG_ENTRIES = 2000;
const GROUPS = 300;
const FACTORS = ["time", "workload", "unclear_roles", "privacy_rules", "funding", "management_support", "school_cooperation", "waiting_lists"];
const STATUSES = ["planned", "in_progress", "done", "stopped"];
const ORGS = ["org-gld-aanbieder-1", "org-gld-toegang-1", "org-gld-ervaring", "org-gld-onderwijs", "org-gld-gi"];
const THEMES = ["thema-verklarende-analyse", "thema-luisteren", "thema-samenwerking", "thema-onderwijs", "thema-ouders", "thema-casuistiek"];
const DAY = 86_400_000;

function isoDay(now, days) {
  return new Date(now + days * DAY).toISOString().slice(0, 10);
}

export function seedOneGroup(db, now) {
  const hash = db.prepare("select password_hash as h from users where id = 'demo-deelnemer'").get().h;
  const user = db.prepare("insert into users (id, email, name, password_hash, organisation_id, network_id) values (?, ?, ?, ?, ?, 'net-gelderland')");
  const member = db.prepare("insert into group_members (group_id, user_id, role, created_at) values (?, ?, ?, ?)");
  const step = db.prepare("insert into steps (id, group_id, what, due_on, success_sign, status, stop_reason, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  const owner = db.prepare("insert or ignore into step_owners (step_id, user_id) values (?, ?)");
  const change = db.prepare("insert into step_status_changes (id, step_id, from_status, to_status, reason, changed_by, created_at) values (?, ?, ?, ?, ?, ?, ?)");
  const logEntry = db.prepare(
    "insert into log_entries (id, group_id, step_id, author_id, logged_on, did, helped, hindered, next, shared, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const factor = db.prepare("insert or ignore into log_entry_factors (log_entry_id, kind, factor) values (?, ?, ?)");
  db.transaction(() => {
    db.prepare(
      `insert into groups (id, name, theme_id, module_slug, intended_change, network_id, starts_on, ends_on, rhythm, max_size, status, invite_code, created_by, created_at)
       values (?, 'Benchgroep 1', 'thema-verklarende-analyse', 'verklarende-analyse', 'Samen verklaren voordat we hulp kiezen.', 'net-gelderland', ?, ?, 'Elke twee weken', 60, 'active', 'bench-code-1', null, ?)`,
    ).run(GROUP, isoDay(now, -280), isoDay(now, 60), now - 281 * DAY);
    for (let m = 1; m <= MEMBERS; m++) {
      user.run(`bench-user-${m}`, `bench-${m}@bench.leercirkel.nl`, `Bench Deelnemer ${m}`, hash, ORGS[m % ORGS.length]);
      member.run(GROUP, `bench-user-${m}`, m === 1 ? "facilitator" : m % 7 === 0 ? "expert" : "professional", now - 280 * DAY);
    }
    for (let s = 1; s <= STEPS; s++) {
      const id = `bench-stap-${s}`;
      const status = STATUSES[s % 4];
      const by = `bench-user-${(s % MEMBERS) + 1}`;
      step.run(id, GROUP, `Stap ${s}: samen met het gezin de verklaring opschrijven`, isoDay(now, -150 + s), "Het gezin herkent de verklaring.", status, status === "stopped" ? "Geen tijd" : null, by, now - (250 - s) * DAY);
      owner.run(id, by);
      if (s % 3 === 0) owner.run(id, `bench-user-${((s + 7) % MEMBERS) + 1}`);
      change.run(`${id}-0`, id, null, "planned", null, by, now - (250 - s) * DAY);
      if (status !== "planned") change.run(`${id}-1`, id, "planned", status, status === "stopped" ? "Geen tijd" : null, by, now - (240 - s) * DAY);
    }
    for (let n = 1; n <= LOG_ENTRIES; n++) {
      const id = `bench-notitie-${n}`;
      const days = n % 280;
      logEntry.run(id, GROUP, n % 2 === 0 ? `bench-stap-${(n % STEPS) + 1}` : null, `bench-user-${(n % MEMBERS) + 1}`, isoDay(now, -days), `Notitie ${n}: wat we deden met de verklarende analyse.`, n % 2 === 0 ? "Steun van collega's." : "", n % 3 === 0 ? "Te weinig tijd." : "", "Volgende keer verder.", n % 10 === 0 ? 1 : 0, now - days * DAY);
      if (n % 2 === 0) factor.run(id, "helped", FACTORS[(n * 5) % FACTORS.length]);
      if (n % 3 === 0) factor.run(id, "hindered", FACTORS[n % FACTORS.length]);
      if (n % 5 === 0) factor.run(id, "hindered", FACTORS[(n + 3) % FACTORS.length]);
    }
    db.prepare(
      `insert into group_factor_tallies (group_id, kind, factor, count)
       select ?, f.kind, f.factor, count(*) from log_entry_factors f join log_entries e on e.id = f.log_entry_id where e.group_id = ? group by f.kind, f.factor`,
    ).run(GROUP, GROUP);
  })();
}

// 299 copies of the first group, spread over themes and both networks, all in SQL.
function copyGroups(db) {
  const series = `with recursive n(i) as (select 2 union all select i + 1 from n where i < ${GROUPS})`;
  const themeCase = `case i % ${THEMES.length} ${THEMES.map((t, k) => `when ${k} then '${t}'`).join(" ")} end`;
  db.transaction(() => {
    db.exec(`${series} insert into groups (id, name, theme_id, module_slug, intended_change, network_id, starts_on, ends_on, rhythm, max_size, status, invite_code, lessons_learned, closed_at, created_by, created_at)
      select 'bench-groep-' || i, 'Benchgroep ' || i, ${themeCase}, module_slug, intended_change, case i % 2 when 0 then 'net-gelderland' else 'net-utrecht-flevoland' end,
        starts_on, ends_on, rhythm, max_size, case when i % 10 = 0 then 'closed' else 'active' end, 'bench-code-' || i,
        case when i % 10 = 0 then 'Plan vaste tijd in en spreek rollen af.' end, case when i % 10 = 0 then created_at end, created_by, created_at
      from groups, n where groups.id = '${GROUP}'`);
    db.exec(`${series} insert into group_members (group_id, user_id, role, created_at) select 'bench-groep-' || i, user_id, role, created_at from group_members, n where group_id = '${GROUP}'`);
    db.exec(`${series} insert into steps (id, group_id, what, due_on, success_sign, status, stop_reason, created_by, created_at)
      select id || '-' || i, 'bench-groep-' || i, what, due_on, success_sign, status, stop_reason, created_by, created_at from steps, n where group_id = '${GROUP}'`);
    db.exec(`${series} insert into step_owners (step_id, user_id) select o.step_id || '-' || i, o.user_id from step_owners o join steps s on s.id = o.step_id, n where s.group_id = '${GROUP}'`);
    db.exec(`${series} insert into step_status_changes (id, step_id, from_status, to_status, reason, changed_by, created_at)
      select c.id || '-' || i, c.step_id || '-' || i, c.from_status, c.to_status, c.reason, c.changed_by, c.created_at from step_status_changes c join steps s on s.id = c.step_id, n where s.group_id = '${GROUP}'`);
    db.exec(`${series} insert into log_entries (id, group_id, step_id, author_id, logged_on, did, helped, hindered, next, shared, created_at)
      select id || '-' || i, 'bench-groep-' || i, case when step_id is null then null else step_id || '-' || i end, author_id, logged_on, did, helped, hindered, next, shared, created_at
      from log_entries, n where group_id = '${GROUP}'`);
    db.exec(`${series} insert into log_entry_factors (log_entry_id, kind, factor)
      select f.log_entry_id || '-' || i, f.kind, f.factor from log_entry_factors f join log_entries e on e.id = f.log_entry_id, n where e.group_id = '${GROUP}'`);
    // The running tallies the app keeps with every note: the copies' are the first group's.
    db.exec(`${series} insert into group_factor_tallies (group_id, kind, factor, count) select 'bench-groep-' || i, kind, factor, count from group_factor_tallies, n where group_id = '${GROUP}'`);
  })();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.exec("analyze");
}

async function timed(fn) {
  const start = performance.now();
  const result = await fn();
  return { ms: Math.round(performance.now() - start), result };
}

export default async function bench() {
  const server = await startServer({ port: 3323, name: "groups" });
  try {
    // Filled after start-up (not in `prepare`), so a failure here still stops the server below.
    const Database = (await import("better-sqlite3")).default;
    const db = new Database(server.dbPath);
    db.pragma("busy_timeout = 5000");
    const seed = await timed(() => seedOneGroup(db, Date.now()));
    const cookies = { member: sessionCookie(db, "bench-user-2"), coordinator: sessionCookie(db, "demo-coordinator"), other: sessionCookie(db, "demo-beheerder") };
    const seedMs = seed.ms;
    const base = `${server.url}/groepen/${GROUP}`;
    const shape = { members: MEMBERS, steps: STEPS, logEntries: LOG_ENTRIES };
    report({ figure: "groups_bench_seed_one_group", ms: Math.round(seedMs), ...shape });
    // The plain home page in the same run, as a yardstick for what this machine does at 16 connections.
    await load({ url: `${server.url}/`, connections: 4, duration: 2, headers: { cookie: cookies.other } });
    const baseline = await load({ url: `${server.url}/`, connections: 16, duration: 5, headers: { cookie: cookies.other } });
    report({ figure: "groups_baseline_home_page", connections: 16, ...summarize(baseline) });
    for (const [figure, url] of [["group_page", base], ["group_monitor", `${base}/monitor`]]) {
      await load({ url, connections: 4, duration: 2, headers: { cookie: cookies.member } });
      const result = await load({ url, connections: 16, duration: 10, headers: { cookie: cookies.member } });
      report({ figure, connections: 16, targetP99Ms: 50, ...shape, ...summarize(result), rssMb: server.memoryMb() });
    }

    const copy = await timed(() => copyGroups(db));
    const counts = db.prepare("select (select count(*) from groups) as groups, (select count(*) from log_entries) as logEntries, (select count(*) from steps) as steps").get();
    db.close();
    report({ figure: "groups_bench_seed_300_groups", ms: copy.ms, ...counts });

    const overview = `${server.url}/groepen/overzicht`;
    const cold = await timed(() => fetch(overview, { headers: { cookie: cookies.coordinator } }).then((r) => r.text()));
    report({ figure: "groups_overview_cold", groups: GROUPS, ms: cold.ms });
    const csv = await timed(() => fetch(`${overview}.csv`, { headers: { cookie: cookies.coordinator } }).then((r) => r.text()));
    report({ figure: "groups_overview_csv", groups: GROUPS, ms: csv.ms, bytes: csv.result.length });
    const result = await load({ url: overview, connections: 16, duration: 10, headers: { cookie: cookies.coordinator } });
    report({ figure: "groups_overview", groups: GROUPS, connections: 16, targetP99Ms: 200, ...summarize(result), rssMb: server.memoryMb() });
    const after = await load({ url: base, connections: 16, duration: 5, headers: { cookie: cookies.member } });
    report({ figure: "group_page_among_300", groups: GROUPS, connections: 16, targetP99Ms: 50, ...summarize(after) });
  } finally {
    await server.kill();
  }
}
