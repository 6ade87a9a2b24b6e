-- Version 6 -> 7: a document whose effect nothing states or ends, but whose own text gives the day it takes effect,
-- is "Còn hiệu lực" from that day ("Chưa có hiệu lực" before it). No column changes: the effect of every document is
-- decided again in the upgrade's transaction (IndexSchema) on the machine's Vietnam day; the reference facts an
-- office imported are applied again at the next write.
SELECT 1;
