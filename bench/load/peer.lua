-- wrk script for one path ($PEER_PATH): bench/load's peer line (the same client and summary line as mix.lua) and
-- bench/web/latency.sh's place page. $PEER_GZIP set: the request accepts gzip, as a browser does.
local path = os.getenv("PEER_PATH")
local headers = os.getenv("PEER_GZIP") and {["Accept-Encoding"] = "gzip"} or {}
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  s2, s5, other = 0, 0, 0
end

function request()
  return wrk.format("GET", path, headers)
end

function response(status, headers, body)
  if status >= 500 then s5 = s5 + 1 elseif status < 300 then s2 = s2 + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local c2, c5 = 0, 0
  for _, t in ipairs(threads) do c2 = c2 + t:get("s2"); c5 = c5 + t:get("s5") end
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.1f p90_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f s2xx=%d s5xx=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, c2, c5))
end
