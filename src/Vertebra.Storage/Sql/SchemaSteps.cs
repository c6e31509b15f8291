namespace Vertebra.Storage.Sql;

/// <summary>
/// The schema, one numbered step at a time, written once: both providers run the same steps with the same version
/// numbers, tables and columns; <see cref="SchemaWords"/> holds the few words each database spells its own way. Dates
/// and times stay ISO text so both databases read and copy alike. Applied steps are never edited, only added to.
/// Step numbers may have gaps and branches may land out of order (step 7 before 5 and 6): a database records every
/// step it ran, and <see cref="Pending"/> picks each step not yet run, in number order, not only those above the highest.
/// </summary>
internal static class SchemaSteps
{
    public static IReadOnlyList<(int Version, string Sql)> For(SchemaWords w) =>
    [
        (1, $"""
            CREATE TABLE articles (
                slug TEXT PRIMARY KEY,
                title TEXT NOT NULL,
                summary TEXT NOT NULL,
                body TEXT NOT NULL,
                author TEXT NOT NULL,
                medical_reviewer TEXT NULL,
                status TEXT NOT NULL,
                published TEXT NULL,
                last_reviewed TEXT NULL,
                next_review_due TEXT NULL,
                language TEXT NOT NULL,
                featured {w.BigInteger} NOT NULL,
                previous_slug TEXT NULL,
                next_slug TEXT NULL,
                refs TEXT NOT NULL,
                attribution TEXT NULL,
                content_hash TEXT NOT NULL
            );
            CREATE INDEX articles_title ON articles ({w.TitleIndex});
            CREATE TABLE article_topics (
                article_slug TEXT NOT NULL REFERENCES articles (slug) ON DELETE CASCADE,
                topic_slug TEXT NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (article_slug, topic_slug)
            );
            CREATE INDEX article_topics_topic ON article_topics (topic_slug);
            CREATE TABLE article_conditions (
                article_slug TEXT NOT NULL REFERENCES articles (slug) ON DELETE CASCADE,
                condition_id TEXT NOT NULL,
                PRIMARY KEY (article_slug, condition_id)
            );
            CREATE INDEX article_conditions_condition ON article_conditions (condition_id);
            CREATE TABLE topics (
                slug TEXT PRIMARY KEY,
                title TEXT NOT NULL,
                description TEXT NOT NULL,
                article_order TEXT NOT NULL,
                position INTEGER NOT NULL,
                content_hash TEXT NOT NULL
            );
            CREATE TABLE condition_groups (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                description TEXT NOT NULL,
                position INTEGER NOT NULL,
                content_hash TEXT NOT NULL
            );
            CREATE TABLE conditions (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                synonyms TEXT NOT NULL,
                icd10 TEXT NOT NULL,
                group_id TEXT NOT NULL,
                clinic_id TEXT NOT NULL,
                description TEXT NOT NULL,
                position INTEGER NOT NULL,
                content_hash TEXT NOT NULL
            );
            CREATE TABLE clinics (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                treats TEXT NOT NULL,
                appointment TEXT NOT NULL,
                position INTEGER NOT NULL,
                content_hash TEXT NOT NULL
            );
            CREATE TABLE qa_pairs ({w.InsertionOrderColumn}
                id TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                focus TEXT NOT NULL,
                qtype TEXT NOT NULL,
                question TEXT NOT NULL,
                answer TEXT NOT NULL,
                url TEXT NULL,
                licence TEXT NOT NULL,
                article_slug TEXT NULL,
                content_hash TEXT NOT NULL
            );
            CREATE INDEX qa_pairs_article ON qa_pairs ({w.PairsByArticle});{w.PairsExtraIndex}
            """),
        (2, $"""
            CREATE TABLE editor_users (
                id {w.Identity},
                user_name TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                failed_sign_ins INTEGER NOT NULL DEFAULT 0,
                locked_until TEXT NULL
            );{w.UsersExtraIndex}
            CREATE TABLE article_revisions (
                id {w.Identity},
                slug TEXT NOT NULL,
                markdown TEXT NOT NULL,
                author TEXT NOT NULL,
                saved_at TEXT NOT NULL,
                note TEXT NOT NULL
            );
            CREATE INDEX article_revisions_slug ON article_revisions (slug, id);
            CREATE TABLE editorial_state (
                slug TEXT PRIMARY KEY,
                title TEXT NOT NULL,
                state TEXT NOT NULL,
                latest_revision {w.BigInteger} NULL,
                signed_off_revision {w.BigInteger} NULL,
                signed_off_by TEXT NULL,
                signed_off_on TEXT NULL
            );
            CREATE TABLE claim_dismissals (
                id {w.Identity},
                slug TEXT NOT NULL,
                category TEXT NOT NULL,
                text TEXT NOT NULL,
                reason TEXT NOT NULL,
                dismissed_by TEXT NOT NULL,
                at TEXT NOT NULL
            );
            CREATE INDEX claim_dismissals_slug ON claim_dismissals (slug);
            CREATE TABLE audit_log (
                id {w.Identity},
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                subject TEXT NOT NULL,
                detail TEXT NOT NULL
            );
            """),
        (3, """
            -- An article's conditions keep the order they are listed in, like its topics.
            ALTER TABLE article_conditions ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
            """),
        (4, $"""
            CREATE TABLE content_version (id INTEGER PRIMARY KEY CHECK (id = 1), version {w.BigInteger} NOT NULL);
            INSERT INTO content_version (id, version) VALUES (1, 1);
            """),
        (5, $"""
            -- Condition pages (symptoms, treatments, warning signs, sources, review dates) and clinic contact
            -- details, each kept as one JSON document beside the row.
            ALTER TABLE conditions ADD COLUMN details TEXT NULL;
            ALTER TABLE clinics ADD COLUMN details TEXT NULL;
            -- Which bundled content a store has received, so it is seeded once whatever was imported first.
            -- A store from before this step that has conditions got them from a content folder: count it as seeded.
            CREATE TABLE seed_history (name TEXT PRIMARY KEY, seeded_at TEXT NOT NULL);
            INSERT INTO seed_history (name, seeded_at) SELECT 'bundled', 'before-migration-5' WHERE EXISTS (SELECT 1 FROM conditions);
            -- Readers' reports of a mistake or an unclear passage: no personal data, no address.
            CREATE TABLE mistake_reports (
                id {w.Identity},
                slug TEXT NOT NULL,
                title TEXT NOT NULL,
                revision {w.BigInteger} NULL,
                article_updated TEXT NULL,
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                received_at TEXT NOT NULL,
                closed_by TEXT NULL,
                closed_at TEXT NULL
            );
            CREATE INDEX mistake_reports_open ON mistake_reports (closed_at, id);
            """),

        (6, """
            -- A sign-in carries the user's security stamp; a new stamp (logout, role change, new password) ends old sign-ins.
            ALTER TABLE editor_users ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
            -- Failed sign-ins per user name and address (both as typed), so a stranger elsewhere cannot lock anyone out.
            CREATE TABLE sign_in_throttle (
                key TEXT PRIMARY KEY,
                failures INTEGER NOT NULL,
                blocked_until BIGINT NULL,
                last_at BIGINT NOT NULL
            );
            """),

        (7, $"""
            -- Meaning vectors for semantic search, by the SHA-256 of the model and the text they were computed from.
            CREATE TABLE meaning_vectors (key TEXT PRIMARY KEY, vector {w.Bytes} NOT NULL);
            """),

        (8, """
            -- Articles in more than one language (issue 15): the slug of the same article in the other language,
            -- written on the translation's side; lists of one language read the language column through this index.
            ALTER TABLE articles ADD COLUMN counterpart TEXT NULL;
            CREATE INDEX articles_language ON articles (language, status);
            CREATE INDEX articles_counterpart ON articles (counterpart);
            """),
    ];

    /// <summary>The steps of <paramref name="all"/> whose number is not among <paramref name="applied"/>, lowest first.</summary>
    public static IReadOnlyList<(int Version, string Sql)> Pending(IReadOnlyList<(int Version, string Sql)> all, IEnumerable<int> applied)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(applied);
        var done = applied.ToHashSet();
        return all.Where(step => !done.Contains(step.Version)).OrderBy(step => step.Version).ToList();
    }
}
