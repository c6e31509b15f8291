using System.Diagnostics;
using System.Diagnostics.Metrics;
using Vertebra.Claims;
using Vertebra.Guidance;

namespace Vertebra.Web.Telemetry;

/// <summary>
/// Vertebra's own measurements (meter <c>Vertebra.Web</c>). Labels are closed lists chosen here (a triage level, a
/// claim category id from claims.yaml, which way a question came), never words a person typed.
/// </summary>
public sealed class SiteMetrics : IDisposable
{
    public const string MeterName = "Vertebra.Web";

    private readonly Meter _meter;
    private readonly Counter<long> _guidance;
    private readonly Counter<long> _findings;
    private readonly Counter<long> _questions;
    private readonly Histogram<double> _questionSeconds;

    public SiteMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _guidance = _meter.CreateCounter<long>("vertebra.guidance.answers", "{answer}", "Guidance answers given, by triage level.");
        _findings = _meter.CreateCounter<long>("vertebra.claims.findings", "{finding}", "Claim findings reported, by claim category.");
        _questions = _meter.CreateCounter<long>("vertebra.questions.answered", "{question}", "Questions answered (the ask page and /api/ask).");
        _questionSeconds = _meter.CreateHistogram<double>("vertebra.questions.duration", "s", "Time to answer a question, from request to answer.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
    }

    /// <summary>A guidance answer at <paramref name="level"/>; <paramref name="channel"/> is "api", "guide" or "cli".</summary>
    public void GuidanceAnswered(TriageLevel level, string channel) =>
        _guidance.Add(1, new TagList { { "level", level.ToString().ToLowerInvariant() }, { "channel", channel } });

    /// <summary>The findings of one check, counted per category.</summary>
    public void ClaimsFound(IReadOnlyList<ClaimFinding> findings, string channel)
    {
        ArgumentNullException.ThrowIfNull(findings);
        foreach (var group in findings.GroupBy(f => f.Category, StringComparer.Ordinal))
        {
            _findings.Add(group.Count(), new TagList { { "category", group.Key }, { "channel", channel } });
        }
    }

    /// <summary>A question answered with status 200 after <paramref name="elapsed"/>.</summary>
    public void QuestionAnswered(TimeSpan elapsed, string channel)
    {
        var tags = new TagList { { "channel", channel } };
        _questions.Add(1, tags);
        _questionSeconds.Record(elapsed.TotalSeconds, tags);
    }

    public void Dispose() => _meter.Dispose();
}
