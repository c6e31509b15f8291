namespace Vertebra.Storage.Copying;

/// <summary>A table a whole-store copy carries over, with the key that orders its rows for checksums.</summary>
internal sealed record CopiedTable(string Name, string Key, string[] Columns, string SourceOrder)
{
    /// <summary>The key order on PostgreSQL: text keys compared byte by byte, as SQLite does.</summary>
    public string PostgresOrder => CopiedTables.WithIdentity.Contains(Name)
        ? Key
        : string.Join(", ", Key.Split(", ").Select(k => $"{k} COLLATE \"C\""));
}

/// <summary>Every table of a store, content and editorial, in an order that satisfies the foreign keys.</summary>
internal static class CopiedTables
{
    public static IReadOnlyList<CopiedTable> All { get; } =
    [
        Table("articles", "slug", "slug, title, summary, body, author, medical_reviewer, status, published, last_reviewed, next_review_due, language, featured, previous_slug, next_slug, refs, attribution, content_hash, counterpart"),
        Table("article_topics", "article_slug, topic_slug", "article_slug, topic_slug, position"),
        Table("article_conditions", "article_slug, condition_id", "article_slug, condition_id, position"),
        Table("topics", "slug", "slug, title, description, article_order, position, content_hash"),
        Table("condition_groups", "id", "id, name, description, position, content_hash"),
        Table("conditions", "id", "id, name, synonyms, icd10, group_id, clinic_id, description, details, position, content_hash"),
        Table("clinics", "id", "id, name, treats, appointment, details, position, content_hash"),
        Table("seed_history", "name", "name, seeded_at"),

        // Pairs are listed in the order they were first added; copying them in that order keeps it.
        Table("qa_pairs", "id", "id, source, focus, qtype, question, answer, url, licence, article_slug, content_hash", sourceOrder: "rowid"),
        Table("editor_users", "id", "id, user_name, display_name, role, password_hash, failed_sign_ins, locked_until, security_stamp"),
        Table("article_revisions", "id", "id, slug, markdown, author, saved_at, note"),
        Table("editorial_state", "slug", "slug, title, state, latest_revision, signed_off_revision, signed_off_by, signed_off_on"),
        Table("claim_dismissals", "id", "id, slug, category, text, reason, dismissed_by, at"),
        Table("audit_log", "id", "id, at, actor, action, subject, detail"),
        Table("mistake_reports", "id", "id, slug, title, revision, article_updated, kind, text, received_at, closed_by, closed_at"),
    ];

    /// <summary>Tables whose id the database hands out; after a copy their counters continue after the highest id.</summary>
    public static IReadOnlyList<string> WithIdentity { get; } = ["editor_users", "article_revisions", "claim_dismissals", "audit_log", "mistake_reports"];

    private static CopiedTable Table(string name, string key, string columns, string? sourceOrder = null) =>
        new(name, key, columns.Split(", "), sourceOrder ?? key);
}
