-- Allocation plans: who is covered, by which funder, for which months. A plan is made as a draft;
-- an admin approves it, after which it is a frozen snapshot (the triggers below refuse changes) and
-- the input of enrolment. A revision of an approved plan supersedes it when approved.
CREATE TABLE plans (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  period_from  date NOT NULL,
  period_to    date NOT NULL,
  status       text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'superseded')),
  revises      bigint REFERENCES plans (id),
  -- the figures of the plan as made: funders, covered, waitlist, excluded by reason, flags
  summary      jsonb NOT NULL,
  created_by   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  approved_by  text,
  approved_at  timestamptz,
  CHECK (period_to >= period_from)
);

-- Each funder's terms as they were when the plan was made: later edits to a funder do not change it.
CREATE TABLE plan_funders (
  plan_id     bigint NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  funder_id   bigint NOT NULL REFERENCES funders (id),
  per_person  bigint NOT NULL,
  capacity    integer NOT NULL,
  allocated   integer NOT NULL,
  cost        bigint NOT NULL,
  PRIMARY KEY (plan_id, funder_id)
);

-- Every eligible person ranked for the plan: covered (months > 0) or waiting (months = 0). The area
-- columns scope who may see the row; they are copied so the snapshot never follows a move.
CREATE TABLE plan_persons (
  plan_id        bigint NOT NULL,
  person_id      bigint NOT NULL,
  rank           integer NOT NULL,
  tier           smallint NOT NULL,
  desil          smallint,
  regency_code   text NOT NULL,
  kecamatan_code text,
  desa_code      text,
  months         smallint NOT NULL,
  -- what the person's cover costs in this plan, all funders together (integer rupiah)
  cost           bigint NOT NULL,
  short_spell    boolean NOT NULL,
  gap            boolean NOT NULL,
  PRIMARY KEY (plan_id, rank)
);

-- Who pays for a person in which months; a person has at most one funder in any month. Only the
-- key is indexed: a million rows are written per plan, and every read so far goes by plan.
CREATE TABLE plan_spells (
  plan_id     bigint NOT NULL,
  person_id   bigint NOT NULL,
  funder_id   bigint NOT NULL,
  month_from  date NOT NULL,
  month_to    date NOT NULL,
  PRIMARY KEY (plan_id, person_id, month_from)
);

-- A plan that is no longer a draft keeps its rows as they were.
CREATE FUNCTION plan_rows_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM plans WHERE id = OLD.plan_id AND status <> 'draft') THEN
    RAISE EXCEPTION 'plan % is approved: its rows cannot change', OLD.plan_id;
  END IF;
  RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER plan_funders_frozen BEFORE UPDATE OR DELETE ON plan_funders
  FOR EACH ROW EXECUTE FUNCTION plan_rows_frozen();
CREATE TRIGGER plan_persons_frozen BEFORE UPDATE OR DELETE ON plan_persons
  FOR EACH ROW EXECUTE FUNCTION plan_rows_frozen();
CREATE TRIGGER plan_spells_frozen BEFORE UPDATE OR DELETE ON plan_spells
  FOR EACH ROW EXECUTE FUNCTION plan_rows_frozen();

-- An approved plan changes only to superseded; a superseded one never.
CREATE FUNCTION plan_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN RAISE EXCEPTION 'plan % is %: it cannot be deleted', OLD.id, OLD.status; END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'superseded' OR (OLD.status = 'approved' AND (NEW.status <> 'superseded'
      OR NEW.summary IS DISTINCT FROM OLD.summary OR NEW.period_from <> OLD.period_from
      OR NEW.period_to <> OLD.period_to)) THEN
    RAISE EXCEPTION 'plan % is %: it cannot change', OLD.id, OLD.status;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER plans_frozen BEFORE UPDATE OR DELETE ON plans
  FOR EACH ROW EXECUTE FUNCTION plan_frozen();
