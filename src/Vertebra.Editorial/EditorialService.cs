using System.Text.RegularExpressions;
using Vertebra.Claims;
using Vertebra.Content;
using Vertebra.Content.Markdown;
using Vertebra.Content.Model;
using Vertebra.Storage;
using Vertebra.Storage.Changes;
using Vertebra.Storage.Editorial;

namespace Vertebra.Editorial;

/// <summary>
/// The editorial workflow: drafts saved as revisions, review and sign-off, and a publish gate that needs a
/// sign-off of the current revision and no open claim finding. Every decision goes to the audit log. Publishing writes
/// the article, its state and its audit entry in one transaction, then raises the one content-change signal, through
/// which the page cache and the search index learn of it.
/// </summary>
public sealed class EditorialService(IContentStore content, IEditorialStore editorial, ClaimChecker checker, TimeProvider time, IContentChangeSignal changes, EditorialPolicy? policy = null)
{
    public const string ChangedSinceShown = "The article has changed since you opened it. Read the new text, then sign it off.";
    public const string OwnText = "You wrote or changed this text, so someone else must sign it off.";
    public const string SecondPerson = "Publishing needs another person: the reviewer who signed this article off may not also publish it.";

    private readonly EditorialPolicy _policy = policy ?? new EditorialPolicy();

    /// <summary>How long publishing waits for the site to take the change in (cache, index) before it answers anyway.</summary>
    public static readonly TimeSpan SignalWait = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan ReviewInterval = TimeSpan.FromDays(365);

    /// <summary>The working copy: the latest revision if there is one, else the article as published or imported.</summary>
    public async Task<WorkingCopy?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var state = await editorial.GetStateAsync(slug, cancellationToken).ConfigureAwait(false);
        if (state?.LatestRevision is { } revisionId && await editorial.GetRevisionAsync(revisionId, cancellationToken).ConfigureAwait(false) is { } revision)
        {
            return new WorkingCopy(ArticleMarkdownReader.Parse(revision.Markdown, $"revision {revision.Id}"), state, revision);
        }

