using System.Data.Common;
using Dapper;
using Vertebra.Content.Import;
using Vertebra.Content.Model;

namespace Vertebra.Storage.Sql;

public abstract partial class DapperContentStore
{
    public Task<ImportSummary> ApplyAsync(ContentBatch batch, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ApplyAsync(batch, progress, alsoInTransaction: null, cancellationToken);

    /// <summary>
    /// Writes a batch in one transaction, together with whatever <paramref name="alsoInTransaction"/> writes (an editorial
    /// publication's state and audit entry): all of it commits, or none of it.
    /// </summary>
    internal async Task<ImportSummary> ApplyAsync(ContentBatch batch, IProgress<ImportProgress>? progress,
        Func<DbConnection, DbTransaction, CancellationToken, Task>? alsoInTransaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return await WithConnectionAsync(connection => ApplyAsync(connection, batch, progress, alsoInTransaction, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private async Task<ImportSummary> ApplyAsync(DbConnection connection, ContentBatch batch, IProgress<ImportProgress>? progress,
        Func<DbConnection, DbTransaction, CancellationToken, Task>? alsoInTransaction, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var tally = new Tally(batch.ItemCount, progress);
        var skipped = new List<ImportSkip>(batch.Skipped);

        await UpsertAsync(connection, transaction, "clinics", "id", batch.Clinics, c => c.Id,
            "INSERT INTO clinics (id, name, treats, appointment, details, position, content_hash) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @hash) " +
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, treats = excluded.treats, appointment = excluded.appointment, details = excluded.details, position = excluded.position, content_hash = excluded.content_hash",
            (c, i) => [c.Id, c.Name, c.Treats, c.Appointment, StorageJson.Write(c.Contact), i], tally, cancellationToken).ConfigureAwait(false);

        await UpsertAsync(connection, transaction, "condition_groups", "id", batch.ConditionGroups, g => g.Id,
            "INSERT INTO condition_groups (id, name, description, position, content_hash) VALUES (@p0, @p1, @p2, @p3, @hash) " +
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description, position = excluded.position, content_hash = excluded.content_hash",
            (g, i) => [g.Id, g.Name, g.Description, i], tally, cancellationToken).ConfigureAwait(false);

        await UpsertAsync(connection, transaction, "conditions", "id", batch.Conditions, c => c.Id,
            "INSERT INTO conditions (id, name, synonyms, icd10, group_id, clinic_id, description, details, position, content_hash) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @hash) " +
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, synonyms = excluded.synonyms, icd10 = excluded.icd10, group_id = excluded.group_id, clinic_id = excluded.clinic_id, description = excluded.description, details = excluded.details, position = excluded.position, content_hash = excluded.content_hash",
            (c, i) => [c.Id, c.Name, StorageJson.Write(c.Synonyms), c.Icd10, c.Group, c.Clinic, c.Description, StorageJson.Write(c.Details), i], tally, cancellationToken).ConfigureAwait(false);

        await UpsertAsync(connection, transaction, "topics", "slug", batch.Topics, t => t.Slug,
            "INSERT INTO topics (slug, title, description, article_order, position, content_hash) VALUES (@p0, @p1, @p2, @p3, @p4, @hash) " +
            "ON CONFLICT (slug) DO UPDATE SET title = excluded.title, description = excluded.description, article_order = excluded.article_order, position = excluded.position, content_hash = excluded.content_hash",
            (t, i) => [t.Slug, t.Title, t.Description, StorageJson.Write(t.ArticleOrder), i], tally, cancellationToken).ConfigureAwait(false);

        var changedArticles = await UpsertAsync(connection, transaction, "articles", "slug", batch.Articles, a => a.Slug,
            $"INSERT INTO articles ({ArticleColumns}, content_hash) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @hash) " +
            "ON CONFLICT (slug) DO UPDATE SET title = excluded.title, summary = excluded.summary, body = excluded.body, author = excluded.author, medical_reviewer = excluded.medical_reviewer, " +
            "status = excluded.status, published = excluded.published, last_reviewed = excluded.last_reviewed, next_review_due = excluded.next_review_due, language = excluded.language, " +
            "featured = excluded.featured, previous_slug = excluded.previous_slug, next_slug = excluded.next_slug, refs = excluded.refs, attribution = excluded.attribution, counterpart = excluded.counterpart, content_hash = excluded.content_hash",
            (a, _) =>
            [
                a.Slug, a.Title, a.Summary, a.Body, a.Author, a.MedicalReviewer, a.Status.ToName(), Dates.Format(a.Published), Dates.Format(a.LastReviewed),
                Dates.Format(a.NextReviewDue), a.Language, a.Featured ? 1L : 0L, a.PreviousSlug, a.NextSlug, StorageJson.Write(a.References),
                a.Attribution is null ? null : StorageJson.Write(a.Attribution), a.Counterpart,
            ], tally, cancellationToken).ConfigureAwait(false);
        await ReplaceArticleLinksAsync(connection, transaction, changedArticles, cancellationToken).ConfigureAwait(false);

        await UpsertAsync(connection, transaction, "qa_pairs", "id", batch.QaPairs, q => q.Id,
            "INSERT INTO qa_pairs (id, source, focus, qtype, question, answer, url, licence, article_slug, content_hash) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @hash) " +
            "ON CONFLICT (id) DO UPDATE SET source = excluded.source, focus = excluded.focus, qtype = excluded.qtype, question = excluded.question, answer = excluded.answer, url = excluded.url, licence = excluded.licence, article_slug = excluded.article_slug, content_hash = excluded.content_hash",
            (q, _) => [q.Id, q.Source, q.Focus, q.QuestionType, q.Question, q.Answer, q.Url, q.Licence, q.ArticleSlug], tally, cancellationToken).ConfigureAwait(false);

        foreach (var link in batch.PageLinks)
        {
            skipped.AddRange(await ApplyPageLinkAsync(connection, transaction, link, cancellationToken).ConfigureAwait(false));
        }

        if (batch.SeedName is { } seedName)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO seed_history (name, seeded_at) VALUES (@seedName, {Dialect.UtcNowText}) ON CONFLICT (name) DO NOTHING",
                new { seedName }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        if (alsoInTransaction is not null)
        {
            await alsoInTransaction(connection, transaction, cancellationToken).ConfigureAwait(false);
        }

        if (tally.Added + tally.Updated > 0 || batch.PageLinks.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(Dialect.BumpContentVersion, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        tally.Finish();
        return new ImportSummary(tally.Added, tally.Updated, tally.Unchanged, skipped);
    }

    /// <summary>
    /// Writes the new and changed items (by content hash) with one prepared statement; where the driver can batch
    /// statements (PostgreSQL), up to <see cref="RowsPerBatch"/> rows go in one round trip. Returns the items written.
    /// </summary>
    private static async Task<List<T>> UpsertAsync<T>(DbConnection connection, DbTransaction transaction, string table, string key,
        IReadOnlyList<T> items, Func<T, string> id, string sql, Func<T, int, object?[]> values, Tally tally, CancellationToken cancellationToken)
    {
        var changed = new List<T>();
        if (items.Count == 0)
        {
            return changed;
        }

        var existing = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = $"SELECT {key}, content_hash FROM {table}";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                existing[reader.GetString(0)] = reader.GetString(1);
            }
        }

        await using var writer = new RowWriter(connection, transaction, sql);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var hash = ContentHash.Of(item);
            var known = existing.TryGetValue(id(item), out var oldHash);
            if (known && oldHash == hash)
            {
                tally.Count(unchanged: true);
                continue;
            }

            await writer.WriteAsync(values(item, i), hash, cancellationToken).ConfigureAwait(false);
            tally.Count(added: !known);
            changed.Add(item);
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    private static async Task ReplaceArticleLinksAsync(DbConnection connection, DbTransaction transaction, List<Article> articles, CancellationToken cancellationToken)
    {
        foreach (var article in articles)
        {
            var slug = article.Slug;
            await connection.ExecuteAsync(new CommandDefinition("DELETE FROM article_topics WHERE article_slug = @slug", new { slug }, transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition("DELETE FROM article_conditions WHERE article_slug = @slug", new { slug }, transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition("INSERT INTO article_topics (article_slug, topic_slug, position) VALUES (@slug, @value, @position)",
                article.Topics.Select((value, position) => new { slug, value, position }), transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition("INSERT INTO article_conditions (article_slug, condition_id, position) VALUES (@slug, @value, @position)",
                article.Conditions.Select((value, position) => new { slug, value, position }), transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    private async Task<List<ImportSkip>> ApplyPageLinkAsync(DbConnection connection, DbTransaction transaction, PageLink link, CancellationToken cancellationToken)
    {
        var notes = new List<ImportSkip>();
        async Task<string?> FindAsync(string? title)
        {
            if (title is null)
            {
                return null;
            }

            var slug = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
                $"SELECT slug FROM articles WHERE {Dialect.EqualsIgnoringCase("title", "@title")} AND slug <> @self ORDER BY {Dialect.Text("slug")} LIMIT 1",
                new { title, self = link.ArticleSlug }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (slug is null)
            {
                notes.Add(new ImportSkip(link.ArticleSlug, $"no article is titled \"{title}\" yet, so that link was left out."));
            }

            return slug;
        }

        var previous = await FindAsync(link.PreviousTitle).ConfigureAwait(false);
        var next = await FindAsync(link.NextTitle).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE articles SET previous_slug = @previous, next_slug = @next WHERE slug = @slug",
            new { previous, next, slug = link.ArticleSlug }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return notes;
    }
}
