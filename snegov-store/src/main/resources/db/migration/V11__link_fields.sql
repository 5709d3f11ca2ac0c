-- Each link keeps its per-field explanation, so a person page can show why two records were linked without
-- training the model again: "field:level:weight:tf" entries joined by ";" (weights in log2 odds), or null.
ALTER TABLE links ADD COLUMN fields TEXT;
