-- wrk script for bench/load: a mix of search, the place API, the place page and the graph ranking, over the places
-- and names in $LOAD_IDS and $LOAD_NAMES (one a line, written by run.sh; names already URL-encoded).
-- Counts answers by status class; done() prints one line "RESULT key=value ..." that run.sh reads.
local function lines(path)
  local out = {}
  for line in io.lines(path) do
    if line ~= "" then out[#out + 1] = line end
  end
  return out
end

local ids = lines(os.getenv("LOAD_IDS"))
local names = lines(os.getenv("LOAD_NAMES"))
local measures = {"degree", "pagerank", "betweenness"}
local threads = {}

-- the mix, out of 100: search 30, place API 30, place page 25, graph ranking 15
local function next_path()
  local r = math.random(100)
  if r <= 30 then
    return "/api/v1/places?q=" .. names[math.random(#names)]
  elseif r <= 60 then
    return "/api/v1/places/" .. ids[math.random(#ids)]
  elseif r <= 85 then
    return "/places/" .. ids[math.random(#ids)]
  else
    return "/api/v1/graph/ranking?limit=20&by=" .. measures[math.random(#measures)]
  end
end

function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  math.randomseed(1000 + id)
  s2, s3, s4, s5 = 0, 0, 0, 0
end

function request()
  return wrk.format("GET", next_path(), {["Accept-Language"] = "zh-CN"})
end

function response(status, headers, body)
  if status >= 500 then s5 = s5 + 1
  elseif status >= 400 then s4 = s4 + 1
  elseif status >= 300 then s3 = s3 + 1
  else s2 = s2 + 1 end
end

function done(summary, latency, requests)
  local c2, c3, c4, c5 = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    c2 = c2 + t:get("s2"); c3 = c3 + t:get("s3"); c4 = c4 + t:get("s4"); c5 = c5 + t:get("s5")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f s2xx=%d s3xx=%d s4xx=%d s5xx=%d socket_errors=%d\n",
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, c2, c3, c4, c5,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
