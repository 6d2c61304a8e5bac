/** A progress bar on a terminal (cli-progress); plain lines every 10% when not a TTY. */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function progress(label: string, quiet = false): Progress {
  if (quiet) return { update() {}, stop() {} };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total}`, stream: process.stderr },
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
  return {
    update(done, total) {
      const tenth = Math.floor((done / Math.max(total, 1)) * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      process.stderr.write(`${label}: ${done}/${total}\n`);
    },
    stop() {},
  };
}
