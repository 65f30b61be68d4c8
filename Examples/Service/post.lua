-- wrk script: POST the example briefing (wrk -s post.lua URL). The briefing's path may be set with BRIEFING.
local path = os.getenv("BRIEFING") or "../vietnam-uk-2025.yaml"
local f = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/yaml"

-- The responses that were not a success, to show there were none.
function done(summary, latency, requests)
  io.write(string.format("responses that were not 2xx or 3xx: %d\n", summary.errors.status))
end
