-- Searching a million persons by name: every word typed is the start of a word of the name, in any
-- order ("siti am" finds SITI AMINAH and AMINAH SITI). A full-text index with prefix queries answers
-- that in milliseconds; the 'simple' configuration keeps names as they are (no stemming, no stop words).
CREATE INDEX persons_name_words_idx ON persons USING gin (to_tsvector('simple', name));
