// SPDX-License-Identifier: EUPL-1.2
/**
 * PGlite lets one process at a time use its folder, but it does not say so: a second process (create-admin
 * beside a running server) opens the files, writes, and the first never sees it. PGlite's own
 * postmaster.pid holds a made-up pid (-42), so it cannot tell whether its owner still runs. This lock file
 * holds the real pid of the process that has the folder open, checked for liveness, so a crash leaves no
 * lock that counts.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const lockFileName = 'open-zuidwest.pid';

/** The pid of another running process that has dataDir open, or null when the folder is free. */
export function dataDirHolder(dataDir: string): number | null {
  const pid = readLockPid(join(dataDir, lockFileName));
  if (pid === null || pid === process.pid || !isRunning(pid)) return null;
  return pid;
}

/**
 * Marks dataDir as open by this process. Returns the pid of the other running process that already has
 * it open (and takes nothing), or a release function that removes the mark again.
 */
export function lockDataDir(dataDir: string): { heldBy: number } | { release: () => void } {
  const file = join(dataDir, lockFileName);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // 'wx' fails when the file exists, so two processes starting together cannot both take it.
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return { release: () => releaseIfOurs(file) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = dataDirHolder(dataDir);
      if (holder !== null) return { heldBy: holder };
      // Left behind by a process that stopped (or by this one): take it over.
      rmSync(file, { force: true });
    }
  }
  const holder = dataDirHolder(dataDir);
  return holder === null ? { release: () => releaseIfOurs(file) } : { heldBy: holder };
}

function releaseIfOurs(file: string): void {
  if (readLockPid(file) === process.pid) rmSync(file, { force: true });
}

function readLockPid(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
