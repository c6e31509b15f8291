using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Vertebra.Content.Import;

/// <summary>
/// Imports measured (meter <c>Vertebra.Import</c>): how many ran, by format and outcome, and how long they took. The
/// command line and the site's first-start seeding record here; the site exports it at /metrics and over OTLP, the
/// command line over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
public static class ImportMetrics
{
    public const string MeterName = "Vertebra.Import";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Imports = Meter.CreateCounter<long>("vertebra.imports", "{import}", "Imports run, by format and outcome.");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("vertebra.import.duration", "s", "How long an import took, reading and writing.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600] });

    /// <summary>Records one import. <paramref name="format"/> is the importer's name (a closed list), <paramref name="outcome"/> "done" or "failed".</summary>
    public static void Record(string format, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "format", format }, { "outcome", outcome } };
        Imports.Add(1, tags);
        Duration.Record(elapsed.TotalSeconds, tags);
    }
}
