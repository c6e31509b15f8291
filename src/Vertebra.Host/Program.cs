using OpenTelemetry;
using OpenTelemetry.Metrics;
using Vertebra.Content.Import;
using Vertebra.Host;

// Command-line imports send their measurements over OTLP when it is configured (`serve` sets up its own telemetry).
using var importMetrics = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT")) && args.FirstOrDefault() != "serve"
    ? Sdk.CreateMeterProviderBuilder().AddMeter(ImportMetrics.MeterName).AddOtlpExporter().Build()
    : null;
return await VertebraHost.CommandLine(Console.Out, Console.Error).Parse(args).InvokeAsync().ConfigureAwait(false);
