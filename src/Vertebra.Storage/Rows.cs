using System.Globalization;
using Vertebra.Content.Model;

namespace Vertebra.Storage;

// Row shapes read from the database; the same columns on every provider.
internal sealed class ArticleRow
{
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    public string Author { get; set; } = "";
    public string? MedicalReviewer { get; set; }
    public string Status { get; set; } = "";
    public string? Published { get; set; }
    public string? LastReviewed { get; set; }
    public string? NextReviewDue { get; set; }
    public string Language { get; set; } = "en";
    public string? Counterpart { get; set; }
    public long Featured { get; set; }
    public string? PreviousSlug { get; set; }
    public string? NextSlug { get; set; }
    public string Refs { get; set; } = "[]";
    public string? Attribution { get; set; }

    public Article ToArticle(IReadOnlyList<string> topics, IReadOnlyList<string> conditions) => new()
    {
        Slug = Slug,
        Title = Title,
        Summary = Summary,
        Body = Body,
        Topics = topics,
        Conditions = conditions,
        Author = Author,
        MedicalReviewer = MedicalReviewer,
        Status = ArticleStatusNames.TryParse(Status, out var s) ? s : ArticleStatus.Draft,
        Published = Dates.Parse(Published),
        LastReviewed = Dates.Parse(LastReviewed),
        NextReviewDue = Dates.Parse(NextReviewDue),
        Language = Language,
        Counterpart = Counterpart,
        Featured = Featured != 0,
        PreviousSlug = PreviousSlug,
        NextSlug = NextSlug,
        References = StorageJson.Read<List<Reference>>(Refs, []),
        Attribution = StorageJson.Read<Attribution?>(Attribution, null),
    };
}

internal sealed class SummaryRow
{
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string? Published { get; set; }
    public long Featured { get; set; }
    public string Language { get; set; } = "en";

    public ArticleSummary ToSummary() => new(Slug, Title, Summary, Dates.Parse(Published), Featured != 0, Language);
}

internal sealed class TopicRow
{
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string ArticleOrder { get; set; } = "[]";

    public Topic ToTopic() => new() { Slug = Slug, Title = Title, Description = Description, ArticleOrder = StorageJson.Read<List<string>>(ArticleOrder, []) };
}

internal sealed class ConditionRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Synonyms { get; set; } = "[]";
    public string Icd10 { get; set; } = "";
    public string GroupId { get; set; } = "";
    public string ClinicId { get; set; } = "";
    public string Description { get; set; } = "";
    public string? Details { get; set; }

    public Condition ToCondition() => new()
    {
        Id = Id,
        Name = Name,
        Synonyms = StorageJson.Read<List<string>>(Synonyms, []),
        Icd10 = Icd10,
        Group = GroupId,
        Clinic = ClinicId,
        Description = Description,
        Details = StorageJson.Read<ConditionDetails?>(Details, null) ?? ConditionDetails.None,
    };
}

internal sealed class ClinicRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Treats { get; set; } = "";
    public string Appointment { get; set; } = "";
    public string? Details { get; set; }

    public Clinic ToClinic() => new()
    {
        Id = Id,
        Name = Name,
        Treats = Treats,
        Appointment = Appointment,
        Contact = StorageJson.Read<ClinicContact?>(Details, null) ?? ClinicContact.None,
    };
}

internal sealed class QaPairRow
{
    public string Id { get; set; } = "";
    public string Source { get; set; } = "";
    public string Focus { get; set; } = "";
    public string Qtype { get; set; } = "";
    public string Question { get; set; } = "";
    public string Answer { get; set; } = "";
    public string? Url { get; set; }
    public string Licence { get; set; } = "";
    public string? ArticleSlug { get; set; }

    public QaPair ToQaPair() => new()
    {
        Id = Id,
        Source = Source,
        Focus = Focus,
        QuestionType = Qtype,
        Question = Question,
        Answer = Answer,
        Url = Url,
        Licence = Licence,
        ArticleSlug = ArticleSlug,
    };
}

internal static class Dates
{
    public static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string? Format(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