        var article = await content.GetArticleAsync(slug, cancellationToken).ConfigureAwait(false);
        return article is null || article.Attribution is not null ? null : new WorkingCopy(article, state, null);
    }

    /// <summary>Saves the form as a new revision: done with the slug, or refused with the problems that stopped the save.</summary>
    public async Task<EditorialResult> SaveAsync(string? slug, ArticleDraft draft, string author, string note, bool submitForReview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = draft.Problems().ToList();
        var known = await content.GetKnownIdsAsync(cancellationToken).ConfigureAwait(false);
        var candidate = draft.ToArticle(slug ?? "new", null);
        problems.AddRange(candidate.Topics.Where(t => !known.Topics.Contains(t)).Select(t => $"There is no topic called \"{t}\"."));
        problems.AddRange(candidate.Conditions.Where(c => !known.Conditions.Contains(c)).Select(c => $"There is no condition called \"{c}\"."));
        var previousLanguage = slug is null ? null : (await content.GetArticleAsync(slug, cancellationToken).ConfigureAwait(false))?.Language;
        var language = previousLanguage ?? draft.NewLanguage;
        if (candidate.Counterpart is { } counterpart)
        {
            if (!known.ArticleLanguages.TryGetValue(counterpart, out var counterpartLanguage))
            {
                problems.Add($"There is no article called \"{counterpart}\" to be this article's counterpart.");
            }
            else if (counterpartLanguage == language)
            {
                problems.Add($"\"{counterpart}\" is in the same language; a counterpart is the same article in the other language.");
            }
        }

        if (problems.Count > 0)
        {
            return EditorialResult.Refused(slug, problems);
        }

        var previous = slug is null ? null : await LoadAsync(slug, cancellationToken).ConfigureAwait(false);
        if (slug is null)
        {
            slug = await FreeSlugAsync(NewSlug(draft), cancellationToken).ConfigureAwait(false);
        }

        var article = draft.ToArticle(slug, previous?.Article);
        var state = submitForReview ? EditorialStates.InReview : EditorialStates.Draft;
        var markdown = ArticleMarkdownWriter.Write(article);
        await editorial.SaveRevisionAsync(slug, article.Title, markdown, author, time.GetUtcNow(), note.Trim(), state, cancellationToken).ConfigureAwait(false);
        if (submitForReview)
        {
            await AuditAsync(author, "submitted for review", slug, note, cancellationToken).ConfigureAwait(false);
        }

        return EditorialResult.Done(slug);
    }

    /// <summary>Claim findings in the text that no reviewer has dismissed.</summary>
    public async Task<IReadOnlyList<ClaimFinding>> OpenFindingsAsync(string? slug, ArticleDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        IReadOnlyList<ClaimFinding> findings;
        try
        {
            findings = checker.Check(draft.CheckableText());
        }
        catch (RegexMatchTimeoutException)
        {
            return [new ClaimFinding("unchecked", 0, 0, "", ClaimSeverity.Critical, "The text could not be checked in time, so it cannot be published yet.", "Vertebra", "", "")];
        }

        if (slug is null || findings.Count == 0)
        {
            return findings;
        }

        var dismissed = await editorial.ListDismissalsAsync(slug, cancellationToken).ConfigureAwait(false);
        return findings.Where(f => !dismissed.Any(d => d.Category == f.Category && string.Equals(d.Text, f.Text, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    /// <summary>
    /// Signs off the revision the reviewer was shown (<paramref name="shownRevision"/>; 0 for an imported article that
    /// has no revision yet): refused when a newer revision exists, or, unless the policy allows it, when the reviewer wrote
    /// any revision since the last sign-off. The sign-off and its audit entry are written in one transaction.
    /// </summary>
    public async Task<EditorialResult> SignOffAsync(string slug, long shownRevision, string reviewer, CancellationToken cancellationToken)
    {
        var copy = await LoadAsync(slug, cancellationToken).ConfigureAwait(false);
        if (copy is null)
        {
            return EditorialResult.Refused(slug, "There is no such article.");
        }

        if ((copy.Revision?.Id ?? 0) != shownRevision)
        {
            return EditorialResult.Refused(slug, ChangedSinceShown);
        }

        if (!_policy.ReviewerMaySignOffOwnText && copy.Revision is not null)
        {
            var since = copy.State?.SignedOffRevision ?? 0;
            var revisions = await editorial.ListRevisionsAsync(slug, cancellationToken).ConfigureAwait(false);
            if (revisions.Any(r => r.Id > since && r.Id <= shownRevision && string.Equals(r.Author.Trim(), reviewer.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                return EditorialResult.Refused(slug, OwnText);
            }
        }

        var revision = copy.Revision?.Id;
        if (revision is null)
        {
            // A bundled or imported article is reviewed as it stands: keep that text as its first revision, in the name
            // of its author (not the reviewer, who did not write it).
            revision = await editorial.SaveRevisionAsync(slug, copy.Article.Title, ArticleMarkdownWriter.Write(copy.Article), copy.Article.Author, time.GetUtcNow(),
                "Text as it stood when review began", EditorialStates.InReview, cancellationToken).ConfigureAwait(false);
        }

        var now = time.GetUtcNow();
        var audit = new AuditEntry(now, reviewer, "signed off", slug, $"revision {revision}");
        return await editorial.SignOffAsync(slug, revision.Value, reviewer, DateOnly.FromDateTime(now.UtcDateTime), audit, cancellationToken).ConfigureAwait(false)
            ? EditorialResult.Done(slug)
            : EditorialResult.Refused(slug, ChangedSinceShown);
    }

    /// <summary>Dismisses a claim finding with a written reason (a reviewer's decision).</summary>
    public async Task<EditorialResult> DismissAsync(string slug, string category, string text, string reason, string reviewer, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 10)
        {
            return EditorialResult.Refused(slug, "Write a reason of at least a few words, so others can see why the finding was dismissed.");
        }

        await editorial.AddDismissalAsync(new ClaimDismissal(slug, category, text, reason.Trim(), reviewer, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        await AuditAsync(reviewer, "dismissed a claim finding", slug, $"{category}: \"{text}\" because {reason.Trim()}", cancellationToken).ConfigureAwait(false);
        return EditorialResult.Done(slug);
    }

    /// <summary>Publishes the signed-off revision: done when it is live, or refused with why it cannot be.</summary>
    public async Task<EditorialResult> PublishAsync(string slug, string actor, CancellationToken cancellationToken)
    {
        var copy = await LoadAsync(slug, cancellationToken).ConfigureAwait(false);
        if (copy?.State is not { } state || copy.Revision is null
            || state.SignedOffRevision is null || state.SignedOffBy is null || state.SignedOffOn is null)
        {
            return EditorialResult.Refused(slug, "A reviewer must sign this article off before it can be published.");
        }

        if (state.SignedOffRevision != state.LatestRevision)
        {
            return EditorialResult.Refused(slug, "The article changed after it was signed off. A reviewer must sign off the new text.");
        }

        if (_policy.TwoPeopleToPublish && string.Equals(state.SignedOffBy.Trim(), actor.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return EditorialResult.Refused(slug, SecondPerson);
        }

        var open = await OpenFindingsAsync(slug, ArticleDraft.From(copy.Article), cancellationToken).ConfigureAwait(false);
        if (open.Count > 0)
        {
            return EditorialResult.Refused(slug,
                open.Select(f => $"Claim not resolved: \"{f.Text}\" ({f.Category}). Change the text, or a reviewer may dismiss it with a reason.").ToList());
        }

        var signedOn = state.SignedOffOn.Value;
        var article = copy.Article with
        {
            Status = ArticleStatus.Published,
            MedicalReviewer = state.SignedOffBy,
            LastReviewed = signedOn,
            NextReviewDue = signedOn.AddDays((int)ReviewInterval.TotalDays),
            Published = copy.Article.Published ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
        };
        var audit = new AuditEntry(time.GetUtcNow(), actor, "published", slug,
            $"revision {copy.Revision.Id}, reviewed by {state.SignedOffBy} on {signedOn:yyyy-MM-dd}");
        try
        {
            await editorial.PublishAsync(article, audit, cancellationToken).ConfigureAwait(false);
        }
        catch (EditorialConflictException conflict)
        {
            return EditorialResult.Refused(slug, conflict.Message);
        }

        // The page cache and the search index follow the one change signal; wait (a little) so the editor, sent to the
        // article next, sees it live.
        try
        {
            await changes.RequestCheckAsync().WaitAsync(SignalWait, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Published all the same; the watcher keeps checking and the pages catch up at its next pass.
        }

        return EditorialResult.Done(slug);
    }

    /// <summary>
    /// A new article's slug: from an English title; for a title with no ASCII words (a Chinese title), its counterpart's
    /// slug with the language after it (<c>massage-for-lumbar-disc-herniation-zh</c>), else the language and "article".
    /// </summary>
    private static string NewSlug(ArticleDraft draft)
    {
        var fromTitle = Slugs.ForArticle(draft.Title);
        if (Slugs.IsValid(fromTitle) && draft.NewLanguage == ArticleLanguages.English)
        {
            return fromTitle;
        }

        if (!string.IsNullOrWhiteSpace(draft.Counterpart) && Slugs.IsValid(draft.Counterpart.Trim()))
        {
            return $"{draft.Counterpart.Trim()}-{draft.NewLanguage}";
        }

        return Slugs.IsValid(fromTitle) ? fromTitle : $"{draft.NewLanguage}-article";
    }

    private async Task<string> FreeSlugAsync(string slug, CancellationToken cancellationToken)
    {
        var candidate = slug;
        for (var i = 2; await content.GetArticleAsync(candidate, cancellationToken).ConfigureAwait(false) is not null
                        || await editorial.GetStateAsync(candidate, cancellationToken).ConfigureAwait(false) is not null; i++)
        {
            candidate = $"{slug}-{i}";
        }

        return candidate;
    }

    private Task AuditAsync(string actor, string action, string subject, string detail, CancellationToken cancellationToken) =>
        editorial.AppendAuditAsync(new AuditEntry(time.GetUtcNow(), actor, action, subject, detail), cancellationToken);
}

/// <summary>An article as the editor sees it: its text, its workflow state and the revision it came from.</summary>
public sealed record WorkingCopy(Article Article, EditorialState? State, ArticleRevision? Revision);
