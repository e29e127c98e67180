/// The store's tables (docs/STORE.md describes them for researchers). `PRAGMA user_version`
/// holds ``version``; a store with a higher one was written by a newer policyscope.
enum Schema {
    static let version = 4
    /// Written into `meta` so a database of some other program is never taken for a store.
    static let application = "policyscope"

    static let create = """
    CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS files(
        path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, blob TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS files_blob ON files(blob);
    CREATE TABLE IF NOT EXISTS policies(
        blob TEXT NOT NULL, name TEXT NOT NULL, parser TEXT NOT NULL,
        id TEXT NOT NULL, domain TEXT, archived TEXT, title TEXT NOT NULL, format TEXT NOT NULL,
        language TEXT NOT NULL, warnings TEXT NOT NULL, size INTEGER NOT NULL, body BLOB NOT NULL,
        source TEXT, language_confidence REAL NOT NULL, sections INTEGER NOT NULL, words INTEGER NOT NULL,
        PRIMARY KEY(blob, name));
    -- The listing columns by themselves: a catalog of 10,000 files reads them without walking
    -- each row's body (version 4).
    CREATE INDEX IF NOT EXISTS policies_listing ON policies(
        blob, name, parser, id, domain, archived, title, source, format, language, language_confidence,
        sections, words, warnings);
    CREATE TABLE IF NOT EXISTS practices(
        blob TEXT NOT NULL, name TEXT NOT NULL, parser TEXT NOT NULL, model TEXT NOT NULL,
        policy_id TEXT NOT NULL, domain TEXT, status TEXT NOT NULL, last_updated TEXT, record BLOB NOT NULL,
        classifier TEXT NOT NULL,
        PRIMARY KEY(blob, name, classifier));
    CREATE TABLE IF NOT EXISTS answers(
        blob TEXT NOT NULL, name TEXT NOT NULL, parser TEXT NOT NULL, model TEXT NOT NULL,
        policy_id TEXT NOT NULL, domain TEXT, archived TEXT,
        question TEXT NOT NULL, value TEXT NOT NULL, confidence REAL NOT NULL, classifier TEXT NOT NULL,
        PRIMARY KEY(blob, name, classifier, question));
    CREATE INDEX IF NOT EXISTS answers_question ON answers(question, value);
    CREATE TABLE IF NOT EXISTS evidence(
        blob TEXT NOT NULL, name TEXT NOT NULL, question TEXT NOT NULL, rank INTEGER NOT NULL,
        section TEXT NOT NULL, section_number INTEGER NOT NULL, block INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, negated INTEGER NOT NULL, text TEXT NOT NULL,
        classifier TEXT NOT NULL,
        PRIMARY KEY(blob, name, classifier, question, rank));
    CREATE TABLE IF NOT EXISTS spans(
        blob TEXT NOT NULL, name TEXT NOT NULL, seq INTEGER NOT NULL, category TEXT NOT NULL,
        score REAL NOT NULL, negated INTEGER NOT NULL,
        section TEXT NOT NULL, section_number INTEGER NOT NULL, block INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, classifier TEXT NOT NULL,
        PRIMARY KEY(blob, name, classifier, seq));
    CREATE INDEX IF NOT EXISTS spans_category ON spans(category);
    """

    /// Saved search indexes (`PolicyStore+SearchIndex`), made by the first one saved: a version-4
    /// store gains the table without a new version, and older builds never read it.
    static let searchIndexes = """
    CREATE TABLE IF NOT EXISTS search_indexes(
        key TEXT NOT NULL, part INTEGER NOT NULL, written INTEGER NOT NULL, policies INTEGER NOT NULL, body BLOB NOT NULL,
        PRIMARY KEY(key, part));
    """
}
