-- Searching a million persons by name: every word typed is the start of a word of the name, in any
-- order ("siti am" finds SITI AMINAH and AMINAH SITI). The name's words are kept as a tsvector
-- ('simple': names as they are, no stemming, no stop words) with a full-text index: a rare name is
-- found through the index, a common one by walking persons in id order, each check cheap.
ALTER TABLE persons ADD COLUMN name_words tsvector GENERATED ALWAYS AS (to_tsvector('simple', name)) STORED;
CREATE INDEX persons_name_words_idx ON persons USING gin (name_words);
