-- The Paritrana Award dossier's registers (docs/reports.md): the regency's regulations on
-- covering informal workers, and its innovations. A regency admin keeps them; every internal role
-- reads them; the dossier report lists them.

-- A regulation, decree, instruction or circular the regency issued (or relies on).
CREATE TABLE regulations (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- perda (regional regulation), perbup (regent's regulation), kepbup (regent's decree),
  -- instruksi (instruction), surat_edaran (circular), mou, other
  kind       text NOT NULL CHECK (kind IN ('perda', 'perbup', 'kepbup', 'instruksi', 'surat_edaran', 'mou', 'other')),
  number     text NOT NULL,
  title      text NOT NULL,
  issued_on  date NOT NULL,
  notes      text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (kind, number)
);

-- A new way of working the regency started (a village desk, a CSR campaign, a data link).
CREATE TABLE innovations (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name        text NOT NULL UNIQUE,
  started_on  date NOT NULL,
  description text NOT NULL,
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
