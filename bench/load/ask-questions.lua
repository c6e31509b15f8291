-- Rotates GET /api/ask over questions of our own, written in patients' words (none taken from the benchmark data).
local questions = {
  "can massage help a slipped disc",
  "why are my feet and ankles so puffy in the evening",
  "my lower back hurts when I bend over, what can I do",
  "what are the side effects of ibuprofen",
  "is it safe to crack my neck every day",
  "pain shooting down the back of my leg after lifting a box",
  "how is a herniated disc in the neck treated",
  "my daughter has a curved spine, will it get worse",
}
local i = 0
request = function()
  i = i % #questions + 1
  return wrk.format("GET", "/api/ask?q=" .. questions[i]:gsub(" ", "+"))
end
