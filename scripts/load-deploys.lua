-- wrk script for `scripts/load deploys`: every request a deploy of a person of its own (thread number and counter),
-- one day on KFOR, under an Idempotency-Key of its own, so each is a new write the law decides near the ceiling.
-- Counts the answers by status in each thread; done() adds them up and prints them.
local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  counts = {}
end

function request()
  counter = counter + 1
  local person = string.format("L%d-%d", id, counter)
  local body = string.format(
    '{"operation":"KFOR","person":"%s","task":"reconnaissance","from":"2025-07-01","to":"2025-07-01"}', person)
  -- Headers given here replace those of -H: keep them (the bearer token).
  local headers = { ["Content-Type"] = "application/json", ["Idempotency-Key"] = "load-" .. person }
  for name, value in pairs(wrk.headers) do headers[name] = value end
  return wrk.format("POST", "/api/tours", headers, body)
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local all = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("counts")) do all[status] = (all[status] or 0) + n end
  end
  local statuses = {}
  for status, n in pairs(all) do table.insert(statuses, string.format("%d=%d", status, n)) end
  table.sort(statuses)
  io.write(string.format("statuses: %s\n", table.concat(statuses, " ")))
  io.write(string.format("written: %d\nrefused: %d\n", all[201] or 0, all[422] or 0))
  io.write(string.format("p99-ms: %.1f\n", latency:percentile(99) / 1000))
end
