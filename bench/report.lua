-- wrk script: rotates through the request paths given in the environment variable PATHS
-- (separated by '|') and prints one machine-readable line with throughput and latency percentiles.
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "/", "[^|]+") do
  table.insert(paths, p)
end
local counter = 0

request = function()
  counter = counter + 1
  local headers = { ["Accept"] = os.getenv("ACCEPT") or "text/html" }
  if os.getenv("COOKIE") and os.getenv("COOKIE") ~= "" then
    headers["Cookie"] = os.getenv("COOKIE") -- a logged-in session (pages are then rendered, never cached)
  end
  return wrk.format("GET", paths[(counter % #paths) + 1], headers)
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1000000
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors, summary.errors.status))
end
