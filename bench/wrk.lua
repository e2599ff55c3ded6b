-- Replays the requests `Bench requests` prepared (bench/src/.../WrkRequests.java) with wrk, a
-- native load generator, each connection taking them in turn, and prints one RESULT line as the
-- Java generator does: RESULT|label|workers|ops/s|p50 ms|p99 ms|count|errors.
--   BENCH_REQUESTS  the prepared file: one request per line, path, headers, body, tab-separated
--   BENCH_EXPECT    text every answer's body must contain (besides HTTP 200), or unset
--   BENCH_LABEL, BENCH_WORKERS  for the RESULT line
-- An answer that is not 200, or lacks BENCH_EXPECT, counts as an error, as do socket errors and
-- timeouts; wrk's own count of requests includes them.

local expect = os.getenv("BENCH_EXPECT")
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  requests = {}
  for line in io.lines(os.getenv("BENCH_REQUESTS")) do
    local fields = {}
    for field in string.gmatch(line, "[^\t]+") do
      table.insert(fields, field)
    end
    local headers = {}
    for i = 2, #fields - 1 do
      local name, value = string.match(fields[i], "^([^:]+): (.*)$")
      headers[name] = value
    end
    table.insert(requests, wrk.format("POST", fields[1], headers, fields[#fields]))
  end
  -- threads start at different requests, so that all of them are in use from the start
  nextRequest = id % #requests + 1
  failed = 0
end

function request()
  local r = requests[nextRequest]
  nextRequest = nextRequest % #requests + 1
  return r
end

function response(status, headers, body)
  if status ~= 200 or (expect and not string.find(body, expect, 1, true)) then
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  for _, thread in ipairs(threads) do
    errors = errors + thread:get("failed")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT|%s|%s|%.1f|%.1f|%.1f|%d|%d\n", os.getenv("BENCH_LABEL"),
    os.getenv("BENCH_WORKERS"), summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.requests, errors))
end
