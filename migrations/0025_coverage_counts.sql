-- Coverage counts kept up to date as memberships and persons change (docs/dashboard.md), so the
-- dashboard reads a few thousand counters instead of joining a million memberships to millions of
-- persons on every view.
--
-- A person is covered on a day when a membership BPJS accepted covers it: an active one from its
-- agreed start (active_from) to the last day of its last month; a lapsed or ended one only to the
-- day it ended (as the public check and claims read cover).
-- A person's memberships are merged into spells first, so a person counts once on any day.

-- Each covered person's spells, with the person's area and traits as they were counted: taking a
-- spell out subtracts exactly what adding it added, whatever changed since.
CREATE TABLE coverage_spells (
  person_id  bigint NOT NULL,
  from_day   date NOT NULL,
  to_day     date NOT NULL,
  -- the most precise area the address names: desa, else kecamatan, else regency
  area_code  text NOT NULL,
  occupation text NOT NULL,
  desil      text NOT NULL,
  sex        text NOT NULL,
  birth_year text NOT NULL,
  PRIMARY KEY (person_id, from_day)
);
CREATE INDEX coverage_spells_from_idx ON coverage_spells (from_day);
CREATE INDEX coverage_spells_to_idx ON coverage_spells (to_day);

-- The day the counters below are for; moved forward (rolled) when a dashboard is read on a later day.
CREATE TABLE coverage_clock (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  day      date NOT NULL
);

-- Persons covered on the clock's day per area and per trait. `dimension` is 'all' (value ''),
-- 'occupation', 'desil', 'sex' or 'birth_year'; '' is an unknown value.
CREATE TABLE coverage_now (
  area_code text NOT NULL,
  dimension text NOT NULL,
  value     text NOT NULL,
  covered   integer NOT NULL,
  PRIMARY KEY (area_code, dimension, value)
);

-- Persons covered on the last day of each month before the clock's day, per area: the trend.
CREATE TABLE coverage_months (
  month     date NOT NULL,
  area_code text NOT NULL,
  covered   integer NOT NULL,
  PRIMARY KEY (month, area_code)
);

-- The waitlist of an approved plan per area: a plan is frozen once approved, so this is computed once.
CREATE TABLE coverage_waitlist (
  plan_id   bigint NOT NULL REFERENCES plans (id),
  area_code text NOT NULL,
  persons   integer NOT NULL,
  PRIMARY KEY (plan_id, area_code)
);

