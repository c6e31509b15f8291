namespace Vertebra.Interop.Infobutton;

/// <summary>One feed entry: a condition page or an article.</summary>
internal sealed record InfobuttonEntry(string Title, string Url, string SummaryHtml);
