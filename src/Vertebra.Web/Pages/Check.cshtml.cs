using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vertebra.Claims;

namespace Vertebra.Web.Pages;

/// <summary>The public "check a claim" page. The text is checked and shown back; it is never stored or logged.</summary>
public sealed class CheckModel(ClaimChecker checker, Telemetry.SiteMetrics metrics) : PageModel
{
    public const int MaxChars = 20_000;

    public string Text { get; private set; } = "";
    public bool Checked { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<ClaimFinding> Findings { get; private set; } = [];
    public IReadOnlyList<TextPart> Parts { get; private set; } = [];

    public void OnGet()
    {
    }

    public IActionResult OnPost([FromForm(Name = "text")] string? text)
    {
        Response.Headers.CacheControl = "no-store";
        Text = text ?? "";
        if (string.IsNullOrWhiteSpace(Text))
        {
            Error = "Please paste some text to check.";
            return Page();
        }

        if (Text.Length > MaxChars)
        {
            Error = $"That text is too long. Please check at most {MaxChars:N0} characters at a time.";
            Text = Text[..MaxChars];
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Page();
        }

        try
        {
            Findings = checker.Check(Text, HttpContext.RequestAborted);
            metrics.ClaimsFound(Findings, "page");
        }
        catch (RegexMatchTimeoutException)
        {
            Error = "We could not finish checking this text. That does not mean it has no claims.";
            return Page();
        }

        Parts = Split(Text, Findings);
        Checked = true;
        return Page();
    }

    private static List<TextPart> Split(string text, IReadOnlyList<ClaimFinding> findings)
    {
        var parts = new List<TextPart>();
        var at = 0;
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            if (f.Start < at)
            {
                continue;
            }

            if (f.Start > at)
            {
                parts.Add(new TextPart(text[at..f.Start], null, 0));
            }

            parts.Add(new TextPart(text.Substring(f.Start, f.Length), f, i + 1));
            at = f.Start + f.Length;
        }

        if (at < text.Length)
        {
            parts.Add(new TextPart(text[at..], null, 0));
        }

        return parts;
    }

    /// <summary>True when checking stopped at the most findings we show.</summary>
    public bool Truncated => Findings.Count >= ClaimChecker.MaxFindings;

    /// <summary>The severity in words, so it never rests on colour alone.</summary>
    public static string SeverityLabel(ClaimSeverity severity) =>
        severity == ClaimSeverity.Critical ? "Serious: acting on this could harm you" : "Warning: this is misleading";

    /// <summary>The CSS class that styles a finding by severity.</summary>
    public static string SeverityClass(ClaimSeverity severity) =>
        severity == ClaimSeverity.Critical ? "critical" : "warning";

    public sealed record TextPart(string Text, ClaimFinding? Finding, int Number);

    /// <summary>The visitor's own words with each claim marked, written without any added spaces or line breaks.</summary>
    public IHtmlContent HighlightedText()
    {
        var html = new HtmlContentBuilder();
        foreach (var part in Parts)
        {
            if (part.Finding is { } finding)
            {
                html.AppendHtml($"<mark class=\"{SeverityClass(finding.Severity)}\" title=\"").Append(SeverityLabel(finding.Severity)).AppendHtml("\">").Append(part.Text).AppendHtml("</mark>");
                html.AppendHtml($"<sup><a href=\"#finding-{part.Number}\">{part.Number}</a></sup>");
            }
            else
            {
                html.Append(part.Text);
            }
        }

        return html;
    }
}
