-- wrk reporter: latency percentiles including p95, in milliseconds.
done = function(summary, latency, requests)
  io.write(string.format("requests=%d duration_s=%.1f rps=%.1f errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
  for _, p in pairs({50, 90, 95, 99}) do
    io.write(string.format("p%d_ms=%.2f\n", p, latency:percentile(p) / 1000))
  end
end
