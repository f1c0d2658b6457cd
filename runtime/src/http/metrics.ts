// Prometheus metrics in the text exposition format (0.0.4): request counts
// and a latency histogram per route pattern, plus process gauges. Small
// enough to own instead of adding a client library.
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  labels: Record<string, string>;
  count: number;
  sum: number;
  buckets: number[];
}

function labelText(labels: Record<string, string>): string {
  const parts = Object.entries(labels).map(
    ([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`,
  );
  return parts.length ? `{${parts.join(',')}}` : '';
}

export class Metrics {
  readonly #requests = new Map<string, Series>();
  readonly #counters = new Map<string, { help: string; values: Map<string, number> }>();

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    const labels = { method, route, status: String(status) };
    const key = labelText(labels);
    let s = this.#requests.get(key);
    if (!s) {
      s = { labels, count: 0, sum: 0, buckets: BUCKETS.map(() => 0) };
      this.#requests.set(key, s);
    }
    s.count += 1;
    s.sum += seconds;
    BUCKETS.forEach((b, i) => {
      if (seconds <= b) s.buckets[i]! += 1;
    });
  }

  /** Counts a named event, e.g. failed logins, with optional labels. */
  increment(name: string, help: string, labels: Record<string, string> = {}): void {
    let c = this.#counters.get(name);
    if (!c) {
      c = { help, values: new Map() };
      this.#counters.set(name, c);
    }
    const key = labelText(labels);
    c.values.set(key, (c.values.get(key) ?? 0) + 1);
  }

  exposition(): string {
    const out: string[] = [];
    out.push('# HELP http_requests_total HTTP requests by method, route pattern and status.');
    out.push('# TYPE http_requests_total counter');
    for (const s of this.#requests.values())
      out.push(`http_requests_total${labelText(s.labels)} ${s.count}`);
    out.push('# HELP http_request_duration_seconds HTTP request latency by route pattern.');
    out.push('# TYPE http_request_duration_seconds histogram');
    for (const s of this.#requests.values()) {
      for (const [i, b] of BUCKETS.entries()) {
        const labels = labelText({ ...s.labels, le: String(b) });
        out.push(`http_request_duration_seconds_bucket${labels} ${s.buckets[i]}`);
      }
      out.push(
        `http_request_duration_seconds_bucket${labelText({ ...s.labels, le: '+Inf' })} ${s.count}`,
      );
      out.push(`http_request_duration_seconds_sum${labelText(s.labels)} ${s.sum}`);
      out.push(`http_request_duration_seconds_count${labelText(s.labels)} ${s.count}`);
    }
    for (const [name, c] of this.#counters) {
      out.push(`# HELP ${name} ${c.help}`, `# TYPE ${name} counter`);
      for (const [labels, v] of c.values) out.push(`${name}${labels} ${v}`);
    }
    const mem = process.memoryUsage();
    out.push('# HELP process_resident_memory_bytes Resident memory size in bytes.');
    out.push('# TYPE process_resident_memory_bytes gauge');
    out.push(`process_resident_memory_bytes ${mem.rss}`);
    out.push('# HELP nodejs_heap_used_bytes V8 heap in use, in bytes.');
    out.push('# TYPE nodejs_heap_used_bytes gauge');
    out.push(`nodejs_heap_used_bytes ${mem.heapUsed}`);
    const cpu = process.cpuUsage();
    out.push('# HELP process_cpu_seconds_total User and system CPU time spent, in seconds.');
    out.push('# TYPE process_cpu_seconds_total counter');
    out.push(`process_cpu_seconds_total ${(cpu.user + cpu.system) / 1e6}`);
    out.push('# HELP process_uptime_seconds Seconds since the process started.');
    out.push('# TYPE process_uptime_seconds gauge');
    out.push(`process_uptime_seconds ${process.uptime()}`);
    return `${out.join('\n')}\n`;
  }
}

/** Records every request under its route pattern (not its URL, to bound the label set). */
export function metricsMiddleware(metrics: Metrics): MiddlewareHandler {
  return async function recordMetrics(c, next) {
    const start = performance.now();
    await next();
    const route = c.res.status === 404 && routePath(c) === '/*' ? 'unmatched' : routePath(c);
    metrics.observeRequest(c.req.method, route, c.res.status, (performance.now() - start) / 1000);
  };
}
