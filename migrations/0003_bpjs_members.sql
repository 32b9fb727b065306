-- BPJS membership lists: people already covered. A source is either a list of people to protect
-- ('people') or BPJS's own list of members ('bpjs-members'); the latter's records carry the
-- membership, and every person linked to an active one counts as already covered.

ALTER TABLE sources ADD COLUMN kind text NOT NULL DEFAULT 'people' CHECK (kind IN ('people', 'bpjs-members'));

ALTER TABLE source_records ADD COLUMN membership_status text CHECK (membership_status IN ('active', 'inactive'));
ALTER TABLE source_records ADD COLUMN segment text;
ALTER TABLE source_records ADD COLUMN member_since date;
ALTER TABLE source_records ADD COLUMN payer text;

-- Who is covered by BPJS already, by which membership list, since when.
CREATE VIEW bpjs_coverage AS
SELECT l.person_id, r.kpj, r.membership_status, r.segment, r.member_since, r.payer, r.source,
       r.batch_id, r.row_number, r.regency_code
FROM record_links l
JOIN source_records r ON r.batch_id = l.batch_id AND r.row_number = l.row_number
JOIN sources s ON s.name = r.source
WHERE s.kind = 'bpjs-members';
