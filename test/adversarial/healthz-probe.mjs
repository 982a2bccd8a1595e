// A worker thread that asks the server for /healthz every INTERVAL_MS on its own keep-alive
// connection, away from the test's event loop (which builds megabyte bodies and reads replies).
// Latency is counted from when the probe meant to send, on a fixed timetable: a request that
// waits 2 s stands for the 200 requests the timetable held in that time, so one long stall is
// not averaged away by the quick answers around it (no coordinated omission).
import { Agent, get } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { host, port, intervalMs } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
let running = false;
let stoppedAt = Number.POSITIVE_INFINITY;
let samples = [];
let statuses = [];
let loop = Promise.resolve();
/** Give up the request in flight (status -1: still waiting when the probe stopped). */
let abandon = () => {};

function healthz() {
  return new Promise((resolve) => {
    const request = get({ host, port, path: '/healthz', agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', () => resolve(0));
    });
    request.on('error', () => resolve(0));
    abandon = () => {
      resolve(-1);
      request.destroy();
    };
  });
}

async function probe() {
  const start = performance.now();
  for (let tick = 0; running; tick++) {
    const due = start + tick * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (!running) break;
    const status = await healthz();
    const end = performance.now();
    statuses.push(status);
    // Every tick that fell due while this request waited (until the probe was stopped) is
    // answered now.
    samples.push(end - due);
    while (start + (tick + 1) * intervalMs < Math.min(end, stoppedAt)) {
      tick++;
      samples.push(end - (start + tick * intervalMs));
    }
  }
}

parentPort.on('message', async (message) => {
  if (message === 'start') {
    samples = [];
    statuses = [];
    stoppedAt = Number.POSITIVE_INFINITY;
    running = true;
    loop = probe();
    parentPort.postMessage({ started: true });
  } else if (message === 'stop') {
    running = false;
    stoppedAt = performance.now();
    // A server that is still stalled answers when it will: its wait so far is counted, and the
    // probe does not hold up the run (the test restarts a server that froze).
    const late = setTimeout(() => abandon(), 1000);
    await loop;
    clearTimeout(late);
    parentPort.postMessage({ samples, statuses });
  } else if (message === 'close') {
    agent.destroy();
    parentPort.close();
  }
});