-- Adds (sign 1) or takes out (sign -1) spells to the counters of the clock's day and of past months.
CREATE FUNCTION coverage_count(spells coverage_spells[], sign integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  today date := (SELECT day FROM coverage_clock);
BEGIN
  INSERT INTO coverage_now (area_code, dimension, value, covered)
  SELECT s.area_code, d.dimension, d.value, sign * count(*)
  FROM unnest(spells) s
  CROSS JOIN LATERAL (VALUES ('all', ''), ('occupation', s.occupation), ('desil', s.desil),
                             ('sex', s.sex), ('birth_year', s.birth_year)) AS d (dimension, value)
  WHERE s.from_day <= today AND today <= s.to_day
  GROUP BY s.area_code, d.dimension, d.value
  ON CONFLICT (area_code, dimension, value) DO UPDATE SET covered = coverage_now.covered + EXCLUDED.covered;

  INSERT INTO coverage_months (month, area_code, covered)
  SELECT m.month, s.area_code, sign * count(*)
  FROM unnest(spells) s
  CROSS JOIN LATERAL generate_series(date_trunc('month', s.from_day),
                                     date_trunc('month', least(s.to_day, today)), interval '1 month') AS g (m0)
  CROSS JOIN LATERAL (SELECT g.m0::date AS month, (g.m0 + interval '1 month - 1 day')::date AS last_day) AS m
  WHERE m.last_day < today AND s.from_day <= m.last_day AND m.last_day <= s.to_day
  GROUP BY m.month, s.area_code
  ON CONFLICT (month, area_code) DO UPDATE SET covered = coverage_months.covered + EXCLUDED.covered;
END $$;

-- Recounts these persons: takes their spells out, merges their memberships into spells again
-- (overlapping or touching memberships make one spell) and adds them back.
CREATE FUNCTION coverage_recount(persons bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  gone coverage_spells[];
  made coverage_spells[];
BEGIN
  IF cardinality(persons) = 0 THEN RETURN; END IF;
  WITH deleted AS (DELETE FROM coverage_spells WHERE person_id = ANY(persons) RETURNING *)
  SELECT array_agg(d::coverage_spells) INTO gone FROM deleted d;
  IF gone IS NOT NULL THEN PERFORM coverage_count(gone, -1); END IF;

  WITH cover AS (
    SELECT m.person_id, m.active_from AS f,
           least((m.end_month + interval '1 month - 1 day')::date, coalesce(m.ended_on, 'infinity'::date)) AS t
    FROM memberships m
    WHERE m.person_id = ANY(persons) AND m.active_from IS NOT NULL
      AND (m.status = 'active' OR (m.status IN ('lapsed', 'ended') AND m.ended_on IS NOT NULL))
  ), marked AS (
    SELECT person_id, f, t,
           CASE WHEN f <= max(t) OVER (PARTITION BY person_id ORDER BY f, t
                                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) + 1
                THEN 0 ELSE 1 END AS starts
    FROM cover WHERE f <= t
  ), islands AS (
    SELECT person_id, f, t, sum(starts) OVER (PARTITION BY person_id ORDER BY f, t) AS island FROM marked
  ), inserted AS (
    INSERT INTO coverage_spells (person_id, from_day, to_day, area_code, occupation, desil, sex, birth_year)
    SELECT i.person_id, min(i.f), max(i.t),
           coalesce(p.desa_code, p.kecamatan_code, p.regency_code), coalesce(p.occupation, ''),
           coalesce(p.desil::text, ''), coalesce(p.sex, ''), coalesce(extract(year FROM p.birth_date)::text, '')
    FROM islands i JOIN persons p ON p.id = i.person_id
    GROUP BY i.person_id, i.island, p.desa_code, p.kecamatan_code, p.regency_code, p.occupation, p.desil,
             p.sex, p.birth_date
    RETURNING *
  )
  SELECT array_agg(n::coverage_spells) INTO made FROM inserted n;
  IF made IS NOT NULL THEN PERFORM coverage_count(made, 1); END IF;
END $$;

-- Moves the counters to a later day: spells that begin or end between the two days, and the
-- months whose last day was passed, counted from the spells.
CREATE FUNCTION coverage_roll(target date) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  was date := (SELECT day FROM coverage_clock FOR UPDATE);
BEGIN
  IF target <= was THEN RETURN; END IF;
  INSERT INTO coverage_months (month, area_code, covered)
  SELECT m.month, s.area_code, count(*)
  FROM generate_series(date_trunc('month', was), date_trunc('month', target), interval '1 month') AS g (m0)
  CROSS JOIN LATERAL (SELECT g.m0::date AS month, (g.m0 + interval '1 month - 1 day')::date AS last_day) AS m
  JOIN coverage_spells s ON s.from_day <= m.last_day AND m.last_day <= s.to_day
  WHERE was <= m.last_day AND m.last_day < target
  GROUP BY m.month, s.area_code
  ON CONFLICT (month, area_code) DO UPDATE SET covered = coverage_months.covered + EXCLUDED.covered;

  INSERT INTO coverage_now (area_code, dimension, value, covered)
  SELECT s.area_code, d.dimension, d.value, sum(s.sign)
  FROM (SELECT *, 1 AS sign FROM coverage_spells WHERE from_day > was AND from_day <= target AND to_day >= target
        UNION ALL
        SELECT *, -1 FROM coverage_spells WHERE to_day >= was AND to_day < target AND from_day <= was) s
  CROSS JOIN LATERAL (VALUES ('all', ''), ('occupation', s.occupation), ('desil', s.desil),
                             ('sex', s.sex), ('birth_year', s.birth_year)) AS d (dimension, value)
  GROUP BY s.area_code, d.dimension, d.value
  ON CONFLICT (area_code, dimension, value) DO UPDATE SET covered = coverage_now.covered + EXCLUDED.covered;
  UPDATE coverage_clock SET day = target;
END $$;

-- The memberships a statement touched: recount their persons when what counts changed.
CREATE FUNCTION coverage_memberships_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM coverage_recount(ARRAY(SELECT DISTINCT person_id FROM new_rows
                                 WHERE status IN ('active', 'lapsed', 'ended') AND active_from IS NOT NULL));
  RETURN NULL;
END $$;

CREATE FUNCTION coverage_memberships_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM coverage_recount(ARRAY(
    SELECT o.person_id FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.person_id, o.status, o.active_from, o.end_month, o.ended_on)
          IS DISTINCT FROM (n.person_id, n.status, n.active_from, n.end_month, n.ended_on)
    UNION
    SELECT n.person_id FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.person_id, o.status, o.active_from, o.end_month, o.ended_on)
          IS DISTINCT FROM (n.person_id, n.status, n.active_from, n.end_month, n.ended_on)));
  RETURN NULL;
END $$;

CREATE FUNCTION coverage_memberships_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM coverage_recount(ARRAY(SELECT DISTINCT person_id FROM old_rows));
  RETURN NULL;
END $$;

-- A covered person who moved, changed occupation or desil, or was merged away is recounted.
CREATE FUNCTION coverage_persons_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM coverage_recount(ARRAY(
    SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.desa_code, o.kecamatan_code, o.regency_code, o.occupation, o.desil, o.sex, o.birth_date)
          IS DISTINCT FROM (n.desa_code, n.kecamatan_code, n.regency_code, n.occupation, n.desil, n.sex, n.birth_date)
      AND EXISTS (SELECT 1 FROM coverage_spells s WHERE s.person_id = n.id)));
  RETURN NULL;
END $$;

CREATE FUNCTION coverage_persons_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM coverage_recount(ARRAY(
    SELECT o.id FROM old_rows o WHERE EXISTS (SELECT 1 FROM coverage_spells s WHERE s.person_id = o.id)));
  RETURN NULL;
END $$;

CREATE TRIGGER coverage_memberships_insert AFTER INSERT ON memberships
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_memberships_inserted();
CREATE TRIGGER coverage_memberships_update AFTER UPDATE ON memberships
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION coverage_memberships_updated();
CREATE TRIGGER coverage_memberships_delete AFTER DELETE ON memberships
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_memberships_deleted();
CREATE TRIGGER coverage_persons_update AFTER UPDATE ON persons
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION coverage_persons_updated();
CREATE TRIGGER coverage_persons_delete AFTER DELETE ON persons
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_persons_deleted();

-- Existing installations: count what is there today.
INSERT INTO coverage_clock (day) VALUES (current_date);
SELECT coverage_recount(ARRAY(SELECT DISTINCT person_id FROM memberships));
