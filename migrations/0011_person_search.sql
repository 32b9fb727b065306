-- Searching a million persons by name: every word typed is the start of a word of the name, in any
-- order ("siti am" finds SITI AMINAH and AMINAH SITI). The name's words are kept as a tsvector
-- ('simple': names as they are, no stemming, no stop words) with full-text indexes: across the
-- regency on the words alone, for an operator on the kecamatan or desa code with the words
-- (btree_gin), so one index scan answers "this name in my area". Operators browse their area in id
-- order through the (area, id) indexes.
CREATE EXTENSION IF NOT EXISTS btree_gin;
ALTER TABLE persons ADD COLUMN name_words tsvector GENERATED ALWAYS AS (to_tsvector('simple', name)) STORED;
CREATE INDEX persons_name_words_idx ON persons USING gin (name_words);
CREATE INDEX persons_kecamatan_words_idx ON persons USING gin (kecamatan_code, name_words);
CREATE INDEX persons_desa_words_idx ON persons USING gin (desa_code, name_words);
CREATE INDEX persons_kecamatan_id_idx ON persons (kecamatan_code, id);
CREATE INDEX persons_desa_id_idx ON persons (desa_code, id);
