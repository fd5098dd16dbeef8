-- wrk script: the mixed workload of perf/questions.tsv, each request a new conversation.
--
--   wrk -t1 -c16 -d10s --latency -s perf/mixed.lua http://127.0.0.1:PORT/api/messages
--
-- Cycles through the questions (10 English, 10 French); every request has a conversation id never used before
-- ("perf-<random per thread>-<thread>-<counter>"), so that the bot starts a conversation each time, as for a user who
-- asks one question. The questions come from questions.tsv beside this script, or from the file $QUESTIONS.
-- At the end, done() prints one line of figures, key=value, for perf/load.sh to read:
--   mixed-result requests=N duration_s=S rps=R errors=E connect=. read=. write=. status=. timeout=. p50_ms=. p99_ms=.
-- (errors is the sum of the five kinds; status counts answers >= 400; latencies are wrk's, from its histogram.)
--
-- request() runs once per request and must stay cheap (wrk runs the client on the same 2 cores as the bot): each
-- question's whole HTTP request is formatted once, in init(), around a placeholder for the conversation id; request()
-- only concatenates prefix, id and suffix. The id has a fixed width, so the Content-Length of the formatted request
-- stays right.

local ID_DIGITS = 10 -- the counter's width: 10^10 requests per thread before an id would grow

-- Where this file is, as wrk loaded it (luaL_dofile: source is "@path/to/mixed.lua").
local function script_dir()
  local source = debug.getinfo(1, "S").source
  return source:match("^@(.*)/[^/]*$") or "."
end

local function read_questions(path)
  local questions = {}
  local file = assert(io.open(path, "r"), "mixed.lua: cannot read " .. path)
  for line in file:lines() do
    line = line:gsub("\r$", "")
    if line ~= "" and line:sub(1, 1) ~= "#" then
      local locale, expected, text = line:match("^([^\t]+)\t([^\t]+)\t(.+)$")
      assert(locale, "mixed.lua: not locale<TAB>expected<TAB>question: " .. line)
      questions[#questions + 1] = { locale = locale, text = text }
    end
  end
  file:close()
  assert(#questions > 0, "mixed.lua: no question in " .. path)
  return questions
end

local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    if c == '"' or c == "\\" then return "\\" .. c end
    return string.format("\\u%04x", c:byte())
  end) .. '"'
end

-- 12 hex digits from /dev/urandom: threads and runs (warm-up, rounds) never share conversation ids, even when they
-- start in the same second.
local function random_hex()
  local file = io.open("/dev/urandom", "rb")
  if not file then
    math.randomseed(os.time() + math.floor(os.clock() * 1e6))
    return string.format("%06x%06x", math.random(0, 0xffffff), math.random(0, 0xffffff))
  end
  local bytes = file:read(6)
  file:close()
  return (bytes:gsub(".", function(c) return string.format("%02x", c:byte()) end))
end

local questions = read_questions(os.getenv("QUESTIONS") or (script_dir() .. "/questions.tsv"))

-- setup() runs in wrk's main Lua state, once per thread, before the thread's init(): numbers the threads.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

local prefixes, suffixes, id_head, counter = {}, {}, nil, 0

function init(args)
  id_head = string.format("perf-%s-%02d-", random_hex(), thread_number or 0)
  local placeholder = id_head .. string.rep("0", ID_DIGITS)
  for i, q in ipairs(questions) do
    local body = '{"type":"message","text":' .. json_string(q.text) .. ',"locale":' .. json_string(q.locale)
      .. ',"from":{"id":"perf-user"},"recipient":{"id":"bot"},"conversation":{"id":"' .. placeholder .. '"}'
      .. ',"channelId":"emulator","serviceUrl":"http://localhost","deliveryMode":"expectReplies"}'
    -- wrk.format adds wrk.headers (Host) and the Content-Length of this body, the same length with the real id.
    local formatted = wrk.format("POST", wrk.path, { ["Content-Type"] = "application/json" }, body)
    local first, last = formatted:find(placeholder, 1, true)
    prefixes[i] = formatted:sub(1, first - 1) .. id_head
    suffixes[i] = formatted:sub(last + 1)
  end
end

function request()
  local i = counter % #questions + 1
  counter = counter + 1
  return prefixes[i] .. string.format("%010d", counter) .. suffixes[i]
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "mixed-result requests=%d duration_s=%.2f rps=%.1f errors=%d connect=%d read=%d write=%d status=%d timeout=%d"
      .. " p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, seconds, summary.requests / seconds, errors, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
