-- wrk script: POST one case-facts document to /api/guidance.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"age": 45, "back_pain": true, "leg_pain": "one_leg", "onset_days": 10, "pain_score": 6, "saddle_numbness": false, "bladder_or_bowel_change": false, "weakness": "none", "diagnosis": "ldh", "requested_treatment": "massage"}'
