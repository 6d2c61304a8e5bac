/**
 * A progress bar on a terminal (cli-progress, with its time-left estimate); plain lines every
 * 10% with an estimate from the rate so far when not a TTY.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function progress(label: string, quiet = false): Progress {
  if (quiet) return { update() {}, stop() {} };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${label} [{bar}] {value}/{total} (about {eta_formatted} left)`,
        stream: process.stderr,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total) {
        if (!started) bar.start(total, 0);
        started = true;
        bar.setTotal(total);
        bar.update(done);
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastTenth = -1;
  const started = Date.now();
  return {
    update(done, total) {
      const tenth = Math.floor((done / Math.max(total, 1)) * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      process.stderr.write(
        `${label}: ${done}/${total}${estimate(done, total, Date.now() - started)}\n`,
      );
    },
    stop() {},
  };
}

/** ", about 12s left" from the rate so far; empty before there is a rate or when done. */
export function estimate(done: number, total: number, elapsedMs: number): string {
  if (done <= 0 || done >= total || elapsedMs < 1000) return '';
  const left = ((total - done) * elapsedMs) / done / 1000;
  return left < 90
    ? `, about ${Math.ceil(left)}s left`
    : `, about ${Math.ceil(left / 60)} min left`;
}
