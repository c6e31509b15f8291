using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Time.Testing;
using Vertebra.Content.Import;
using Vertebra.Interop;
using Vertebra.Interop.Catalogue;
using Vertebra.Interop.CdsHooks;
using static Vertebra.Interop.Tests.CdsRequests;

namespace Vertebra.Bench;

/// <summary>
/// The in-process cost of one CDS Hooks call (parse, FHIR prefetch, cards, JSON) over the bundled catalogue, one thread
/// (was the unit test <c>CdsSpeedTests</c>, which printed a time and could not fail). The request bodies are the
/// Interop tests' (<c>CdsRequests</c>, linked in).
/// <c>dotnet run -c Release --project bench/Vertebra.Bench -- --filter '*CdsHooksBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class CdsHooksBenchmarks
{
    private const string BaseUrl = "https://vertebra.test";

    private CdsHooksService _service = null!;
    private SpineCatalogue _catalogue = null!;
    private byte[] _patientView = [];
    private byte[] _orderSelect = [];

    [GlobalSetup]
    public void Setup()
    {
        var content = Path.Combine(BenchPaths.Root, "content");
        var data = InteropData.Load(Path.Combine(content, "interop"), Path.Combine(content, "articles"));
        _catalogue = SpineCatalogue.FromContent(MarkdownFolderImporter.Read(content, KnownIds.None), data.Icd10Aliases);

        // The record's dates (an onset five days ago) are judged against this fixed clock, as in the Interop tests.
        _service = new CdsHooksService(new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero)), FhirServerClient.None, data);
        _patientView = Encoding.UTF8.GetBytes(PatientView(Conditions(AcuteHerniation, CaudaEquina, Hypertension)));
        _orderSelect = Encoding.UTF8.GetBytes(Order("order-select", ServiceRequest("order-1", "Therapeutic massage"), Conditions(AcuteHerniation)));
        foreach (var (id, body) in new[] { (CdsHooksService.PatientViewId, _patientView), (CdsHooksService.OrderSelectId, _orderSelect) })
        {
            var status = _service.InvokeAsync(id, body, _catalogue, BaseUrl).GetAwaiter().GetResult().Status;
            if (status != 200)
            {
                throw new InvalidOperationException($"{id} answered {status}; the benchmark would measure an error.");
            }
        }
    }

    /// <summary>patient-view with a record of an acute herniation, cauda equina syndrome and hypertension.</summary>
    [Benchmark]
    public async Task<int> InvokePatientView() => (await _service.InvokeAsync(CdsHooksService.PatientViewId, _patientView, _catalogue, BaseUrl)).Status;

    /// <summary>order-select for a massage order, with an acute herniation on the record.</summary>
    [Benchmark]
    public async Task<int> InvokeOrderSelect() => (await _service.InvokeAsync(CdsHooksService.OrderSelectId, _orderSelect, _catalogue, BaseUrl)).Status;
}
