// Scheduled online backups inside the server process (decision 016). A failed backup is logged and
// the server keeps running; the next scheduled moment tries again.
import { Cron } from "croner";
import { runScheduledBackup } from "~/models/backups/backups.server";

interface BackupSchedule {
  schedule: string;
  dir: string;
  keep: number;
}

export function scheduleBackups({ schedule, dir, keep }: BackupSchedule): Cron | null {
  if (schedule === "off") return null;
  // protect: a slow backup is never overlapped by the next one; unref: it never keeps the process alive.
  const job: Cron = new Cron(schedule, { timezone: "Europe/Amsterdam", protect: true, unref: true }, async () => {
    // The scheduled moment (not the moment this timer fired) names the run, so every process agrees on it.
    const slot = job.previousRuns(1, new Date(Date.now() + 1))[0] ?? new Date();
    try {
      const run = await runScheduledBackup({ dir, keep, slot });
      if (run.kind === "written") console.log(`Back-up gemaakt: ${run.file} (${run.pages} pagina's, ${run.pruned.length} oude verwijderd)`);
    } catch (error) {
      console.error("Back-up mislukt; de volgende geplande back-up probeert het opnieuw.", error);
    }
  });
  return job;
}
