import { readdirSync, readFileSync } from "node:fs";

// CPU time of processes from /proc (Linux), so a load test can say how much CPU each part
// spent per request however busy the machine is: wall-clock latency on a shared machine is
// mostly waiting for a core.

const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  parent: number;
  cpuMs: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may hold spaces: the fields follow the last ")".
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { pid, parent: Number(fields[1]), cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

function allProcesses(): ProcStat[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((stat): stat is ProcStat => stat !== null);
}

/** CPU milliseconds spent so far by `root` and every process below it. */
export function treeCpuMs(root: number): number {
  const processes = allProcesses();
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const process of processes) {
      if (!inTree.has(process.pid) && inTree.has(process.parent)) {
        inTree.add(process.pid);
        grew = true;
      }
    }
  }
  return processes.filter((process) => inTree.has(process.pid)).reduce((total, process) => total + process.cpuMs, 0);
}

/** CPU milliseconds spent so far by each of the given processes still running. */
export function cpuMsByPid(pids: number[]): Map<number, number> {
  return new Map(
    pids
      .map(readStat)
      .filter((stat): stat is ProcStat => stat !== null)
      .map((stat) => [stat.pid, stat.cpuMs]),
  );
}

/** What the processes of `after` spent since `before` (a process new since then, from zero). */
export function cpuMsSince(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
