-- A journal as Limber's schema version 1 wrote it, with one entry of every kind.
-- test-journal loads this into a fresh file and checks the upgrade to the current version.
PRAGMA application_id = 1282237042;
PRAGMA user_version = 1;
CREATE TABLE entry (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('run', 'soreness', 'hydration', 'fascia')),
  day INTEGER NOT NULL,
  time INTEGER CHECK (time BETWEEN 0 AND 86399),
  notes TEXT,
  created INTEGER NOT NULL,
  updated INTEGER NOT NULL
) STRICT;
CREATE INDEX entry_kind_day ON entry (kind, day);
CREATE INDEX entry_day ON entry (day, time);
CREATE TABLE run (
  entry_id INTEGER PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
  distance REAL NOT NULL,
  duration REAL NOT NULL,
  rpe INTEGER CHECK (rpe BETWEEN 0 AND 10),
  run_kind TEXT NOT NULL,
  surface TEXT,
  temperature REAL,
  shoes TEXT
) STRICT;
CREATE TABLE soreness (
  entry_id INTEGER PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
  zone TEXT NOT NULL,
  side TEXT NOT NULL,
  level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),
  quality TEXT NOT NULL,
  limits_walking INTEGER NOT NULL,
  disturbs_sleep INTEGER NOT NULL
) STRICT;
CREATE TABLE hydration (
  entry_id INTEGER PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
  volume REAL NOT NULL
) STRICT;
CREATE TABLE fascia_session (
  entry_id INTEGER PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
  duration INTEGER NOT NULL,
  fascia_kind TEXT NOT NULL
) STRICT;
CREATE TABLE fascia_item (
  session_id INTEGER NOT NULL REFERENCES fascia_session (entry_id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  move TEXT,
  zone TEXT NOT NULL,
  side TEXT NOT NULL,
  seconds INTEGER NOT NULL,
  PRIMARY KEY (session_id, position)
) STRICT;

-- Day 739558 is 2025-11-03 (a Monday).
INSERT INTO entry VALUES (1, '5f0c7e1a-1d2b-4c3d-8e4f-a5b6c7d8e9f0', 'run', 739558, 25200,
                          'Easy loop by the river', 1762150000, 1762150000);
INSERT INTO run VALUES (1, 8040.0, 2760.0, 3, 'easy', 'road', 9.5, 'Daily trainers');
INSERT INTO entry VALUES (2, '6a1d8f2b-2e3c-4d4e-9f50-b6c7d8e9f0a1', 'soreness', 739559, NULL,
                          NULL, 1762160000, 1762160000);
INSERT INTO soreness VALUES (2, 'calf', 'left', 4, 'tight', 0, 0);
INSERT INTO entry VALUES (3, '7b2e9a3c-3f4d-4e5f-a061-c7d8e9f0a1b2', 'hydration', 739559, 36000,
                          NULL, 1762160100, 1762160100);
INSERT INTO hydration VALUES (3, 500.0);
INSERT INTO entry VALUES (4, '8c3fab4d-4a5e-4f60-b172-d8e9f0a1b2c3', 'fascia', 739560, 75600,
                          NULL, 1762170000, 1762170000);
INSERT INTO fascia_session VALUES (4, 600, 'self');
INSERT INTO fascia_item VALUES (4, 0, 'calf-roll', 'calf', 'left', 120);
INSERT INTO fascia_item VALUES (4, 1, 'calf-roll', 'calf', 'right', 120);
INSERT INTO fascia_item VALUES (4, 2, 'figure-four', 'hip', 'left', 90);
