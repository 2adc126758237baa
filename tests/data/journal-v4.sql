-- What Limber's schema versions 2 to 4 added, written over journal-v1.sql: the journal as
-- version 4 left it, with a fascia session's mobility results and a dismissed
-- recommendation besides the entries of version 1. test-journal checks the upgrade to 5.
PRAGMA user_version = 4;
CREATE TABLE mobility_result (
  session_id INTEGER NOT NULL REFERENCES fascia_session (entry_id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  test TEXT NOT NULL,
  side TEXT NOT NULL,
  phase TEXT NOT NULL CHECK (phase IN ('before', 'after')),
  value REAL NOT NULL,
  PRIMARY KEY (session_id, position)
) STRICT;
CREATE INDEX soreness_zone_side ON soreness (zone, side);
CREATE TABLE track (
  entry_id INTEGER PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
  points INTEGER NOT NULL CHECK (points >= 0),
  data BLOB NOT NULL
) STRICT;
CREATE TABLE dismissal (
  fingerprint TEXT PRIMARY KEY,
  rule TEXT NOT NULL,
  zone TEXT,
  side TEXT,
  dismissed_until INTEGER NOT NULL,
  created INTEGER NOT NULL
) STRICT;

INSERT INTO mobility_result VALUES (4, 0, 'toe_touch', 'centre', 'before', -6.0);
INSERT INTO mobility_result VALUES (4, 1, 'toe_touch', 'centre', 'after', -3.5);
-- Day 739570 is 2025-11-15.
INSERT INTO dismissal VALUES ('0123456789abcdef', 'hydration-low', NULL, NULL, 739570,
                              1762180000);
