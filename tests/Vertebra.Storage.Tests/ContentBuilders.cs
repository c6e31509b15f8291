using Vertebra.Content.Import;
using Vertebra.Content.Model;

namespace Vertebra.Storage.Tests;

/// <summary>Small content records for store tests.</summary>
internal static class ContentBuilders
{
    public static Article Article(string slug, string? title = null, string summary = "A summary.", ArticleStatus status = ArticleStatus.Published,
        string[]? topics = null, string[]? conditions = null, bool featured = false, DateOnly? published = null, Attribution? attribution = null,
        string language = ArticleLanguages.English, string? counterpart = null) => new()
    {
        Slug = slug,
        Title = title ?? slug,
        Summary = summary,
        Body = $"Body of {slug}.\n",
        Status = status,
        Topics = topics ?? [],
        Conditions = conditions ?? [],
        Featured = featured,
        Published = published,
        Attribution = attribution,
        Language = language,
        Counterpart = counterpart,
    };

    public static QaPair Pair(string id, string? articleSlug = null, string question = "What is it?", string answer = "An answer.") => new()
    {
        Id = id,
        Source = "TEST",
        Focus = "Testing",
        QuestionType = "information",
        Question = question,
        Answer = answer,
        Url = "https://example.org/" + id,
        Licence = "CC BY 4.0",
        ArticleSlug = articleSlug,
    };

    public static ContentBatch Batch(params Article[] articles)
    {
        var batch = new ContentBatch();
        batch.Articles.AddRange(articles);
        return batch;
    }

    /// <summary>A clinic, a group and a condition, so articles can name the condition.</summary>
    public static ContentBatch WithCatalogue(this ContentBatch batch, params string[] conditionIds)
    {
        batch.Clinics.Add(new Clinic { Id = "spine-clinic", Name = "Spine clinic", Treats = "Backs.", Appointment = "Book online." });
        batch.ConditionGroups.Add(new ConditionGroup("degenerative", "Wear and tear", "Ageing of the spine."));
        foreach (var id in conditionIds)
        {
            batch.Conditions.Add(new Condition { Id = id, Name = id, Icd10 = "M51.1", Group = "degenerative", Clinic = "spine-clinic", Description = "A condition.", Synonyms = ["other name"] });
        }

        return batch;
    }
}
