// The server's pid file next to the database (<DATABASE_PATH>.pid): a restore refuses to replace
// a database that a running server has open.
import fs from "node:fs";
import path from "node:path";

export function pidFilePath(databasePath: string): string {
  return `${path.resolve(databasePath)}.pid`;
}

export function isProcessRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}

// Written on start; removed on a normal stop. A file left by a killed server names a dead process.
export function writePidFile(databasePath: string) {
  fs.writeFileSync(pidFilePath(databasePath), `${process.pid}\n`);
}

export function removePidFile(databasePath: string) {
  if (readPid(databasePath) === process.pid) fs.rmSync(pidFilePath(databasePath), { force: true });
}

function readPid(databasePath: string): number | null {
  try {
    return Number.parseInt(fs.readFileSync(pidFilePath(databasePath), "utf8"), 10);
  } catch {
    return null;
  }
}

// The pid of a server that runs on this database, or null.
export function runningServer(databasePath: string): number | null {
  const pid = readPid(databasePath);
  return pid !== null && pid !== process.pid && isProcessRunning(pid) ? pid : null;
}
