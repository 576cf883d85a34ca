/// The store's tables in PostgreSQL: those of ``SQLiteStore``, with PostgreSQL's types.
/// One list of statements per version; a released migration never changes.
enum PostgresSchema {
    static let migrations: [[String]] = [v1]

    static let v1 = [
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value BIGINT NOT NULL)",
        "INSERT INTO meta VALUES ('generation', 0)",
        """
        CREATE TABLE document (id BIGSERIAL PRIMARY KEY, identity TEXT NOT NULL UNIQUE, hash TEXT NOT NULL,
            title TEXT, dateline TEXT, language TEXT NOT NULL, extractor_version TEXT NOT NULL,
            bytes BIGINT NOT NULL, added_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE entity (id TEXT PRIMARY KEY, label TEXT NOT NULL, type TEXT NOT NULL,
            name_en TEXT, name_ar TEXT, wikidata TEXT)
        """,
        """
        CREATE TABLE entity_name (entity TEXT NOT NULL REFERENCES entity(id),
            document BIGINT NOT NULL REFERENCES document(id) ON DELETE CASCADE, name TEXT NOT NULL,
            PRIMARY KEY (entity, document, name))
        """,
        "CREATE INDEX entity_name_document ON entity_name(document)",
        """
        CREATE TABLE mention (id BIGSERIAL PRIMARY KEY, entity TEXT NOT NULL REFERENCES entity(id),
            document BIGINT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL)
        """,
        "CREATE INDEX mention_entity ON mention(entity)",
        "CREATE INDEX mention_document ON mention(document)",
        """
        CREATE TABLE edge (id BIGSERIAL PRIMARY KEY, source TEXT NOT NULL REFERENCES entity(id), type TEXT NOT NULL,
            target TEXT NOT NULL REFERENCES entity(id), UNIQUE (source, type, target))
        """,
        "CREATE INDEX edge_target ON edge(target)",
        """
        CREATE TABLE evidence (id BIGSERIAL PRIMARY KEY, edge BIGINT NOT NULL REFERENCES edge(id),
            document BIGINT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            trigger_start INTEGER, trigger_end INTEGER, trigger_text TEXT, cameo TEXT, rule TEXT,
            amount DOUBLE PRECISION, currency TEXT, role TEXT, date TEXT)
        """,
        "CREATE INDEX evidence_edge ON evidence(edge)",
        "CREATE INDEX evidence_document ON evidence(document)",
        """
        CREATE TABLE correction (id BIGSERIAL PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
            kept TEXT NOT NULL, merged TEXT)
        """,
        "CREATE TABLE entity_merge (merged TEXT PRIMARY KEY, kept TEXT NOT NULL, reason TEXT NOT NULL, forms TEXT NOT NULL)",
        "CREATE TABLE snapshot (id INTEGER PRIMARY KEY CHECK (id = 1), generation BIGINT NOT NULL, json BYTEA NOT NULL)",
    ]
}
