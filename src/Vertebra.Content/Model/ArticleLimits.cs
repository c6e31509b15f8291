namespace Vertebra.Content.Model;

/// <summary>How long an article's one-line fields may be: a title or summary beyond these is a mistake or an attack.</summary>
public static class ArticleLimits
{
    public const int MaxTitleChars = 200;

    public const int MaxSummaryChars = 1000;
}
