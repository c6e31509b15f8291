using Dapper;
using Npgsql;
using Vertebra.Content.Import;
using Vertebra.Content.Model;

namespace Vertebra.Storage.Postgres;

public sealed partial class PostgresContentStore
{
    public Task<ImportSummary> ApplyAsync(ContentBatch batch, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ApplyAsync(batch, progress, alsoInTransaction: null, cancellationToken);

    /// <summary>
    /// Writes a batch in one transaction, together with whatever <paramref name="alsoInTransaction"/> writes (an editorial
    /// publication's state and audit entry): all of it commits, or none of it.
    /// </summary>
    internal async Task<ImportSummary> ApplyAsync(ContentBatch batch, IProgress<ImportProgress>? progress,
        Func<System.Data.Common.DbConnection, System.Data.Common.DbTransaction, CancellationToken, Task>? alsoInTransaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var tally = new Tally(batch.ItemCount, progress);
        var skipped = new List<ImportSkip>(batch.Skipped);

        await UpsertAsync(connection, transaction, "clinics", "id", batch.Clinics, c => c.Id,
            "INSERT INTO clinics (id, name, treats, appointment, position, content_hash) VALUES ($1, $2, $3, $4, $5, $6) " +
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, treats = excluded.treats, appointment = excluded.appointment, position = excluded.position, content_hash = excluded.content_hash",
            (c, i) => [c.Id, c.Name, c.Treats, c.Appointment, i], tally, cancellationToken).ConfigureAwait(false);

        await UpsertAsync(connection, transaction, "condition_groups", "id", batch.ConditionGroups, g => g.Id,
            "INSERT INTO condition_groups (id, name, description, position, content_hash) VALUES ($1, $2, $3, $4, $5) " +
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description, position = excluded.position, content_hash = excluded.content_hash",
            (g, i) => [g.Id, g.Name, g.Description, i], tally, cancellationToken).ConfigureAwait(false);

        await UpsertAsync(connection, transaction, "conditions", "id", batch.Conditions, c => c.Id,
            "INSERT INTO conditions (id, name, synonyms, icd10, group_id, clinic_id, description, position, content_hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) " +
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, synonyms = excluded.synonyms, icd10 = excluded.icd10, group_id = excluded.group_id, clinic_id = excluded.clinic_id, description = excluded.description, position = excluded.position, content_hash = excluded.content_hash",
            (c, i) => [c.Id, c.Name, StorageJson.Write(c.Synonyms), c.Icd10, c.Group, c.Clinic, c.Description, i], tally, cancellationToken).ConfigureAwait(false);

        await UpsertAsync(connection, transaction, "topics", "slug", batch.Topics, t => t.Slug,
            "INSERT INTO topics (slug, title, description, article_order, position, content_hash) VALUES ($1, $2, $3, $4, $5, $6) " +
            "ON CONFLICT (slug) DO UPDATE SET title = excluded.title, description = excluded.description, article_order = excluded.article_order, position = excluded.position, content_hash = excluded.content_hash",
            (t, i) => [t.Slug, t.Title, t.Description, StorageJson.Write(t.ArticleOrder), i], tally, cancellationToken).ConfigureAwait(false);

        var changedArticles = await UpsertAsync(connection, transaction, "articles", "slug", batch.Articles, a => a.Slug,
            $"INSERT INTO articles ({ArticleColumns}, content_hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) " +
            "ON CONFLICT (slug) DO UPDATE SET title = excluded.title, summary = excluded.summary, body = excluded.body, author = excluded.author, medical_reviewer = excluded.medical_reviewer, " +
            "status = excluded.status, published = excluded.published, last_reviewed = excluded.last_reviewed, next_review_due = excluded.next_review_due, language = excluded.language, " +
            "featured = excluded.featured, previous_slug = excluded.previous_slug, next_slug = excluded.next_slug, refs = excluded.refs, attribution = excluded.attribution, content_hash = excluded.content_hash",
            (a, _) =>
            [
                a.Slug, a.Title, a.Summary, a.Body, a.Author, a.MedicalReviewer, a.Status.ToName(), Dates.Format(a.Published), Dates.Format(a.LastReviewed),
                Dates.Format(a.NextReviewDue), a.Language, a.Featured ? 1L : 0L, a.PreviousSlug, a.NextSlug, StorageJson.Write(a.References),
                a.Attribution is null ? null : StorageJson.Write(a.Attribution),
            ], tally, cancellationToken).ConfigureAwait(false);
        await ReplaceArticleLinksAsync(connection, transaction, changedArticles, cancellationToken).ConfigureAwait(false);

        await UpsertAsync(connection, transaction, "qa_pairs", "id", batch.QaPairs, q => q.Id,
            "INSERT INTO qa_pairs (id, source, focus, qtype, question, answer, url, licence, article_slug, content_hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) " +
            "ON CONFLICT (id) DO UPDATE SET source = excluded.source, focus = excluded.focus, qtype = excluded.qtype, question = excluded.question, answer = excluded.answer, url = excluded.url, licence = excluded.licence, article_slug = excluded.article_slug, content_hash = excluded.content_hash",
            (q, _) => [q.Id, q.Source, q.Focus, q.QuestionType, q.Question, q.Answer, q.Url, q.Licence, q.ArticleSlug], tally, cancellationToken).ConfigureAwait(false);

        foreach (var link in batch.PageLinks)
        {
            skipped.AddRange(await ApplyPageLinkAsync(connection, transaction, link, cancellationToken).ConfigureAwait(false));
        }

        if (alsoInTransaction is not null)
        {
            await alsoInTransaction(connection, transaction, cancellationToken).ConfigureAwait(false);
        }

        if (tally.Added + tally.Updated > 0 || batch.PageLinks.Count > 0)
        {
            // NOTIFY is transactional: the other nodes hear of the change only if and when it commits.
            await connection.ExecuteAsync(new CommandDefinition(
                $"WITH v AS (UPDATE content_version SET version = version + 1 WHERE id = 1 RETURNING version) SELECT pg_notify('{ContentChannel}', version::text) FROM v",
                transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        tally.Finish();
        return new ImportSummary(tally.Added, tally.Updated, tally.Unchanged, skipped);
    }

    private static async Task<List<T>> UpsertAsync<T>(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, string key,
        IReadOnlyList<T> items, Func<T, string> id, string sql, Func<T, int, object?[]> values, Tally tally, CancellationToken cancellationToken)
    {
        var changed = new List<T>();
        if (items.Count == 0)
        {
            return changed;
        }

        var existing = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var read = new NpgsqlCommand($"SELECT {key}, content_hash FROM {table}", connection, transaction))
        {
            await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                existing[reader.GetString(0)] = reader.GetString(1);
            }
        }

        // Rows go to the server in batches of up to 200 statements: one round trip each, still one transaction.
        const int BatchSize = 200;
        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch.ConfigureAwait(false))
        {
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

                var command = new NpgsqlBatchCommand(sql);
                foreach (var value in values(item, i))
                {
                    command.Parameters.Add(value is null ? new NpgsqlParameter<string?> { TypedValue = null } : new NpgsqlParameter { Value = value });
                }

                command.Parameters.Add(new NpgsqlParameter { Value = hash });
                batch.BatchCommands.Add(command);
                tally.Count(added: !known);
                changed.Add(item);
                if (batch.BatchCommands.Count >= BatchSize)
                {
                    await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    batch.BatchCommands.Clear();
                }
            }

            if (batch.BatchCommands.Count > 0)
            {
                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return changed;
    }

    private static async Task ReplaceArticleLinksAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<Article> articles, CancellationToken cancellationToken)
    {
        foreach (var article in articles)
        {
            var slug = article.Slug;
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM article_topics WHERE article_slug = @slug; DELETE FROM article_conditions WHERE article_slug = @slug;",
                new { slug }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO article_topics (article_slug, topic_slug, position) SELECT @slug, t, (n - 1)::int FROM unnest(@topics::text[]) WITH ORDINALITY AS x(t, n)",
                new { slug, topics = article.Topics.ToArray() }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO article_conditions (article_slug, condition_id, position) SELECT @slug, c, (n - 1)::int FROM unnest(@conditions::text[]) WITH ORDINALITY AS x(c, n)",
                new { slug, conditions = article.Conditions.ToArray() }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    private static async Task<List<ImportSkip>> ApplyPageLinkAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PageLink link, CancellationToken cancellationToken)
    {
        var notes = new List<ImportSkip>();
        async Task<string?> FindAsync(string? title)
        {
            if (title is null)
            {
                return null;
            }

            var slug = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
                "SELECT slug FROM articles WHERE lower(title COLLATE \"C\") = lower(@title COLLATE \"C\") AND slug <> @self ORDER BY slug COLLATE \"C\" LIMIT 1",
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
