-- wrk script for bench/web/latency.sh: one path ($PAGE_PATH), every answer counted by status class, a summary line
-- with the percentiles the targets name (p95 among them, which wrk's --latency table leaves out).
local path = os.getenv("PAGE_PATH")
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  s2, s5, other = 0, 0, 0
end

function request()
  return wrk.format("GET", path, {["Accept-Encoding"] = "gzip"})
end

function response(status, headers, body)
  if status >= 500 then s5 = s5 + 1 elseif status < 300 then s2 = s2 + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local c2, c5, co = 0, 0, 0
  for _, t in ipairs(threads) do c2 = c2 + t:get("s2"); c5 = c5 + t:get("s5"); co = co + t:get("other") end
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f s2xx=%d s5xx=%d other=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, c2, c5, co))
end
